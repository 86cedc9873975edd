package com.certadvisor.questionnaire;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets a controller method take {@link Answers}: the request's parameters, checked. Bad
 * input surfaces as {@link InvalidAnswersException}, answered with a 400 page.
 */
@Component
class AnswersArgumentResolver implements HandlerMethodArgumentResolver {

	private final AnswersParser parser;

	AnswersArgumentResolver(AnswersParser parser) {
		this.parser = parser;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Answers.class.equals(parameter.getParameterType());
	}

	@Override
	public Answers resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
		return this.parser.parse(parameters);
	}

}
