package com.certadvisor.caching;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat hands a response to the socket in pieces the size of its write buffer, one
 * system call each: with the default 8 KiB, a 58 KB recommendation page from the page
 * cache took eight writes, and on loopback those were most of what such a page cost
 * (BENCHMARKS.md, issue 13). A buffer that holds a whole page sends it with one. The
 * buffer belongs to an open connection; with a heap under 2 GiB Tomcat keeps none for
 * closed ones.
 */
@Configuration(proxyBeanMethods = false)
class TomcatTuning {

	static final int WRITE_BUFFER_BYTES = 64 * 1024;

	@Bean
	TomcatConnectorCustomizer pageSizedWriteBuffer() {
		return (connector) -> {
			if (!connector.setProperty("socket.appWriteBufSize", String.valueOf(WRITE_BUFFER_BYTES))) {
				throw new IllegalStateException("Tomcat no longer takes socket.appWriteBufSize");
			}
		};
	}

}
