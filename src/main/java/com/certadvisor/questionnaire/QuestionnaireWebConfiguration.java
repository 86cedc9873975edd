package com.certadvisor.questionnaire;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class QuestionnaireWebConfiguration implements WebMvcConfigurer {

	private final AnswersArgumentResolver answersResolver;

	QuestionnaireWebConfiguration(AnswersArgumentResolver answersResolver) {
		this.answersResolver = answersResolver;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this.answersResolver);
	}

}
