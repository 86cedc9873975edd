package com.certadvisor.plan;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import com.certadvisor.recommendation.Provenance;
import com.certadvisor.i18n.Translations;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes a credential's dated milestones as an RFC 5545 calendar of all-day events. A
 * milestone planned for a month is an event on its first day; a span, such as studying,
 * lasts from its start to its end. UIDs derive from the link, so importing the same link
 * again updates the events instead of doubling them.
 */
@Component
public class CalendarFiles {

	private final Translations translations;

	private final MessageSource messages;

	private final Clock clock;

	public CalendarFiles(Translations translations, MessageSource messages, Clock clock) {
		this.translations = translations;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * @param schedule the milestones
	 * @param link the calendar's own link without host or language, which its UIDs name
	 */
	public String write(Schedule schedule, String link) {
		Locale locale = LocaleContextHolder.getLocale();
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Cert Advisor//Plan//" + locale.getLanguage().toUpperCase(Locale.ROOT)));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		// A name-based UUID: the same link always names the same events.
		UUID seed = UUID.nameUUIDFromBytes(link.getBytes(StandardCharsets.UTF_8));
		// The day the file was made: stable all day, so the file is a function of its
		// link.
		DtStamp stamp = new DtStamp(LocalDate.now(this.clock).atStartOfDay(this.clock.getZone()).toInstant());
		DateTimeFormatter month = DateTimeFormatter.ofPattern(message("plan.month.pattern", locale), locale);
		for (DatedMilestone milestone : schedule.dated()) {
			String summary = schedule.certification() + ": " + t(milestone.label());
			VEvent event = (milestone.from() != null) ? new VEvent(milestone.from(), milestone.date(), summary)
					: new VEvent(milestone.date(), summary);
			event.add(new Uid(seed + "-" + milestone.milestone().id() + "@cert-advisor"));
			// In place of the stamp of the moment the constructor adds: one DTSTAMP per
			// event.
			event.replace(stamp);
			event.add(new Description(description(milestone, month, locale)));
			event.add(new Url(milestone.provenance().source().url()));
			calendar.add(event);
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(true).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private String description(DatedMilestone milestone, DateTimeFormatter month, Locale locale) {
		Provenance provenance = milestone.provenance();
		String when = (milestone.from() != null)
				? message("plan.calendar.span", locale, month.format(milestone.from()), month.format(milestone.date()))
				: message("plan.calendar.month", locale, month.format(milestone.date()));
		return when + " " + t(milestone.rule().detail()) + "\n"
				+ message("plan.calendar.source", locale, provenance.source().title(),
						provenance.asOf()
							.date()
							.format(DateTimeFormatter.ofPattern(provenance.asOf().precision().pattern(), locale)));
	}

	private String t(String text) {
		return this.translations.t(text);
	}

	private String message(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

}
