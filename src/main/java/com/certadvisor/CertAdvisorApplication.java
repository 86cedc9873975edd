package com.certadvisor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CertAdvisorApplication {

	public static void main(String[] args) {
		SpringApplication.run(CertAdvisorApplication.class, args);
	}

}
