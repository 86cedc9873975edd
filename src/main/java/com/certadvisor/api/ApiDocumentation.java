package com.certadvisor.api;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.Option;
import com.certadvisor.catalog.Question;
import com.certadvisor.catalog.QuestionnaireContract;
import com.certadvisor.classes.ClassKeys;
import com.certadvisor.codes.ClassIds;
import com.certadvisor.plan.StartMonths;
import com.certadvisor.questionnaire.Answers;
import com.certadvisor.editions.Editions;
import com.certadvisor.i18n.Languages;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: names the API, and lists every question of the catalog as an
 * optional query parameter with its option values, so the document follows the catalog, a
 * reloaded one too: springdoc builds it per request ({@code springdoc.cache.disabled}).
 * Every operation is public ({@code security: []}) and says it answers bad input with a
 * 400 problem document. The start month's window follows the clock, as the answers follow
 * the catalog.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenApiCustomizer answerParameters(CatalogSource catalogs, StartMonths starts) {
		return (openApi) -> {
			Catalog catalog = catalogs.current();
			openApi.info(new Info().title("Cert Advisor API")
				.version(catalog.version())
				.description("CPC or CCS: the questionnaire, the sourced comparison and recommendations as JSON."));
			List<Parameter> answers = catalog.questions().stream().map(ApiDocumentation::parameter).toList();
			Parameter membership = catalog.question(QuestionnaireContract.MEMBERSHIP)
				.map(ApiDocumentation::parameter)
				.orElseThrow();
			parameters(getOperation(openApi, "/api/questions"), List.of());
			parameters(getOperation(openApi, "/api/comparison"), List.of(membership, edition(catalog)));
			List<Parameter> recommendation = new ArrayList<>(answers);
			recommendation.add(edition(catalog));
			recommendation.add(start(starts));
			recommendation.add(state(catalog));
			parameters(getOperation(openApi, "/api/recommendation"), recommendation);
			classSummary(getOperation(openApi, "/api/classes/{id}/{key}"));
		};
	}

	/**
	 * The class summary's id and key, both in the path; public like the rest (the key is
	 * the credential); 404 for any id and key that open no class, 503 while class
	 * summaries are not available.
	 */
	private static void classSummary(Operation operation) {
		operation.setParameters(List.of(
				pathParameter("id", "The class id of the students' link (/?class=id)", symbols(ClassIds.SYMBOLS)),
				pathParameter("key", "The private key of the counselor's summary link", symbols(ClassKeys.KEY_SYMBOLS)),
				language()));
		operation.setSecurity(List.of());
		operation.getResponses()
			.addApiResponse("404", problem("No class has this id and key, or it was deleted or has expired"))
			.addApiResponse("503", problem("Class summaries are not available right now; try again later"));
	}

	private static Parameter pathParameter(String name, String description, String pattern) {
		return new Parameter().in("path")
			.name(name)
			.required(true)
			.description(description)
			.schema(new StringSchema().pattern(pattern));
	}

	/** {@code count} symbols of lower-case Crockford base 32. */
	private static String symbols(int count) {
		return "^[0-9a-hjkmnp-tv-z]{" + count + "}$";
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description + ": RFC 9457 problem details")
			.content(
					new Content().addMediaType("application/problem+json", new MediaType().schema(new ObjectSchema())));
	}

	/** The GET operation of {@code path}, which an API controller declares. */
	private static Operation getOperation(OpenAPI openApi, String path) {
		PathItem item = openApi.getPaths().get(path);
		if (item == null) {
			throw new IllegalStateException("The API has no path " + path);
		}
		return item.getGet();
	}

	/**
	 * {@code own} and the language, as the operation's parameters; public; 400 on bad
	 * input.
	 */
	private static void parameters(Operation operation, List<Parameter> own) {
		List<Parameter> parameters = new ArrayList<>(own);
		parameters.add(language());
		operation.setParameters(parameters);
		operation.setSecurity(List.of());
		operation.getResponses()
			.addApiResponse("400",
					problem("A parameter was not understood, each one named in invalidParams with its valid values"));
	}

	private static Parameter parameter(Question question) {
		StringSchema values = new StringSchema();
		question.options().stream().map(Option::value).forEach(values::addEnumItem);
		return new Parameter().in("query")
			.name(question.id())
			.required(false)
			.description(question.isFollowUp()
					? question.text() + " Asked only when " + asked(question) + "; given anyway, it is read as given."
					: question.text())
			.schema(values);
	}

	/** A follow-up's patterns in words: {@code education=credential}, or'd. */
	private static String asked(Question question) {
		return question.askedWhen()
			.stream()
			.map((pattern) -> pattern.entrySet()
				.stream()
				.map((condition) -> condition.getKey() + "=" + String.join("|", condition.getValue()))
				.collect(Collectors.joining(" and ")))
			.collect(Collectors.joining(" or "));
	}

	private static Parameter edition(Catalog catalog) {
		return new Parameter().in("query")
			.name(Editions.PARAMETER)
			.required(false)
			.description("The catalog edition a link was made with (this one is " + catalog.version()
					+ "); changes lists what changed after it")
			.schema(new StringSchema().pattern("^\\d{4}-\\d{2}-\\d{2}(\\.[1-9]\\d{0,2})?$").example(catalog.version()));
	}

	private static Parameter start(StartMonths starts) {
		List<YearMonth> months = starts.choices();
		return new Parameter().in("query")
			.name(StartMonths.PARAMETER)
			.required(false)
			.description("The month the plans start in, from " + months.get(0) + " to " + months.get(months.size() - 1)
					+ "; this month when absent")
			.schema(new StringSchema().pattern("^\\d{4}-\\d{2}$").example(starts.thisMonth().toString()));
	}

	private static Parameter state(Catalog catalog) {
		StringSchema codes = new StringSchema();
		catalog.local().states().forEach(codes::addEnumItem);
		return new Parameter().in("query")
			.name(Answers.STATE)
			.required(false)
			.description("The person's state as a two-letter USPS code (any case); its only effect is local, the"
					+ " official pages on pay, American Job Centers and training there")
			.schema(codes);
	}

	private static Parameter language() {
		StringSchema values = new StringSchema();
		Languages.SUPPORTED.forEach(values::addEnumItem);
		return new Parameter().in("query")
			.name(Languages.PARAMETER)
			.required(false)
			.description("The language of the texts; otherwise Accept-Language, otherwise English")
			.schema(values);
	}

}
