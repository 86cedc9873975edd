package com.certadvisor.counselor;

import java.util.List;

import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.Question;
import com.certadvisor.links.ShortCodes;
import com.certadvisor.questionnaire.Answers;
import com.certadvisor.questionnaire.QuestionnaireFlow;
import com.certadvisor.editions.Editions;
import com.certadvisor.web.Routes;

import org.springframework.stereotype.Service;

/**
 * What a counselor prepares for a student: the questions they may answer in advance and
 * the link that carries those answers. Plain Java, no web types.
 */
@Service
public class CounselorService {

	private final CatalogSource catalogs;

	private final QuestionnaireFlow flow;

	public CounselorService(CatalogSource catalogs, QuestionnaireFlow flow) {
		this.catalogs = catalogs;
		this.flow = flow;
	}

	/** Every question of the catalog, in questionnaire order. */
	public List<Question> questions() {
		return this.catalogs.current().questions();
	}

	/**
	 * The link for a student: the start page with {@code chosen} as answers, each also
	 * carried as the counselor's suggestion.
	 * @param origin this site's address up to its context path, such as
	 * {@code https://advisor.example.edu}
	 * @param chosen the answers the counselor picked, and any state; suggestions they
	 * carry are ignored
	 * @param language the language the student's pages open in: the counselor's
	 * @return the link, carrying the catalog edition it was made with
	 */
	public StudentLink studentLink(String origin, Answers chosen, String language) {
		Answers counselors = new Answers(chosen.values()).inState(chosen.state());
		Answers students = new Answers(chosen.values(), chosen.values()).inState(chosen.state());
		String code = ShortCodes.grouped(ShortCodes.encode(students, language));
		return new StudentLink(
				Editions.shared(origin + this.flow.startPageLink(students), language, this.catalogs.current()), code,
				origin + Routes.expand(Routes.SHORT_CODE, code), this.flow.setByCounselor(students),
				counselors.link(Routes.COUNSELOR), counselors.link(Routes.QR_PNG), counselors.link(Routes.QR_SVG),
				counselors.link(Routes.HANDOUT));
	}

}
