package com.certadvisor.catalog;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A line of work another credential serves better than either of the two compared, such
 * as risk adjustment (CRC) or billing (CPB). The verdict stays CPC, CCS or either; a lane
 * is said beside it.
 *
 * @param id the credential's short name, such as {@code CRC}
 * @param lane the line of work, as a heading names it ("Risk adjustment")
 * @param name the credential's full name
 * @param issuer the body that awards it
 * @param summary one line on whom it is for
 * @param exam the exam in one line
 * @param fee the fee as the source publishes it, or {@code null} where it publishes none
 * @param source the id of its entry in the catalog's sources
 * @param asOf when the source says it held
 * @param kind the id of its kind, which sets how long it is trusted
 * @param estimate {@code true} when no official page confirms it
 * @param checkAt the id of an official source to check it against, or {@code null}
 * @param when answer patterns that point to the lane
 * @param unless answer patterns that rule it out, such as holding the credential already
 */
public record Lane(String id, String lane, String name, String issuer, String summary, String exam, String fee,
		String source, AsOf asOf, String kind, boolean estimate, @Nullable String checkAt,
		List<Map<String, List<String>>> when, List<Map<String, List<String>>> unless) implements Sourced {

	public Lane {
		id = Checks.text(id, "id");
		lane = Checks.text(lane, "lane");
		name = Checks.text(name, "name");
		issuer = Checks.text(issuer, "issuer");
		summary = Checks.text(summary, "summary");
		exam = Checks.text(exam, "exam");
		fee = Checks.optionalText(fee);
		source = Checks.text(source, "source");
		Checks.present(asOf, "asOf");
		kind = Checks.text(kind, "kind");
		checkAt = Checks.optionalText(checkAt);
		when = Checks.list(AnswerPatterns.copy(when), "when");
		unless = AnswerPatterns.copy(unless);
	}

	/** Whether {@code answers} (question id to value) point to this lane. */
	public boolean fits(Map<String, String> answers) {
		return AnswerPatterns.match(this.when, this.unless, answers);
	}

}
