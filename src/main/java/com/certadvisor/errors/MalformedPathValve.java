package com.certadvisor.errors;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import org.apache.catalina.Context;
import org.apache.catalina.Globals;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;

/**
 * Tomcat's error report for the host, which draws the page of a request Tomcat refused
 * before mapping it to the application: a path that climbs out of the site. Instead of
 * Tomcat's bare page, such a request is handed to the application's
 * {@link MalformedLinkHandling#PAGE}, which answers in the site's layout and language. It
 * goes as a request, through every filter, so that the page has the site's headers. Every
 * other report is Tomcat's, as before.
 */
class MalformedPathValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		Context site = (request.getContext() == null && response.getStatus() == 400 && !response.isCommitted()) ? site()
				: null;
		if (site == null) {
			super.report(request, response, throwable);
			return;
		}
		request.getMappingData().context = site;
		request.setAttribute(Globals.DISPATCHER_TYPE_ATTR, DispatcherType.REQUEST);
		response.resetBuffer(true);
		response.setContentLength(-1);
		try {
			MalformedLinkHandling.explain(request.getRequest(), response.getResponse(), MalformedLink.PATH);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			super.report(request, response, throwable);
		}
	}

	/** The application: the host's context at the root path. */
	private @Nullable Context site() {
		return Arrays.stream(getContainer().findChildren())
			.map(Context.class::cast)
			.filter((context) -> context.getPath().isEmpty())
			.findFirst()
			.orElse(null);
	}

}
