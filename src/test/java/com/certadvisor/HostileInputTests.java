package com.certadvisor;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.Filter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jsoup.nodes.Document;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throws generated hostile links at every page and the API: random and adversarial
 * values, unicode, very long values, repeated and unknown parameters, markup and encoded
 * tricks. Every answer must be 200, 400 or 404, well-formed, and never echo a payload
 * unescaped. Four properties of 2,500 tries each, 1,000 calendar files, 1,000 short
 * codes, linked and typed, and 1,500 sends to the class summaries' routes: 14,500
 * requests a run.
 */
class HostileInputTests {

	private static final List<String> PAGES = List.of("/", "/questions/setting", "/questions/membership", "/check",
			"/change/role", "/recommendation", "/recommendation/other-answers", "/compare", "/counselor",
			"/counselor/handout", "/sources");

	private static final List<String> API = List.of("/api/recommendation", "/api/comparison", "/api/questions");

	private static final List<String> NAMES = List.of("setting", "role", "experience", "education", "depth", "timeline",
			"goal", "membership", "lang", "view", "counselor", "edition", "start", "plan", "cert", "class");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static ConfigurableApplicationContext context;

	private static MockMvc mvc;

	private static String realClass;

	@BeforeContainer
	static void start() {
		context = new SpringApplicationBuilder(CertAdvisorApplication.class).run("--server.port=0",
				"--management.server.port=0");
		mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
			.addFilters(context.getBeansOfType(Filter.class).values().toArray(Filter[]::new))
			.build();
	}

	@AfterContainer
	static void stop() {
		realClass = null;
		context.close();
	}

	@Provide
	Arbitrary<String> hostileValues() {
		return Arbitraries.oneOf(
				Arbitraries.of("outpatient", "inpatient", "unsure", "none", "aapc", "ahima", "es", "en", "differences",
						"setting:inpatient", "", "CPC", "CCS", "2027-03", "2026-11", "2028-12", "2029-01", "2027-13"),
				Arbitraries.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'; DROP TABLE x;--",
						"%3Cscript%3E", "%00", "..%2F..%2Fetc%2Fpasswd", "${7*7}", "#{7*7}",
						"__${T(java.lang.Runtime)}__", "javascript:alert(1)", "\u202Eevil", "\uFEFF",
						"a\r\nSet-Cookie: x=1", "setting:<b>x</b>", "<svg onload=alert(1)>"),
				Arbitraries.strings().all().ofMaxLength(80),
				Arbitraries.strings().withCharRange('a', 'z').ofMinLength(100).ofMaxLength(5000),
				Arbitraries.strings().ofMaxLength(40).map((text) -> "<b>" + text + "</b>"));
	}

	@Provide
	Arbitrary<String> hostileNames() {
		return Arbitraries.oneOf(Arbitraries.of(NAMES), Arbitraries.strings().all().ofMinLength(1).ofMaxLength(60),
				Arbitraries.of("<script>", "setting[]", "SETTING", "utm_source", "lang%00"));
	}

	@Provide
	Arbitrary<List<Tuple.Tuple2<String, String>>> hostileQueries() {
		return Combinators.combine(hostileNames(), hostileValues()).as(Tuple::of).list().ofMaxSize(8);
	}

	@Property(tries = 2500)
	void pagesNeverFailAndNeverEchoMarkup(@ForAll("hostileQueries") List<Tuple.Tuple2<String, String>> query,
			@ForAll("pages") String path) throws Exception {
		MockHttpServletResponse response = send(path, query, "text/html");
		assertThat(response.getStatus()).as(path + " " + query).isIn(200, 400, 404);
		assertNoUnescapedPayload(response.getContentAsString(), query);
		if (sentAsError(response)) {
			// Rejected by the request firewall (say, a control character in a name): the
			// container renders the 4xx page, which MockMvc does not; see
			// CertAdvisorApplicationTests for that page.
			assertThat(response.getStatus()).isEqualTo(400);
			return;
		}
		Document page = Html.parse(response.getContentAsString());
		assertThat(page.select("main")).as(path + " " + query).hasSize(1);
		assertThat(page.select("h1")).as(path + " " + query).hasSize(1);
	}

	@Property(tries = 2500)
	void questionPathsNeverFail(@ForAll("hostileNames") String questionId,
			@ForAll("hostileQueries") List<Tuple.Tuple2<String, String>> query) throws Exception {
		String path = "/questions/" + UriUtils.encodePathSegment(questionId, StandardCharsets.UTF_8);
		MockHttpServletResponse response = send(path, query, "text/html");
		assertThat(response.getStatus()).as(path + " " + query).isIn(200, 400, 404);
		assertNoUnescapedPayload(response.getContentAsString(), query);
	}

	@Property(tries = 2500)
	void apiAnswersJsonOrProblemDetails(@ForAll("hostileQueries") List<Tuple.Tuple2<String, String>> query,
			@ForAll("api") String path) throws Exception {
		MockHttpServletResponse response = send(path, query, "application/json");
		assertThat(response.getStatus()).as(path + " " + query).isIn(200, 400);
		if (!sentAsError(response)) {
			assertThat(response.getContentType()).as(path + " " + query)
				.startsWith((response.getStatus() == 200) ? "application/json" : "application/problem+json");
			// Problem details name the parameters they did not understand, inside JSON
			// strings that Jackson escapes: the body must stay valid JSON.
			assertThat(JSON.readTree(response.getContentAsString()).isObject()
					|| JSON.readTree(response.getContentAsString()).isArray())
				.isTrue();
		}
	}

	@Property(tries = 1000)
	void calendarFilesAreCalendarsOrBadRequests(@ForAll("hostileQueries") List<Tuple.Tuple2<String, String>> query,
			@ForAll("certifications") String certification) throws Exception {
		List<Tuple.Tuple2<String, String>> withCertification = new ArrayList<>(query);
		withCertification.add(Tuple.of("cert", certification));
		MockHttpServletResponse response = send("/plan.ics", withCertification, "text/calendar");
		assertThat(response.getStatus()).as(withCertification.toString()).isIn(200, 400);
		assertNoUnescapedPayload(response.getContentAsString(), withCertification);
		if (response.getStatus() == 200) {
			assertThat(response.getContentType()).startsWith("text/calendar");
			assertThat(response.getContentAsString()).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT");
		}
	}

	@Provide
	Arbitrary<String> certifications() {
		return Arbitraries.oneOf(Arbitraries.of("CPC", "CCS"), hostileValues());
	}

	@Property(tries = 2500)
	void repeatedAndMixedParametersAreNamedNotFatal(@ForAll("hostileValues") String first,
			@ForAll("hostileValues") String second, @ForAll("pages") String path) throws Exception {
		List<Tuple.Tuple2<String, String>> query = List.of(Tuple.of("setting", first), Tuple.of("setting", second),
				Tuple.of("role", second));
		MockHttpServletResponse response = send(path, query, "text/html");
		assertThat(response.getStatus()).as(path + " " + query).isIn(200, 400);
		assertNoUnescapedPayload(response.getContentAsString(), query);
	}

	@Property(tries = 1000)
	void shortCodesOpenOrAskAgain(@ForAll("hostileValues") String code) throws Exception {
		for (String path : List.of("/s/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8), "/s")) {
			List<Tuple.Tuple2<String, String>> query = path.equals("/s") ? List.of(Tuple.of("code", code)) : List.of();
			MockHttpServletResponse response = send(path, query, "text/html");
			assertThat(response.getStatus()).as(path + " " + code).isIn(302, 400, 404);
			assertNoUnescapedPayload(response.getContentAsString(), List.of(Tuple.of("code", code)));
			if (response.getStatus() == 400 && !sentAsError(response)) {
				assertThat(Html.parse(response.getContentAsString()).select("main input#code")).hasSize(1);
			}
		}
	}

	/**
	 * The class summaries' routes, POST forms included, with a real class's id half the
	 * time: a new class, a refusal or a 404, never a failure and never markup echoed.
	 */
	@Property(tries = 1500)
	void classRoutesStartRefuseOrAnswer404(@ForAll("classIdsAndKeys") String id, @ForAll("classIdsAndKeys") String key,
			@ForAll("hostileValues") String value, @ForAll("hostileValues") String token,
			@ForAll("classRoutes") String route) throws Exception {
		String idSegment = UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
		String keySegment = UriUtils.encodePathSegment(key, StandardCharsets.UTF_8);
		MockHttpServletRequestBuilder request = switch (route) {
			case "start" -> MockMvcRequestBuilders.post("/classes").param("label", value);
			case "result" -> MockMvcRequestBuilders.post(URI.create("/classes/" + idSegment + "/results"))
				.param("answers", value)
				.param("token", token);
			case "delete" ->
				MockMvcRequestBuilders.post(URI.create("/classes/" + idSegment + "/" + keySegment + "/delete"));
			case "api" -> MockMvcRequestBuilders.get(URI.create("/api/classes/" + idSegment + "/" + keySegment));
			default -> MockMvcRequestBuilders.get(URI.create("/classes/" + idSegment + "/" + keySegment + route));
		};
		String accept = route.equals("api") ? "application/json" : "text/html";
		MockHttpServletResponse response = mvc.perform(request.header("Accept", accept)).andReturn().getResponse();
		response.setCharacterEncoding("UTF-8");
		List<Tuple.Tuple2<String, String>> sent = List.of(Tuple.of("label", value), Tuple.of("token", token),
				Tuple.of("id", id));
		assertThat(response.getStatus()).as(route + " " + sent).isIn(200, 303, 400, 404, 429);
		assertNoUnescapedPayload(response.getContentAsString(), sent);
	}

	@Provide
	Arbitrary<String> classIdsAndKeys() {
		return Arbitraries.oneOf(Arbitraries.just(realClassId()),
				Arbitraries.strings().withChars("0123456789abcdefghjkmnpqrstvwxyz").ofMinLength(10).ofMaxLength(26),
				hostileValues());
	}

	@Provide
	Arbitrary<String> classRoutes() {
		return Arbitraries.of("start", "result", "delete", "api", "", "/summary.csv", "/delete");
	}

	/** A class that exists, started once for the whole run. */
	private static String realClassId() {
		if (realClass == null) {
			try {
				String home = mvc.perform(MockMvcRequestBuilders.post("/classes"))
					.andReturn()
					.getResponse()
					.getHeader("Location");
				realClass = home.split("/")[2];
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
		return realClass;
	}

	@Provide
	Arbitrary<String> pages() {
		return Arbitraries.of(PAGES);
	}

	@Provide
	Arbitrary<String> api() {
		return Arbitraries.of(API);
	}

	private static MockHttpServletResponse send(String path, List<Tuple.Tuple2<String, String>> query, String accept)
			throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(URI.create(path)).header("Accept", accept);
		query.forEach((parameter) -> request.param(parameter.get1(), parameter.get2()));
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		response.setCharacterEncoding("UTF-8");
		return response;
	}

	/**
	 * A status the container turns into its error page: MockMvc leaves the body empty.
	 */
	private static boolean sentAsError(MockHttpServletResponse response) throws Exception {
		return response.getStatus() == 400 && response.getContentAsString().isEmpty();
	}

	/** A value with markup in it must never come back as markup. */
	private static void assertNoUnescapedPayload(String body, List<Tuple.Tuple2<String, String>> query) {
		query.stream()
			.flatMap((parameter) -> java.util.stream.Stream.of(parameter.get1(), parameter.get2()))
			.filter((text) -> text.contains("<") && text.length() > 3)
			.forEach((payload) -> assertThat(body).as("echoes %s", payload).doesNotContain(payload));
	}

}
