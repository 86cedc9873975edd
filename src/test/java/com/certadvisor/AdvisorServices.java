package com.certadvisor;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import com.certadvisor.caching.PageCacheProperties;
import com.certadvisor.caching.RenderedFragments;
import com.certadvisor.catalog.CatalogConfiguration;
import com.certadvisor.catalog.CatalogProperties;
import com.certadvisor.catalog.SchoolProperties;
import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.classes.ClassSummaryProperties;
import com.certadvisor.classes.ClassTerms;
import com.certadvisor.classes.OptIns;
import com.certadvisor.classes.SubmissionTokens;
import com.certadvisor.counselor.CounselorService;
import com.certadvisor.counselor.QrCodes;
import com.certadvisor.feedback.FeedbackProperties;
import com.certadvisor.feedback.ReportLinks;
import com.certadvisor.i18n.Translations;
import com.certadvisor.links.PublicAddress;
import com.certadvisor.links.RefusedLinks;
import com.certadvisor.links.TrackingParameters;
import com.certadvisor.plan.CalendarFiles;
import com.certadvisor.plan.PlanningService;
import com.certadvisor.plan.ScheduleService;
import com.certadvisor.plan.SchoolOffers;
import com.certadvisor.plan.StartMonths;
import com.certadvisor.questionnaire.AnswersParser;
import com.certadvisor.questionnaire.QuestionnaireFlow;
import com.certadvisor.recommendation.ComparisonService;
import com.certadvisor.recommendation.ComparisonViews;
import com.certadvisor.recommendation.CostService;
import com.certadvisor.recommendation.PersonalAdvice;
import com.certadvisor.recommendation.RuleService;
import com.certadvisor.result.ResultPageService;
import com.certadvisor.result.ResultParts;
import com.certadvisor.security.HardeningProperties;
import com.certadvisor.security.SecurityConfiguration;
import com.certadvisor.seo.PageHeads;
import com.certadvisor.sources.SourcesService;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The real catalog and plain services for {@code @WebMvcTest} slices: they are pure and
 * fast, so slices test the pages with real content instead of mocks.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ CatalogConfiguration.class, AnswersParser.class, QuestionnaireFlow.class, RuleService.class,
		ComparisonService.class, PersonalAdvice.class, CostService.class, SecurityConfiguration.class,
		CounselorService.class, QrCodes.class, RenderedFragments.class, ReportLinks.class, SourcesService.class,
		ComparisonViews.class, StartMonths.class, ScheduleService.class, PlanningService.class, SchoolOffers.class,
		CalendarFiles.class, ResultPageService.class, ResultParts.class, PageHeads.class, OptIns.class,
		ClassTerms.class })
// A slice's filter hides the properties records from the application's
// @ConfigurationPropertiesScan, so they are named here.
@EnableConfigurationProperties({ CatalogProperties.class, SchoolProperties.class, ClassSummaryProperties.class,
		FeedbackProperties.class, HardeningProperties.class, PageCacheProperties.class, PublicAddress.class,
		TrackingParameters.class })
public class AdvisorServices {

	/** The opt-in forms' tokens, under a secret for tests. */
	@Bean
	SubmissionTokens submissionTokens() {
		return new SubmissionTokens("a secret for tests, at least 32 bytes long".getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Counts refused links, as the advices and filters need, in a registry of its own.
	 */
	@Bean
	RefusedLinks refusedLinks() {
		return new RefusedLinks(new SimpleMeterRegistry());
	}

	/**
	 * Registered by name, as component scanning would, for the templates' {@code @i18n}.
	 */
	@Bean
	Translations i18n(CatalogSource catalogs) {
		return new Translations(catalogs);
	}

	/** The day of the fact check, so which facts are past their shelf life stays put. */
	@Bean
	@Primary
	Clock testClock() {
		return Fixtures.CLOCK;
	}

}
