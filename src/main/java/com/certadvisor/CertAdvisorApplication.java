package com.certadvisor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

// Nobody signs in: without this, Spring Security makes up a user and logs its password.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class CertAdvisorApplication {

	public static void main(String[] args) {
		SpringApplication.run(CertAdvisorApplication.class, args);
	}

}
