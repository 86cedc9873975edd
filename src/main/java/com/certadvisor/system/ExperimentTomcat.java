package com.certadvisor.system;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ExperimentTomcat {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> experimentProtocol() {
		return (factory) -> {
			String protocol = System.getProperty("bench.protocol");
			if (protocol != null) {
				factory.setProtocol(protocol);
			}
		};
	}

	@Bean
	TomcatConnectorCustomizer experimentConnector() {
		return (connector) -> {
			String spec = System.getProperty("bench.tomcat", "");
			for (String pair : spec.split(",")) {
				if (!pair.isBlank()) {
					String[] kv = pair.split("=", 2);
					System.out
						.println("connector " + kv[0] + "=" + kv[1] + " -> " + connector.setProperty(kv[0], kv[1]));
				}
			}
		};
	}

}
