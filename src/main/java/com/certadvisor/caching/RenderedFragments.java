package com.certadvisor.caching;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.certadvisor.catalog.Catalog;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Fragments rendered once and reused while their inputs stay equal. The comparison table
 * and the cost plans are most of a recommendation page, yet depend only on a handful of
 * answers (membership, the verdict) and the language; rendering them for every request
 * made the page five times slower than the rest. The inputs are records, so equal content
 * means an equal key. Fragments must not hold page links ({@code @{...}}): they are
 * rendered outside any request.
 */
@Component
public class RenderedFragments {

	/**
	 * Distinct fragments number a few dozen in practice; the bound keeps made-up links
	 * from growing the map without end.
	 */
	static final int LIMIT = 256;

	private final ITemplateEngine templates;

	private final ApplicationContext context;

	private final CatalogScopedCache<Key, String> rendered = new CatalogScopedCache<>(LIMIT, (html) -> 1);

	RenderedFragments(ITemplateEngine templates, ApplicationContext context) {
		this.templates = templates;
		this.context = context;
	}

	/**
	 * The HTML of {@code fragment} in {@code template}, with {@code variables}, for texts
	 * from {@code catalog} in {@code locale}.
	 */
	public String render(Catalog catalog, String template, String fragment, Map<String, Object> variables,
			Locale locale) {
		return this.rendered.computeIfAbsent(catalog, new Key(template, fragment, variables, locale), this::render);
	}

	int size() {
		return (int) this.rendered.weight();
	}

	private String render(Key key) {
		Context variables = new Context(key.locale(), key.variables());
		// Lets fragments call beans (@i18n) as page templates do.
		variables.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		return this.templates.process(new TemplateSpec(key.template(), Set.of(key.fragment()), TemplateMode.HTML, null),
				variables);
	}

	private record Key(String template, String fragment, Map<String, Object> variables, Locale locale) {

		Key {
			// Not Map.copyOf: a variable may be null (no recommendation yet).
			variables = Collections.unmodifiableMap(new HashMap<>(variables));
		}

	}

}
