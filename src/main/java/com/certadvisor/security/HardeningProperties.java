package com.certadvisor.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which sites may show the advisor in a frame. None by default; a school may list its own
 * site, e.g. {@code cert-advisor.security.frame-ancestors=https://school.example}.
 *
 * @param frameAncestors origins allowed to embed the pages; empty means none
 */
@ConfigurationProperties("cert-advisor.security")
public record HardeningProperties(@DefaultValue List<String> frameAncestors) {

	public HardeningProperties {
		frameAncestors = (frameAncestors != null) ? List.copyOf(frameAncestors) : List.of();
		frameAncestors.forEach((origin) -> {
			if (!origin.matches("https?://[A-Za-z0-9.-]+(:\\d+)?")) {
				throw new IllegalArgumentException(
						"cert-advisor.security.frame-ancestors takes origins such as https://school.example, not '"
								+ origin + "'");
			}
		});
	}

	/** The CSP frame-ancestors source list. */
	String frameAncestorsDirective() {
		return this.frameAncestors.isEmpty() ? "'none'" : String.join(" ", this.frameAncestors);
	}

}
