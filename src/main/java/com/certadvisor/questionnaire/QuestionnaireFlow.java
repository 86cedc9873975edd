package com.certadvisor.questionnaire;

import java.util.List;
import java.util.Optional;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.Question;
import com.certadvisor.web.Routes;

import org.springframework.stereotype.Component;

/**
 * The order of the pages and the links between them. Every link carries the answers, so
 * any page can be bookmarked, shared or reached with the browser's Back button. A
 * follow-up question is asked only when the answers it follows from call for it; one a
 * link answers anyway is kept, and read as given.
 */
@Component
public class QuestionnaireFlow {

	static final String NEXT = "/next";

	private final CatalogSource catalogs;

	public QuestionnaireFlow(CatalogSource catalogs) {
		this.catalogs = catalogs;
	}

	/** The start page, with {@code answers}: the link a counselor gives a student. */
	public String startPageLink(Answers answers) {
		return answers.link(Routes.START);
	}

	/** The first question, with any answers a counselor's link already holds. */
	public String startLink(Answers answers) {
		return answers.link(Routes.QUESTIONS + asked(answers).get(0).id());
	}

	/**
	 * The questions {@code answers} call for, in questionnaire order: every question but
	 * the follow-ups nothing leads to, unless they are answered.
	 */
	public List<Question> asked(Answers answers) {
		return this.catalogs.current()
			.questions()
			.stream()
			.filter((question) -> question.askedOf(answers.values()))
			.toList();
	}

	/** A question in the normal order: Continue leads to the next one asked. */
	public Optional<QuestionStep> step(String questionId, Answers answers) {
		return step(questionId, answers, false);
	}

	/** A question reached from the check page: Continue and Back return there. */
	public Optional<QuestionStep> change(String questionId, Answers answers) {
		return step(questionId, answers, true);
	}

	/**
	 * Where Continue leads once {@code questionId} is answered (or skipped) as in
	 * {@code answers}: the next question asked, or the check page. Follow-ups the new
	 * answer no longer calls for lose their answers; reached from the check page, a
	 * follow-up it now calls for is asked before returning there.
	 * @return the link, or empty if there is no such question
	 */
	public Optional<String> next(String questionId, Answers answers, boolean changing) {
		Catalog catalog = this.catalogs.current();
		List<Question> questions = catalog.questions();
		int at = indexOf(questions, questionId);
		if (at < 0) {
			return Optional.empty();
		}
		Answers kept = answers.without(catalog.followUpsLost(questionId, answers.values()));
		List<Question> asked = asked(kept);
		for (Question later : questions.subList(at + 1, questions.size())) {
			if (!asked.contains(later)) {
				continue;
			}
			if (!changing) {
				return Optional.of(kept.link(Routes.QUESTIONS + later.id()));
			}
			if (later.followsFrom(questionId) && kept.get(later.id()).isEmpty()) {
				return Optional.of(kept.link(Routes.CHANGE + later.id()));
			}
		}
		return Optional.of(kept.link(Routes.CHECK));
	}

	/** Each question asked, with its answer and the link to change it. */
	public List<AnswerSummary> summary(Answers answers) {
		return asked(answers).stream()
			.map((question) -> new AnswerSummary(question,
					answers.get(question.id()).flatMap(question::option).orElse(null),
					answers.link(Routes.CHANGE + question.id()), answers.setByCounselor(question.id())))
			.toList();
	}

	/**
	 * The answers that are still the ones a counselor's link set, in questionnaire order.
	 */
	public List<AnswerSummary> setByCounselor(Answers answers) {
		return summary(answers).stream().filter(AnswerSummary::setByCounselor).toList();
	}

	/** The last question asked, which the check page's Back link returns to. */
	public String lastQuestionLink(Answers answers) {
		List<Question> asked = asked(answers);
		return questionLink(asked.get(asked.size() - 1).id(), answers);
	}

	public String checkLink(Answers answers) {
		return answers.link(Routes.CHECK);
	}

	public String recommendationLink(Answers answers) {
		return answers.link(Routes.RECOMMENDATION);
	}

	/** The page that asks {@code questionId}, with {@code answers}. */
	public String questionLink(String questionId, Answers answers) {
		return answers.link(Routes.QUESTIONS + questionId);
	}

	private Optional<QuestionStep> step(String questionId, Answers answers, boolean changing) {
		List<Question> asked = asked(answers);
		int i = indexOf(asked, questionId);
		if (i < 0) {
			return Optional.empty();
		}
		String formAction = (changing ? Routes.CHANGE : Routes.QUESTIONS) + questionId + NEXT;
		String back = changing ? Routes.CHECK : (i == 0) ? Routes.START : Routes.QUESTIONS + asked.get(i - 1).id();
		return Optional.of(new QuestionStep(asked.get(i), i + 1, asked.size(), answers, formAction, answers.link(back),
				answers.without(questionId).link(formAction)));
	}

	private static int indexOf(List<Question> questions, String questionId) {
		for (int i = 0; i < questions.size(); i++) {
			if (questions.get(i).id().equals(questionId)) {
				return i;
			}
		}
		return -1;
	}

}
