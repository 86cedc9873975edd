package com.certadvisor.classes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.Option;
import com.certadvisor.classes.ClassSummary.Change;
import com.certadvisor.classes.ClassSummary.Line;
import com.certadvisor.classes.ClassSummary.QuestionCounts;
import com.certadvisor.classes.SmallCounts.ShownCount;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A summary as CSV (RFC 4180), for a spreadsheet: the same aggregates as the page, one
 * count per row, never a student's row. A hidden count is written {@code <5}.
 */
@Component
class SummaryCsv {

	static final String HIDDEN = "<5";

	private final MessageSource messages;

	private final CatalogSource catalogs;

	SummaryCsv(MessageSource messages, CatalogSource catalogs) {
		this.messages = messages;
		this.catalogs = catalogs;
	}

	String write(ClassSummary summary, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(message("classes.csv.part", locale), message("classes.csv.question", locale),
				message("classes.csv.answer", locale), message("classes.csv.count", locale)));
		rows.add(List.of(message("classes.csv.results", locale), "", "", count(summary.results())));
		for (Line verdict : summary.verdicts()) {
			rows.add(List.of(message("classes.csv.verdicts", locale), "",
					message("classes.verdict." + verdict.value(), locale), count(verdict.count())));
		}
		for (QuestionCounts question : summary.questions()) {
			for (Line line : question.lines()) {
				String answer = ClassSummary.SKIPPED.equals(line.value()) ? message("classes.skipped", locale)
						: question.question()
							.option(line.value())
							.map(Option::label)
							.map((label) -> text(label, locale))
							.orElse(line.value());
				rows.add(List.of(message("classes.csv.questions", locale), text(question.question().text(), locale),
						answer, count(line.count())));
			}
		}
		for (Change change : summary.changes()) {
			rows.add(List.of(message("classes.csv.changes", locale), text(change.question().text(), locale),
					text(change.option().label(), locale), count(change.count())));
		}
		// Every field is the catalog's or the messages' text, never a counselor's or a
		// student's, so none can smuggle in a spreadsheet formula.
		StringBuilder csv = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
			printer.printRecords(rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return csv.toString();
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

	private String text(String text, Locale locale) {
		return this.catalogs.current().translate(text, locale.getLanguage());
	}

	private static String count(ShownCount count) {
		return count.hidden() ? HIDDEN : String.valueOf(count.value());
	}

}
