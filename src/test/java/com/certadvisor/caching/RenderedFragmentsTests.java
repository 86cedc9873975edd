package com.certadvisor.caching;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.certadvisor.Fixtures;
import com.certadvisor.i18n.Translations;
import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogLoader;
import com.certadvisor.recommendation.ComparisonLine;
import com.certadvisor.recommendation.ComparisonService;
import com.certadvisor.recommendation.ShownFact;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class RenderedFragmentsTests {

	private static final String TEMPLATE = "fragments/facts";

	private final RenderedFragments fragments = new RenderedFragments(engine(), beans());

	private final ComparisonService comparison = new ComparisonService(Fixtures.CATALOGS, Fixtures.FRESHNESS);

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Nested
	class Rendering {

		@Test
		void rendersTheFragmentWithMessagesAndCatalogTexts() {
			String html = facts(Fixtures.CATALOG, "CPC", Locale.ENGLISH);
			assertThat(html).startsWith("<ul class=\"facts\">")
				.contains("Source:")
				.contains(firstFact("CPC").text())
				.endsWith("</ul>");
		}

		@Test
		void rendersInTheGivenLanguage() {
			LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
			assertThat(facts(Fixtures.CATALOG, "CPC", Locale.forLanguageTag("es"))).contains("Fuente:")
				.doesNotContain("Source:");
		}

		@Test
		void rendersWhatItsInputsSay() {
			assertThat(facts(Fixtures.CATALOG, "CCS", Locale.ENGLISH)).contains(firstFact("CCS").text())
				.doesNotContain(firstFact("CPC").text());
		}

	}

	@Nested
	class Reuse {

		@Test
		void equalInputsAreRenderedOnce() {
			String first = facts(Fixtures.CATALOG, "CPC", Locale.ENGLISH);
			String again = facts(Fixtures.CATALOG, "CPC", Locale.ENGLISH);
			assertThat(again).isSameAs(first);
			assertThat(RenderedFragmentsTests.this.fragments.size()).isOne();
		}

		@Test
		void anyDifferentInputIsRenderedOnItsOwn() {
			String cpc = facts(Fixtures.CATALOG, "CPC", Locale.ENGLISH);
			String ccs = facts(Fixtures.CATALOG, "CCS", Locale.ENGLISH);
			String spanish = facts(Fixtures.CATALOG, "CPC", Locale.forLanguageTag("es"));
			assertThat(cpc).isNotEqualTo(ccs);
			assertThat(spanish).isNotSameAs(cpc);
			assertThat(RenderedFragmentsTests.this.fragments.size()).isEqualTo(3);
		}

		@Test
		void aNewCatalogDropsEverythingRenderedFromTheOldOne() {
			facts(Fixtures.CATALOG, "CPC", Locale.ENGLISH);
			facts(Fixtures.CATALOG, "CCS", Locale.ENGLISH);
			Catalog reloaded = new CatalogLoader().load(new ClassPathResource("catalog/cert-advisor-catalog.json"));
			String fromReloaded = facts(reloaded, "CPC", Locale.ENGLISH);
			assertThat(fromReloaded).isNotSameAs(facts(Fixtures.CATALOG, "CPC", Locale.ENGLISH));
			assertThat(RenderedFragmentsTests.this.fragments.size()).isOne();
		}

		@Test
		void staysBoundedWhateverTheLinksAskFor() {
			for (int i = 0; i < RenderedFragments.LIMIT + 10; i++) {
				RenderedFragmentsTests.this.fragments.render(Fixtures.CATALOG, TEMPLATE, "facts",
						Map.of("facts", facts("CPC"), "made-up", i), Locale.ENGLISH);
			}
			assertThat(RenderedFragmentsTests.this.fragments.size()).isLessThanOrEqualTo(RenderedFragments.LIMIT);
		}

	}

	/** The facts of the first comparison row, in one certification's column. */
	private String facts(Catalog catalog, String certification, Locale locale) {
		return this.fragments.render(catalog, TEMPLATE, "facts", Map.of("facts", facts(certification)), locale);
	}

	private List<ShownFact> facts(String certification) {
		ComparisonLine first = this.comparison.compare(Fixtures.answers()).get(0).lines().get(0);
		return certification.equals("CPC") ? first.cpc() : first.ccs();
	}

	private ShownFact firstFact(String certification) {
		return facts(certification).get(0);
	}

	private static SpringTemplateEngine engine() {
		ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
		templates.setPrefix("templates/");
		templates.setSuffix(".html");
		templates.setCharacterEncoding("UTF-8");
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(templates);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

	private static GenericApplicationContext beans() {
		GenericApplicationContext context = new GenericApplicationContext();
		context.registerBean("i18n", Translations.class, () -> new Translations(Fixtures.CATALOGS));
		context.refresh();
		return context;
	}

}
