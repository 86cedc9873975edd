package com.certadvisor.api;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.Option;
import com.certadvisor.catalog.Question;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: names the API, and lists every question of the catalog as an
 * optional query parameter with its option values, so the document follows the catalog, a
 * reloaded one too: springdoc builds it per request ({@code springdoc.cache.disabled}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenApiCustomizer answerParameters(CatalogSource catalogs) {
		return (openApi) -> {
			Catalog catalog = catalogs.current();
			openApi.info(new Info().title("Cert Advisor API")
				.version(catalog.version())
				.description("CPC or CCS: the questionnaire, the sourced comparison and recommendations as JSON."));
			openApi.getPaths()
				.get("/api/recommendation")
				.getGet()
				.setParameters(catalog.questions().stream().map(ApiDocumentation::parameter).toList());
		};
	}

	private static Parameter parameter(Question question) {
		StringSchema values = new StringSchema();
		question.options().stream().map(Option::value).forEach(values::addEnumItem);
		return new Parameter().in("query")
			.name(question.id())
			.required(false)
			.description(question.text())
			.schema(values);
	}

}
