package com.certadvisor.counselor;

import java.nio.charset.StandardCharsets;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.links.PublicAddress;
import com.certadvisor.plan.SchoolOffers;
import com.certadvisor.questionnaire.Answers;
import com.certadvisor.recommendation.CostService;
import com.certadvisor.recommendation.PersonalAdvice;
import com.certadvisor.web.Routes;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The counselor page, which makes a pre-filled link for a student, the link's QR codes
 * and a handout to print.
 */
@Controller
class CounselorController {

	static final MediaType IMAGE_SVG = MediaType.parseMediaType("image/svg+xml");

	private final CounselorService counselor;

	private final QrCodes qrCodes;

	private final PublicAddress address;

	private final CostService costs;

	private final PersonalAdvice advice;

	private final CatalogSource catalogs;

	private final SchoolOffers offers;

	CounselorController(CounselorService counselor, QrCodes qrCodes, PublicAddress address, CostService costs,
			PersonalAdvice advice, CatalogSource catalogs, SchoolOffers offers) {
		this.counselor = counselor;
		this.qrCodes = qrCodes;
		this.address = address;
		this.costs = costs;
		this.advice = advice;
		this.catalogs = catalogs;
		this.offers = offers;
	}

	@GetMapping(Routes.COUNSELOR)
	String counselor(Answers answers, Model model) {
		model.addAttribute("questions", this.counselor.questions());
		model.addAttribute("chosen", answers);
		if (!answers.isEmpty()) {
			addLink(answers, model);
		}
		return "counselor/counselor";
	}

	@GetMapping(Routes.HANDOUT)
	String handout(Answers answers, Model model) {
		addLink(answers, model);
		// What the student will pay and who can help, for the answers the counselor set.
		model.addAttribute("costs", this.costs.costs(answers));
		model.addAttribute("funding", this.advice.funding(answers));
		Catalog catalog = this.catalogs.current();
		// The school's own programmes, when a school file names them.
		model.addAttribute("school", catalog.school());
		model.addAttribute("offers", this.offers.offered(catalog));
		return "counselor/handout";
	}

	@GetMapping(Routes.QR_PNG)
	ResponseEntity<byte[]> png(Answers answers) {
		return image(MediaType.IMAGE_PNG, "png", this.qrCodes.png(studentLink(answers).shortUrl()));
	}

	@GetMapping(Routes.QR_SVG)
	ResponseEntity<byte[]> svg(Answers answers) {
		return image(IMAGE_SVG, "svg",
				this.qrCodes.svg(studentLink(answers).shortUrl()).getBytes(StandardCharsets.UTF_8));
	}

	private StudentLink studentLink(Answers answers) {
		return this.counselor.studentLink(this.address.origin(), answers,
				LocaleContextHolder.getLocale().getLanguage());
	}

	private void addLink(Answers answers, Model model) {
		StudentLink link = studentLink(answers);
		model.addAttribute("link", link);
		model.addAttribute("qr", this.qrCodes.encode(link.shortUrl()));
	}

	private static ResponseEntity<byte[]> image(MediaType type, String extension, byte[] content) {
		ContentDisposition disposition = ContentDisposition.inline().filename("cert-advisor-link." + extension).build();
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(content);
	}

}
