package com.certadvisor.errors;

import java.util.List;

import com.certadvisor.catalog.CatalogSource;
import com.certadvisor.catalog.Edition;
import com.certadvisor.editions.Editions;
import com.certadvisor.i18n.Languages;
import com.certadvisor.web.RequestPipeline;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Answers a page or API call with a 400 when {@code lang} names a language the site does
 * not speak, or {@code edition} is not written as an edition. A well-formed edition the
 * catalog does not know is fine: a link from the future shows no notice.
 */
@Component
class DisplayParameterCheck implements HandlerInterceptor, WebMvcConfigurer {

	private final CatalogSource catalogs;

	DisplayParameterCheck(CatalogSource catalogs) {
		this.catalogs = catalogs;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).order(RequestPipeline.DISPLAY_PARAMETERS);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String language = request.getParameter(Languages.PARAMETER);
		if (language != null && !Languages.SUPPORTED.contains(language)) {
			throw new BadParameterException(Languages.PARAMETER, language, Languages.SUPPORTED,
					Languages.withoutParameter(Languages.currentPage(request), Languages.PARAMETER));
		}
		String[] editions = request.getParameterValues(Editions.PARAMETER);
		if (editions != null && (editions.length > 1 || !isEdition(editions[0]))) {
			throw new BadParameterException(Editions.PARAMETER, String.join(", ", editions),
					List.of(this.catalogs.current().version()),
					Languages.withoutParameter(Languages.currentPage(request), Editions.PARAMETER));
		}
		return true;
	}

	private static boolean isEdition(String text) {
		try {
			Edition.parse(text);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
