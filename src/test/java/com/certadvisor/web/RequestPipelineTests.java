package com.certadvisor.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.catalina.Valve;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.ServletContextInitializerBeans;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.handler.MappedInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table "One request" in {@code docs/architecture.md} is the pipeline the running
 * application has: its valves, servlet filters and interceptors, in the order they run.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RequestPipelineTests {

	/** A row of the table: its step, in back-quotes, and its kind. */
	private static final Pattern ROW = Pattern.compile("^\\| \\d+ \\| `([^`]+)` \\| ([a-z ]+) \\|", Pattern.MULTILINE);

	@Autowired
	private ServletWebServerApplicationContext context;

	@Autowired
	private RequestMappingHandlerMapping pages;

	private static List<String> documented(String kind) throws IOException {
		return ROW.matcher(Files.readString(Path.of("docs/architecture.md")))
			.results()
			.filter((row) -> row.group(2).equals(kind))
			.map((row) -> row.group(1))
			.toList();
	}

	@Test
	void theValvesAreTheDocumentedOnes() throws IOException {
		Tomcat tomcat = ((TomcatWebServer) this.context.getWebServer()).getTomcat();
		List<String> valves = Stream
			.concat(Stream.of(tomcat.getEngine().getPipeline().getValves()),
					Stream.of(tomcat.getHost().getPipeline().getValves()))
			.map(Valve::getClass)
			.map(Class::getSimpleName)
			.filter((name) -> !name.startsWith("Standard"))
			.toList();
		assertThat(valves).containsExactlyElementsOf(documented("valve")).contains("RemoteIpValve");
	}

	@Test
	void theFiltersRunInTheDocumentedOrderWithNoTwoTied() throws IOException {
		List<String> filters = new ArrayList<>();
		List<Integer> orders = new ArrayList<>();
		for (ServletContextInitializer initializer : new ServletContextInitializerBeans(
				this.context.getBeanFactory())) {
			if (initializer instanceof FilterRegistrationBean<?> filter) {
				filters.add(filter.getFilter().getClass().getSimpleName());
				orders.add(filter.getOrder());
			}
			else if (initializer instanceof DelegatingFilterProxyRegistrationBean security) {
				filters.add(security.getFilterName());
				orders.add(security.getOrder());
			}
		}
		assertThat(filters).containsExactlyElementsOf(documented("filter"));
		assertThat(orders).doesNotHaveDuplicates();
	}

	@Test
	void theInterceptorsRunInTheDocumentedOrder() throws Exception {
		List<String> documented = documented("interceptor");
		List<String> seen = new ArrayList<>();
		for (String path : List.of("/recommendation", "/classes/ABC/key", "/api/recommendation")) {
			List<String> chain = interceptors(path);
			assertThat(chain).as(path).isSortedAccordingTo((a, b) -> documented.indexOf(a) - documented.indexOf(b));
			chain.stream().filter((name) -> !seen.contains(name)).forEach(seen::add);
		}
		assertThat(seen).containsExactlyInAnyOrderElementsOf(documented);
	}

	private List<String> interceptors(String path) throws Exception {
		return this.pages.getHandler(new MockHttpServletRequest("GET", path))
			.getInterceptorList()
			.stream()
			.map((interceptor) -> (interceptor instanceof MappedInterceptor mapped) ? mapped.getInterceptor()
					: interceptor)
			.map(HandlerInterceptor::getClass)
			.map(Class::getSimpleName)
			.toList();
	}

}
