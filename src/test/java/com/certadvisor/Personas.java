package com.certadvisor;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * The people the advice is checked against: who they are, what they would answer, and
 * what a credentialing reviewer expects them to be told, written from the catalog's
 * sources (AAPC's CPC, apprenticeship, CRC, CPB, CPMA and COC pages; AHIMA's CCS and CCA
 * pages; ACDIS's CCDS requirements). The result page and the API are both run against it.
 */
public final class Personas {

	/**
	 * One person.
	 *
	 * @param who who they are, as the test names them
	 * @param answers what they would answer, as a query
	 * @param verdict CPC, CCS or EITHER
	 * @param lane the credential the result names as a better fit, or {@code null}
	 * @param plan the credential whose plan the result shows in full
	 * @param monthsToHold how long that plan takes to hold it, from this month: a CCS
	 * plan includes the coding AHIMA recommends first, a CPC-A holder's CPC plan has no
	 * exam left
	 */
	public record Persona(String who, String answers, String verdict, String lane, String plan, int monthsToHold) {

		@Override
		public String toString() {
			return this.who;
		}

	}

	public static final List<Persona> ALL = List.of(
			new Persona("a ward clerk with no coding experience who wants to code at her hospital",
					"setting=inpatient&role=inpatient-coder&experience=none&education=none&timeline=within-year"
							+ "&goal=specialize-inpatient",
					"CCS", "CCA", "CCS", 22),
			new Persona("a CPC-A holder who cannot find work",
					"setting=outpatient&experience=none&education=credential&held=cpc-a", "CPC", null, "CPC", 0),
			new Persona("an RHIT holder", "setting=inpatient&education=credential&held=rhit-rhia", "CCS", null, "CCS",
					4),
			new Persona("a hospital outpatient coder with a year of coding",
					"setting=hospital-outpatient&experience=outpatient&years=1-2", "EITHER", "COC", "CPC", 3),
			new Persona("a risk adjustment coder at a health plan", "setting=health-plan&role=risk-adjustment-coder",
					"EITHER", "CRC", "CPC", 6),
			new Persona("a physician-practice biller", "setting=outpatient&role=billing-specialist", "CPC", "CPB",
					"CPC", 6),
			new Persona("an auditor with over two years of coding",
					"role=coding-auditor&experience=outpatient&years=over-2&goal=audit-compliance", "CPC", "CPMA",
					"CPC", 3),
			new Persona("a nurse moving into clinical documentation", "role=cdi-specialist&education=clinical",
					"EITHER", "CCDS", "CPC", 6),
			new Persona("a career changer who wants a physician office",
					"setting=outpatient&experience=none&education=none&timeline=asap", "CPC", null, "CPC", 4),
			new Persona("a coding-course graduate who wants to work from home from day one",
					"setting=outpatient&experience=none&education=coding-course&remote=from-the-start", "CPC", null,
					"CPC", 3),
			new Persona("an LPN who wants hospital coding", "setting=inpatient&experience=none&education=clinical",
					"EITHER", "CCA", "CCS", 22),
			new Persona("a new HIM graduate", "setting=inpatient&experience=none&education=him-degree", "CCS", null,
					"CCS", 16),
			new Persona("an inpatient coder with over two years",
					"setting=inpatient&role=inpatient-coder&experience=inpatient&years=over-2", "CCS", null, "CCS", 4),
			new Persona("a CPC holder who wants to add hospital coding",
					"experience=outpatient&years=1-2&education=credential&held=cpc&goal=specialize-inpatient", "CCS",
					null, "CCS", 4),
			new Persona("a CCA holder with a year of coding",
					"experience=inpatient&years=1-2&education=credential&held=cca", "CCS", null, "CCS", 4),
			new Persona("a CCS-P holder", "setting=inpatient&education=credential&held=ccs-p", "CCS", null, "CCS", 4),
			new Persona("someone who skipped every question", "", "EITHER", null, "CPC", 6),
			new Persona("a professional-fee coder in a hospital", "setting=inpatient&role=pro-fee-coder", "EITHER",
					null, "CPC", 6),
			new Persona("a coding manager with over two years",
					"experience=both&years=over-2&role=coding-manager&goal=lead-manage", "CCS", null, "CCS", 4),
			new Persona("an HIM manager", "role=him-manager&education=him-degree", "CCS", null, "CCS", 16),
			new Persona("an AAPC member in a clinic", "setting=outpatient&role=outpatient-coder&membership=aapc", "CPC",
					null, "CPC", 6),
			new Persona("an AHIMA member not sure where to work", "setting=unsure&membership=ahima", "EITHER", null,
					"CCS", 22),
			new Persona("an outpatient coder who wants remote work later",
					"setting=outpatient&experience=outpatient&years=1-2&remote=later", "CPC", null, "CPC", 3),
			new Persona("someone who wants hospital work but not its procedure coding",
					"setting=inpatient&depth=prefer-not", "EITHER", null, "CCS", 22),
			new Persona("an AAPC credential holder moving to a health plan",
					"setting=health-plan&education=credential&held=other-aapc", "EITHER", "CRC", "CPC", 3),
			new Persona("a beginner who wants emergency-department facility coding",
					"setting=hospital-outpatient&experience=none", "EITHER", "COC", "CPC", 6));

	private Personas() {
	}

	/** Every persona as a test's arguments. */
	public static Stream<Arguments> all() {
		return ALL.stream().map(Arguments::of);
	}

}
