package com.certadvisor;

import java.time.Clock;

import com.certadvisor.catalog.ReviewCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

// Nobody signs in: without this, Spring Security makes up a user and logs its password.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class CertAdvisorApplication {

	public static void main(String[] args) {
		// The facts due for review, for whoever maintains the catalog; no server starts.
		if (ReviewCommand.requested(args)) {
			System.exit(ReviewCommand.run(args, Clock.systemDefaultZone(), System.out, System.err));
		}
		SpringApplication.run(CertAdvisorApplication.class, args);
	}

}
