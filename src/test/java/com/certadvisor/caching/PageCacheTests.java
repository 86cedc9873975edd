package com.certadvisor.caching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.certadvisor.Fixtures;
import com.certadvisor.i18n.LanguageResolver;
import com.certadvisor.MovableClock;
import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogLoader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.ServerHttpObservationFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PageCacheTests {

	private Catalog catalog = Fixtures.CATALOG;

	private final MovableClock clock = new MovableClock();

	private final PageTags tags = new PageTags(() -> this.catalog, new LanguageResolver(), this.clock);

	private PageCache cache = new PageCache(() -> this.catalog, this.tags, DataSize.ofMegabytes(1).toBytes());

	/**
	 * How many times the page was rendered, and what status and cookie it renders with.
	 */
	private int renders;

	private int status = HttpServletResponse.SC_OK;

	private boolean setsACookie;

	/** Renders a page the way the application does: tagged by {@link PageCaching}. */
	private final FilterChain page = (request, response) -> {
		this.renders++;
		HttpServletResponse http = (HttpServletResponse) response;
		http.setStatus(this.status);
		http.setLocale(Locale.ENGLISH);
		http.setContentType("text/html;charset=UTF-8");
		http.setHeader("Content-Disposition", "inline");
		// As the handler mapping does: the route the request was matched to.
		ServerHttpObservationFilter.findObservationContext((HttpServletRequest) request)
			.ifPresent((observation) -> observation.setPathPattern("/recommendation"));
		if (this.setsACookie) {
			http.addHeader("Set-Cookie", "id=1");
		}
		if (this.status == HttpServletResponse.SC_OK) {
			PageCaching.cacheHeaders(http, this.tags.tag((HttpServletRequest) request));
		}
		http.getOutputStream().write(("<p>render " + this.renders + "</p>").getBytes(StandardCharsets.UTF_8));
	};

	private MockHttpServletResponse get(MockHttpServletRequest request) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			this.cache.doFilter(request, response, this.page);
		}
		catch (IOException | ServletException ex) {
			throw new IllegalStateException(ex);
		}
		return response;
	}

	private static MockHttpServletRequest request(String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/recommendation");
		request.setQueryString(query);
		for (String pair : query.split("&")) {
			String[] parts = pair.split("=", 2);
			request.addParameter(parts[0], parts[1]);
		}
		return request;
	}

	private MockHttpServletResponse get(String query) {
		return get(request(query));
	}

	@Nested
	class ServingAgain {

		@Test
		void aRepeatGetsTheSameBytesAndHeadersWithoutRendering() throws IOException {
			MockHttpServletResponse first = get("setting=outpatient");
			MockHttpServletResponse again = get("setting=outpatient");
			assertThat(PageCacheTests.this.renders).isOne();
			assertThat(again.getStatus()).isEqualTo(200);
			assertThat(again.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray())
				.isEqualTo("<p>render 1</p>".getBytes(StandardCharsets.UTF_8));
			assertThat(again.getContentType()).isEqualTo("text/html;charset=UTF-8");
			assertThat(again.getContentLength()).isEqualTo(first.getContentAsByteArray().length);
			assertThat(again.getHeader("Content-Language")).isEqualTo("en");
			for (String name : new String[] { "ETag", "Cache-Control", "Vary", "Content-Disposition" }) {
				assertThat(again.getHeaders(name)).as(name).isEqualTo(first.getHeaders(name)).isNotEmpty();
			}
		}

		@Test
		void aClientThatHoldsTheKeptPageGets304() {
			String etag = get("setting=outpatient").getHeader("ETag");
			MockHttpServletRequest conditional = request("setting=outpatient");
			conditional.addHeader("If-None-Match", etag);
			MockHttpServletResponse response = get(conditional);
			assertThat(response.getStatus()).isEqualTo(304);
			assertThat(response.getContentAsByteArray()).isEmpty();
			assertThat(response.getHeader("ETag")).isEqualTo(etag);
			assertThat(PageCacheTests.this.renders).isOne();
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|',
				value = { "TAG | 304", "W/TAG | 304", "\"0\", TAG | 304", "\"0\" | 200", "\"0\", W/\"1\" | 200" })
		void aClientsTagsAreComparedAsHttpSays(String ifNoneMatch, int status) {
			String etag = get("setting=outpatient").getHeader("ETag");
			MockHttpServletRequest conditional = request("setting=outpatient");
			conditional.addHeader("If-None-Match", ifNoneMatch.replace("TAG", etag));
			MockHttpServletResponse response = get(conditional);
			assertThat(response.getStatus()).isEqualTo(status);
			assertThat(response.getContentAsByteArray().length == 0).isEqualTo(status == 304);
			assertThat(PageCacheTests.this.renders).isOne();
		}

		@Test
		void theKeptPageOutlivesNeitherItsCatalogNorItsDay() throws IOException {
			get("setting=outpatient");
			PageCacheTests.this.catalog = new CatalogLoader()
				.load(new ByteArrayResource(Fixtures.catalogFile("2027-01-01").getBytes(StandardCharsets.UTF_8)));
			assertThat(get("setting=outpatient").getContentAsString()).isEqualTo("<p>render 2</p>");
			PageCacheTests.this.clock.advance(Duration.ofDays(1));
			assertThat(get("setting=outpatient").getContentAsString()).isEqualTo("<p>render 3</p>");
			assertThat(get("setting=outpatient").getContentAsString()).isEqualTo("<p>render 3</p>");
		}

	}

	@Nested
	class RenderingAnew {

		@Test
		void anyOtherAnswerLanguageHostOrEncodingIsAnotherPage() {
			get("setting=outpatient");
			get("setting=inpatient");
			get("setting=outpatient&lang=es");
			MockHttpServletRequest otherHost = request("setting=outpatient");
			otherHost.setServerName("school.example");
			get(otherHost);
			MockHttpServletRequest gzip = request("setting=outpatient");
			gzip.addHeader("Accept-Encoding", "gzip");
			get(gzip);
			MockHttpServletRequest spanishBrowser = request("setting=outpatient");
			spanishBrowser.addHeader("Accept-Language", "es-MX");
			get(spanishBrowser);
			assertThat(PageCacheTests.this.renders).isEqualTo(6);
		}

		@Test
		void parametersThatAreNotInTheQueryStillTellPagesApart() throws IOException {
			MockHttpServletRequest outpatient = new MockHttpServletRequest("GET", "/recommendation");
			outpatient.addParameter("setting", "outpatient");
			MockHttpServletRequest inpatient = new MockHttpServletRequest("GET", "/recommendation");
			inpatient.addParameter("setting", "inpatient");
			get(outpatient);
			assertThat(get(inpatient).getContentAsString()).isEqualTo("<p>render 2</p>");
		}

		@ParameterizedTest
		@ValueSource(ints = { 400, 404, 304 })
		void responsesOtherThanAWholePageAreNotKept(int status) {
			PageCacheTests.this.status = status;
			get("setting=hospital");
			get("setting=hospital");
			assertThat(PageCacheTests.this.renders).isEqualTo(2);
		}

		@Test
		void aPageThatSetsACookieIsNotKept() {
			PageCacheTests.this.setsACookie = true;
			get("setting=outpatient");
			get("setting=outpatient");
			assertThat(PageCacheTests.this.renders).isEqualTo(2);
		}

		@Test
		void aPageTaggedForAnotherRequestIsNotKept() throws Exception {
			PageCacheTests.this.cache.doFilterInternal(request("setting=outpatient"), new MockHttpServletResponse(),
					(request, response) -> {
						PageCacheTests.this.renders++;
						PageCaching.cacheHeaders((HttpServletResponse) response, "\"other\"");
					});
			get("setting=outpatient");
			assertThat(PageCacheTests.this.renders).isEqualTo(2);
		}

		@Test
		void nothingIsKeptWhenTheSizeIsZero() {
			PageCacheTests.this.cache = new PageCache(() -> PageCacheTests.this.catalog, PageCacheTests.this.tags, 0);
			get("setting=outpatient");
			get("setting=outpatient");
			assertThat(PageCacheTests.this.renders).isEqualTo(2);
			assertThat(PageCacheTests.this.cache.shouldNotFilter(new MockHttpServletRequest("GET", "/recommendation")))
				.as("not even buffered")
				.isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = { "/api/recommendation", "/css/site.css", "/actuator/health", "/questions" })
		void leavesAllButPagesAlone(String path) {
			assertThat(PageCacheTests.this.cache.shouldNotFilter(new MockHttpServletRequest("GET", path))).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = { "/", "/questions/role", "/change/goal", "/check", "/recommendation", "/compare",
				"/counselor", "/counselor/qr.svg" })
		void keepsPagesAskedForWithGetOnly(String path) {
			assertThat(PageCacheTests.this.cache.shouldNotFilter(new MockHttpServletRequest("GET", path))).isFalse();
			assertThat(PageCacheTests.this.cache.shouldNotFilter(new MockHttpServletRequest("HEAD", path))).isTrue();
			assertThat(PageCacheTests.this.cache.shouldNotFilter(new MockHttpServletRequest("POST", path))).isTrue();
		}

	}

	@Nested
	class Properties {

		@Test
		void aNegativeSizeIsRefusedWithTheSettingsName() {
			assertThatIllegalArgumentException().isThrownBy(() -> new PageCacheProperties(DataSize.ofBytes(-1)))
				.withMessageContaining("cert-advisor.page-cache.max-size");
		}

	}

	@Nested
	class Metrics {

		private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

		private double count(String name, String... tags) {
			return this.registry.get(name).tags(tags).functionCounter().count();
		}

		@Test
		void hitsMissesAndBytesHeldAreReadWhenScraped() {
			new PageCacheMetrics(PageCacheTests.this.cache).bindTo(this.registry);
			get("setting=outpatient");
			get("setting=outpatient");
			get("setting=inpatient");
			assertThat(count("cache.gets", "cache", "pages", "result", "hit")).isEqualTo(1);
			assertThat(count("cache.gets", "cache", "pages", "result", "miss")).isEqualTo(2);
			assertThat(this.registry.get("cache.size").tag("cache", "pages").gauge().value()).isEqualTo(2);
			assertThat(this.registry.get("cert.advisor.page.cache.size").gauge().value())
				.isEqualTo(2 * "<p>render 1</p>".length());
			assertThat(count("cache.evictions", "cache", "pages")).isZero();
		}

		@Test
		void pagesDroppedToStayWithinTheSizeAreCounted() {
			PageCacheTests.this.cache = new PageCache(() -> PageCacheTests.this.catalog, PageCacheTests.this.tags, 40);
			new PageCacheMetrics(PageCacheTests.this.cache).bindTo(this.registry);
			for (String setting : new String[] { "outpatient", "inpatient", "both", "unsure" }) {
				get("setting=" + setting);
			}
			assertThat(count("cache.evictions", "cache", "pages")).isPositive();
			assertThat(this.registry.get("cert.advisor.page.cache.size").gauge().value()).isLessThanOrEqualTo(40);
		}

		@Test
		void aKeptPageIsTimedUnderTheRouteItWasRenderedForNotAsUnknown() throws IOException, ServletException {
			List<ServerRequestObservationContext> timed = new ArrayList<>();
			ObservationRegistry observations = ObservationRegistry.create();
			observations.observationConfig().observationHandler(new ObservationHandler<>() {

				@Override
				public boolean supportsContext(Observation.Context context) {
					return context instanceof ServerRequestObservationContext;
				}

				@Override
				public void onStop(Observation.Context context) {
					timed.add((ServerRequestObservationContext) context);
				}

			});
			ServerHttpObservationFilter requests = new ServerHttpObservationFilter(observations);
			for (int i = 0; i < 2; i++) {
				requests.doFilter(request("setting=outpatient"), new MockHttpServletResponse(), (request,
						response) -> PageCacheTests.this.cache.doFilter(request, response, PageCacheTests.this.page));
			}
			assertThat(PageCacheTests.this.renders).isOne();
			assertThat(timed).extracting(ServerRequestObservationContext::getPathPattern)
				.containsExactly("/recommendation", "/recommendation");
		}

	}

}
