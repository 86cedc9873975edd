package com.certadvisor.links;

/**
 * A request naming a host this installation does not expect, with no public URL set: its
 * links would point wherever the client said.
 */
public class ForeignHostException extends RuntimeException {

	private final String host;

	public ForeignHostException(String host) {
		super("Host not served: " + host);
		this.host = host;
	}

	public String getHost() {
		return this.host;
	}

}
