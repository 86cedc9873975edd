package com.certadvisor.questionnaire;

import java.util.List;
import java.util.Optional;

import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.Question;

import org.springframework.stereotype.Component;

/**
 * The order of the pages and the links between them. Every link carries the answers, so
 * any page can be bookmarked, shared or reached with the browser's Back button.
 */
@Component
public class QuestionnaireFlow {

	static final String START = "/";

	static final String QUESTIONS = "/questions/";

	static final String CHANGE = "/change/";

	static final String CHECK = "/check";

	static final String RECOMMENDATION = "/recommendation";

	private final CatalogSource catalogs;

	public QuestionnaireFlow(CatalogSource catalogs) {
		this.catalogs = catalogs;
	}

	/** The start page, with {@code answers}: the link a counselor gives a student. */
	public String startPageLink(Answers answers) {
		return answers.link(START);
	}

	/** The first question, with any answers a counselor's link already holds. */
	public String startLink(Answers answers) {
		return answers.link(QUESTIONS + this.catalogs.current().questions().get(0).id());
	}

	/** A question in the normal order: Continue leads to the next one. */
	public Optional<QuestionStep> step(String questionId, Answers answers) {
		return step(questionId, answers, false);
	}

	/** A question reached from the check page: Continue and Back return there. */
	public Optional<QuestionStep> change(String questionId, Answers answers) {
		return step(questionId, answers, true);
	}

	public List<AnswerSummary> summary(Answers answers) {
		return this.catalogs.current()
			.questions()
			.stream()
			.map((question) -> new AnswerSummary(question,
					answers.get(question.id()).flatMap(question::option).orElse(null),
					answers.link(CHANGE + question.id()), answers.setByCounselor(question.id())))
			.toList();
	}

	/**
	 * The answers that are still the ones a counselor's link set, in questionnaire order.
	 */
	public List<AnswerSummary> setByCounselor(Answers answers) {
		return summary(answers).stream().filter(AnswerSummary::setByCounselor).toList();
	}

	/** The last question, which the check page's Back link returns to. */
	public String lastQuestionLink(Answers answers) {
		List<Question> questions = this.catalogs.current().questions();
		return questionLink(questions.get(questions.size() - 1).id(), answers);
	}

	public String checkLink(Answers answers) {
		return answers.link(CHECK);
	}

	public String recommendationLink(Answers answers) {
		return answers.link(RECOMMENDATION);
	}

	/** The page that asks {@code questionId}, with {@code answers}. */
	public String questionLink(String questionId, Answers answers) {
		return answers.link(QUESTIONS + questionId);
	}

	private Optional<QuestionStep> step(String questionId, Answers answers, boolean changing) {
		List<Question> questions = this.catalogs.current().questions();
		for (int i = 0; i < questions.size(); i++) {
			Question question = questions.get(i);
			if (question.id().equals(questionId)) {
				String next = (changing || i == questions.size() - 1) ? CHECK : QUESTIONS + questions.get(i + 1).id();
				String back = changing ? CHECK : (i == 0) ? START : QUESTIONS + questions.get(i - 1).id();
				return Optional.of(new QuestionStep(question, i + 1, questions.size(), answers, next,
						answers.link(back), answers.without(questionId).link(next)));
			}
		}
		return Optional.empty();
	}

}
