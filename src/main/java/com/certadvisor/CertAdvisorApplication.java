package com.certadvisor;

import java.time.Clock;

import com.certadvisor.catalog.ReviewCommand;
import com.certadvisor.catalog.SchoolFileCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.metrics.TomcatMetricsAutoConfiguration;

// Every @ConfigurationProperties record under com.certadvisor is bound here, in one place.
@ConfigurationPropertiesScan
// Nobody signs in: without UserDetailsServiceAutoConfiguration, Spring Security would
// make up a
// user and log its password. Tomcat's metrics would only count sessions, which the site
// never
// makes, and reading them starts the JVM's JMX server: about 100 ms of every start.
@SpringBootApplication(exclude = { UserDetailsServiceAutoConfiguration.class, TomcatMetricsAutoConfiguration.class })
public class CertAdvisorApplication {

	public static void main(String[] args) {
		// The facts due for review, for whoever maintains the catalog; no server starts.
		if (ReviewCommand.requested(args)) {
			System.exit(ReviewCommand.run(args, Clock.systemDefaultZone(), System.out, System.err));
		}
		// A school file from a school's copy of the whole catalog; no server starts.
		if (SchoolFileCommand.requested(args)) {
			System.exit(SchoolFileCommand.run(args, System.out, System.err));
		}
		SpringApplication.run(CertAdvisorApplication.class, args);
	}

}
