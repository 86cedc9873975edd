package com.certadvisor.links;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import com.certadvisor.questionnaire.QuestionnaireFlow;
import com.certadvisor.i18n.Languages;
import com.certadvisor.web.Routes;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Opens a short code, linked ({@code /s/1KX2-P9QM}) or typed into the start page's box
 * ({@code /s?code=…}): the start page with the code's answers, in its language.
 */
@Controller
class ShortCodeController {

	/** A code means the same forever: its format never changes. */
	private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

	private final QuestionnaireFlow flow;

	private final RefusedLinks refused;

	ShortCodeController(QuestionnaireFlow flow, RefusedLinks refused) {
		this.flow = flow;
		this.refused = refused;
	}

	@GetMapping(Routes.SHORT_CODE)
	ResponseEntity<Void> linked(@PathVariable String code) {
		CodedAnswers coded = ShortCodes.decode(code);
		String start = UriComponentsBuilder.fromUriString(this.flow.startPageLink(coded.answers()))
			.replaceQueryParam(Languages.PARAMETER, coded.language())
			.build()
			.toUriString();
		return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(start)).cacheControl(CACHE).build();
	}

	@GetMapping(Routes.SHORT_CODES)
	ResponseEntity<Void> typed(@RequestParam(defaultValue = "") String code) {
		return linked(code);
	}

	@ExceptionHandler(MistypedCodeException.class)
	ModelAndView mistyped(MistypedCodeException ex) {
		this.refused.refused(RefusedLinks.Problem.BAD_CODE);
		ModelAndView page = new ModelAndView("links/mistyped-code", HttpStatus.BAD_REQUEST);
		page.addObject("typed", ex.getTyped());
		page.addObject("mistake", ex.getMistake().name().toLowerCase(Locale.ROOT));
		return page;
	}

}
