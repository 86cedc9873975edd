package com.certadvisor.links;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where the site is found, for the absolute links it hands out (share links, students'
 * links and their QR codes). A request's {@code Host} header is the client's to write, so
 * it is only used when it names a host this installation expects.
 *
 * @param publicUrl the address people reach the site at, such as
 * {@code https://advisor.example.edu}; when set, every absolute link uses it, whatever
 * the request's {@code Host} or forwarded headers say, and any {@code Host} is served
 * @param allowedHosts without {@code publicUrl}, the hosts a request may name; links use
 * the request's scheme, host and port
 */
@ConfigurationProperties("cert-advisor")
public record PublicAddress(URI publicUrl, @DefaultValue( {
		"localhost", "127.0.0.1", "[::1]" }) List<String> allowedHosts){

	public PublicAddress {
		if (publicUrl != null && (!publicUrl.isAbsolute() || publicUrl.getHost() == null
				|| !List.of("http", "https").contains(publicUrl.getScheme()) || publicUrl.getRawQuery() != null
				|| publicUrl.getRawFragment() != null)) {
			throw new IllegalArgumentException(
					"cert-advisor.public-url must be an http or https address with no query, such as https://advisor.example.edu, not '"
							+ publicUrl + "'");
		}
		allowedHosts = allowedHosts.stream().map(PublicAddress::host).toList();
	}

	/**
	 * Whether a request may be answered: any, with a public URL; else one naming an
	 * allowed host.
	 */
	public boolean serves(HttpServletRequest request) {
		return this.publicUrl != null || this.allowedHosts.contains(host(request.getServerName()));
	}

	/**
	 * The start of every absolute link, without a trailing slash: the public URL, else
	 * the request's scheme, host, port and context path.
	 */
	public String origin() {
		if (this.publicUrl != null) {
			String url = this.publicUrl.toString();
			return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
	}

	/** A host as compared: lowercase, an IPv6 address without its brackets. */
	private static String host(String host) {
		String lower = host.strip().toLowerCase(Locale.ROOT);
		return (lower.startsWith("[") && lower.endsWith("]")) ? lower.substring(1, lower.length() - 1) : lower;
	}

}
