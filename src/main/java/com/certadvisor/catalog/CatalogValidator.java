package com.certadvisor.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Checks what a single record cannot: references between parts of the catalog and the
 * questionnaire contract. Each problem names the JSON path it was found at.
 */
final class CatalogValidator {

	private final Catalog catalog;

	private final List<String> problems = new ArrayList<>();

	private final ProvenanceChecks provenance;

	private CatalogValidator(Catalog catalog) {
		this.catalog = catalog;
		this.provenance = new ProvenanceChecks(catalog, this.problems);
	}

	/** Returns the problems found, empty when the catalog is sound. */
	static List<String> validate(Catalog catalog) {
		CatalogValidator validator = new CatalogValidator(catalog);
		validator.checkCertifications();
		validator.checkQuestions();
		validator.checkWeights();
		validator.checkComparison();
		new AdviceChecks(catalog, validator, validator.provenance).check();
		new PlanningChecks(catalog, validator, validator.provenance).check();
		new CostChecks(catalog, validator, validator.provenance).check();
		validator.provenance.changes();
		validator.provenance.conflicts();
		validator.checkTranslations();
		return List.copyOf(validator.problems);
	}

	private void checkCertifications() {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < this.catalog.certifications().size(); i++) {
			String id = this.catalog.certifications().get(i).id();
			String path = "$.certifications[" + i + "].id";
			if (!QuestionnaireContract.CERTIFICATIONS.contains(id)) {
				problem(path, "unknown certification id '" + id + "'; expected one of "
						+ QuestionnaireContract.CERTIFICATIONS);
			}
			else if (ids.contains(id)) {
				problem(path, "duplicate certification id '" + id + "'");
			}
			ids.add(id);
		}
		missing("$.certifications", "certification", QuestionnaireContract.CERTIFICATIONS, ids);
		for (int i = 0; i < this.catalog.programmes().size(); i++) {
			String credential = this.catalog.programmes().get(i).credential();
			if (!ids.contains(credential)) {
				problem("$.programmes[" + i + "].credential",
						"unknown credential '" + credential + "'; the catalog's are " + ids);
			}
		}
	}

	private void checkQuestions() {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < this.catalog.questions().size(); i++) {
			Question question = this.catalog.questions().get(i);
			String path = "$.questions[" + i + "]";
			List<String> contractValues = QuestionnaireContract.QUESTIONS.get(question.id());
			if (contractValues == null) {
				problem(path + ".id", "unknown question id '" + question.id() + "'; the questionnaire contract has "
						+ QuestionnaireContract.QUESTIONS.keySet());
				continue;
			}
			if (ids.contains(question.id())) {
				problem(path + ".id", "duplicate question id '" + question.id() + "'");
				continue;
			}
			ids.add(question.id());
			List<String> values = new ArrayList<>();
			for (int j = 0; j < question.options().size(); j++) {
				String value = question.options().get(j).value();
				String optionPath = path + ".options[" + j + "].value";
				if (values.contains(value)) {
					problem(optionPath, "duplicate option '" + value + "'");
				}
				else if (!contractValues.contains(value)) {
					problem(optionPath, "unknown option '" + value + "' for question '" + question.id()
							+ "'; the contract has " + contractValues);
				}
				values.add(value);
			}
			missing(path + ".options", "option", contractValues, values);
			checkAskedWhen(path + ".askedWhen", question, ids);
		}
		missing("$.questions", "question", QuestionnaireContract.QUESTIONS.keySet(), ids);
	}

	/**
	 * A follow-up follows from earlier questions only, so that a person answers what it
	 * turns on before it is asked.
	 */
	private void checkAskedWhen(String path, Question question, List<String> earlier) {
		checkPatterns(path, question.askedWhen());
		for (int j = 0; j < question.askedWhen().size(); j++) {
			String patternPath = path + "[" + j + "]";
			question.askedWhen()
				.get(j)
				.keySet()
				.stream()
				.filter((id) -> this.catalog.question(id).isPresent() && !earlier.contains(id)
						|| id.equals(question.id()))
				.forEach((id) -> problem(patternPath + "." + id,
						"a question follows from earlier questions only, and '" + id + "' is not before it"));
		}
	}

	private void checkWeights() {
		Map<String, Map<String, Weight>> weights = this.catalog.rules().weights();
		weights.forEach((questionId, byOption) -> {
			String path = "$.rules.weights." + questionId;
			this.catalog.question(questionId).ifPresentOrElse((question) -> {
				byOption.forEach((value, weight) -> {
					String optionPath = path + "." + value;
					if (question.option(value).isEmpty()) {
						problem(optionPath,
								"weight for option '" + value + "', which question '" + questionId + "' does not have");
					}
					checkPoints(optionPath + ".points", weight);
					checkReasonSource(optionPath + ".source", weight);
				});
				question.options()
					.stream()
					.filter((option) -> !byOption.containsKey(option.value()))
					.forEach((option) -> problem(path, "no weight for option '" + option.value() + "'"));
			}, () -> problem(path, "weight for question '" + questionId + "', which does not exist"));
		});
		this.catalog.questions()
			.stream()
			.filter((question) -> !weights.containsKey(question.id()))
			.forEach((question) -> problem("$.rules.weights", "no weights for question '" + question.id() + "'"));
	}

	private void checkPoints(String path, Weight weight) {
		checkCertificationKeys(path, weight.points().keySet());
		weight.points().forEach((certification, points) -> {
			if (Math.abs(points) > 100) {
				problem(path + "." + certification, "points must be between -100 and 100, not " + points);
			}
		});
	}

	private void checkReasonSource(String path, Weight weight) {
		if (weight.source() != null) {
			this.provenance.source(path, weight.source());
		}
		else if (weight.leans()) {
			problem(path, "a weight that adds points needs the source that says its reason; add its id from $.sources");
		}
	}

	private void checkComparison() {
		Set<String> sectionIds = new HashSet<>();
		Set<String> rowIds = new HashSet<>();
		for (int i = 0; i < this.catalog.comparison().size(); i++) {
			ComparisonSection section = this.catalog.comparison().get(i);
			String path = "$.comparison[" + i + "]";
			if (!sectionIds.add(section.id())) {
				problem(path + ".id", "duplicate section id '" + section.id() + "'");
			}
			for (int j = 0; j < section.rows().size(); j++) {
				ComparisonRow row = section.rows().get(j);
				String rowPath = path + ".rows[" + j + "]";
				if (!rowIds.add(row.id())) {
					problem(rowPath + ".id", "duplicate row id '" + row.id() + "'");
				}
				checkCertificationKeys(rowPath + ".cells", row.cells().keySet());
				for (int k = 0; k < row.topics().size(); k++) {
					checkQuestionId(rowPath + ".topics[" + k + "]", row.topics().get(k));
				}
				row.cells().forEach((certification, facts) -> {
					for (int k = 0; k < facts.size(); k++) {
						checkFact(rowPath + ".cells." + certification + "[" + k + "]", facts.get(k));
					}
				});
			}
		}
	}

	private void checkFact(String path, Fact fact) {
		this.provenance.fact(path, fact);
		checkAudience(path, fact.audience());
	}

	void checkAudience(String path, @Nullable Audience audience) {
		if (audience != null) {
			List<String> memberships = Objects
				.requireNonNull(QuestionnaireContract.QUESTIONS.get(QuestionnaireContract.MEMBERSHIP));
			if (!memberships.contains(audience.membership()) || "none".equals(audience.membership())) {
				problem(path + ".audience.membership", "unknown membership '" + audience.membership()
						+ "'; expected a body the membership question names: aapc or ahima");
			}
		}
	}

	/**
	 * Answer patterns ({@link AnswerPatterns}) at {@code path} name real questions and
	 * options.
	 */
	void checkPatterns(String path, List<Map<String, List<String>>> patterns) {
		for (int j = 0; j < patterns.size(); j++) {
			String patternPath = path + "[" + j + "]";
			patterns.get(j).forEach((questionId, values) -> {
				String conditionPath = patternPath + "." + questionId;
				checkQuestionId(conditionPath, questionId);
				this.catalog.question(questionId)
					.ifPresent((question) -> values.stream()
						.filter((value) -> question.option(value).isEmpty())
						.forEach((value) -> problem(conditionPath,
								"unknown option '" + value + "' for question '" + questionId + "'")));
			});
		}
	}

	private void checkTranslations() {
		Map<String, String> texts = this.catalog.texts();
		this.catalog.translations().forEach((language, translated) -> {
			String path = "$.translations." + language;
			if (!language.matches("[a-z]{2}") || "en".equals(language)) {
				problem(path, "a translation needs a two-letter language code other than en");
			}
			texts.forEach((textPath, text) -> {
				String translation = translated.get(text);
				if (translation == null || translation.isBlank()) {
					problem(path, "no translation of " + textPath + " (\"" + text + "\")");
				}
			});
			translated.keySet()
				.stream()
				.filter((text) -> !texts.containsValue(text))
				.forEach((text) -> problem(path, "translation of a text the catalog does not have: \"" + text + "\""));
		});
	}

	private void checkQuestionId(String path, String questionId) {
		if (this.catalog.question(questionId).isEmpty()) {
			problem(path, "unknown question '" + questionId + "'");
		}
	}

	void checkCertificationKeys(String path, Set<String> keys) {
		for (String key : keys) {
			if (!QuestionnaireContract.CERTIFICATIONS.contains(key)) {
				problem(path + "." + key, "unknown certification id '" + key + "'");
			}
		}
		missing(path, "certification", QuestionnaireContract.CERTIFICATIONS, keys);
	}

	private void missing(String path, String what, Iterable<String> expected, Iterable<String> present) {
		Set<String> absent = new LinkedHashSet<>();
		expected.forEach(absent::add);
		present.forEach(absent::remove);
		absent.forEach((id) -> problem(path, "missing " + what + " '" + id + "'"));
	}

	void problem(String path, String message) {
		this.problems.add(path + ": " + message);
	}

}
