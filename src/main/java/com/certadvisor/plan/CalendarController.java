package com.certadvisor.plan;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.certadvisor.catalog.QuestionnaireContract;
import com.certadvisor.questionnaire.Answers;
import com.certadvisor.errors.BadParameterException;
import com.certadvisor.web.Routes;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A person's dated plan for one credential as a calendar file. */
@Controller
class CalendarController {

	static final String PARAMETER = "cert";

	private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final ScheduleService schedules;

	private final StartMonths starts;

	private final CalendarFiles files;

	CalendarController(ScheduleService schedules, StartMonths starts, CalendarFiles files) {
		this.schedules = schedules;
		this.starts = starts;
		this.files = files;
	}

	@GetMapping(Routes.PLAN_CALENDAR)
	ResponseEntity<String> calendar(Answers answers,
			@RequestParam(name = PARAMETER, required = false) @Nullable String cert,
			@RequestParam(name = StartMonths.PARAMETER, required = false) @Nullable String start) {
		String retry = answers.link(Routes.RECOMMENDATION);
		if (cert == null || !QuestionnaireContract.CERTIFICATIONS.contains(cert)) {
			throw new BadParameterException(PARAMETER, (cert != null) ? cert : "",
					List.copyOf(QuestionnaireContract.CERTIFICATIONS), retry);
		}
		Schedule schedule = this.schedules.schedule(cert, answers, this.starts.resolve(start, retry).atDay(1));
		String link = answers.link(Routes.PLAN_CALENDAR) + "|" + cert + "|" + schedule.start();
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("cert-advisor-" + cert + "-plan.ics").build().toString())
			.body(this.files.write(schedule, link));
	}

}
