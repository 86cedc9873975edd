package com.certadvisor.classes;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import com.certadvisor.counselor.QrCodes;
import com.certadvisor.i18n.Languages;
import com.certadvisor.codes.ClassIds;
import com.certadvisor.links.PublicAddress;
import com.certadvisor.web.Routes;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A counselor's class summary: start one, read it, download it, delete it. A wrong key
 * and an unknown class both answer 404, so ids cannot be probed.
 */
@Controller
class ClassPagesController {

	private final ClassSummaries summaries;

	private final SummaryCsv csv;

	private final QrCodes qrCodes;

	private final PublicAddress address;

	ClassPagesController(ClassSummaries summaries, SummaryCsv csv, QrCodes qrCodes, PublicAddress address) {
		this.summaries = summaries;
		this.csv = csv;
		this.qrCodes = qrCodes;
		this.address = address;
	}

	@GetMapping(Routes.CLASSES)
	ModelAndView startForm() {
		return startPage(null, null, HttpStatus.OK);
	}

	@PostMapping(Routes.CLASSES)
	ModelAndView start(@RequestParam(required = false) @Nullable String label,
			@RequestParam(name = Languages.PARAMETER, required = false) @Nullable String language) {
		Optional<LabelProblem> problem = LabelProblem.of(label);
		if (problem.isPresent()) {
			return startPage(label, problem.get(), HttpStatus.BAD_REQUEST);
		}
		NewClass started = this.summaries.start(label);
		String home = home(started.id(), started.key());
		ModelAndView redirect = new ModelAndView(
				"redirect:" + ((language != null && Languages.SUPPORTED.contains(language))
						? Languages.withLanguage(home, language) : home));
		redirect.setStatus(HttpStatus.SEE_OTHER);
		return redirect;
	}

	@GetMapping(Routes.CLASS_SUMMARY)
	ModelAndView summary(@PathVariable String id, @PathVariable String key) {
		StoredClass stored = opened(id, key);
		ModelAndView page = new ModelAndView("classes/summary");
		String studentLink = this.address.origin() + "/?" + ClassIds.PARAMETER + "=" + stored.id();
		page.addObject("stored", stored);
		page.addObject("expiresOn", this.summaries.expiresOn(stored));
		page.addObject("summary", this.summaries.summary(stored));
		page.addObject("studentLink", studentLink);
		page.addObject("qr", this.qrCodes.encode(studentLink));
		page.addObject("home", home(stored.id(), key));
		return page;
	}

	@GetMapping(Routes.CLASS_SUMMARY + "/summary.csv")
	ResponseEntity<String> csv(@PathVariable String id, @PathVariable String key, Locale locale) {
		StoredClass stored = opened(id, key);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("class-summary-" + id + ".csv").build().toString())
			.body(this.csv.write(this.summaries.summary(stored), locale));
	}

	@GetMapping(Routes.CLASS_SUMMARY + "/delete")
	ModelAndView confirmDelete(@PathVariable String id, @PathVariable String key) {
		StoredClass stored = opened(id, key);
		ModelAndView page = new ModelAndView("classes/delete");
		page.addObject("stored", stored);
		page.addObject("home", home(stored.id(), key));
		return page;
	}

	@PostMapping(Routes.CLASS_SUMMARY + "/delete")
	String delete(@PathVariable String id, @PathVariable String key) {
		this.summaries.delete(opened(id, key));
		return "classes/deleted";
	}

	/** The class if the key opens it; a 404, the same for a wrong key or no class. */
	private StoredClass opened(String id, String key) {
		return this.summaries.open(id, key).orElseThrow(NoSummaryException::new);
	}

	private static String home(String id, String key) {
		return Routes.expand(Routes.CLASS_SUMMARY, id, key);
	}

	private ModelAndView startPage(@Nullable String label, @Nullable LabelProblem problem, HttpStatus status) {
		ModelAndView page = new ModelAndView("classes/start", status);
		page.addObject("label", label);
		page.addObject("problem", (problem != null) ? problem.name() : null);
		return page;
	}

}
