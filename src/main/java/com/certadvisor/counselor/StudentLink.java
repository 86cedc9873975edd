package com.certadvisor.counselor;

import java.util.List;

import com.certadvisor.questionnaire.AnswerSummary;

/**
 * The link a counselor gives a student: the start page with the counselor's answers
 * filled in, each carried as the counselor's suggestion so the pages can mark it.
 *
 * @param url the absolute link to send
 * @param code the short code of the same answers and language, grouped for reading
 * @param shortUrl the absolute link that opens the code: what QR codes and handouts show
 * @param prefilled the answers it fills in, in questionnaire order
 * @param counselorLink the counselor page with the same answers chosen
 * @param pngLink the link's QR code as a PNG image
 * @param svgLink the link's QR code as an SVG image
 * @param handoutLink the printable handout for the student
 */
public record StudentLink(String url, String code, String shortUrl, List<AnswerSummary> prefilled, String counselorLink,
		String pngLink, String svgLink, String handoutLink) {

	public StudentLink {
		prefilled = List.copyOf(prefilled);
	}

}
