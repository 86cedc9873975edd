package com.certadvisor.caching;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much memory rendered pages may take to be served again without rendering
 * ({@link PageCache}).
 *
 * @param maxSize the most the kept pages may weigh together; 0 turns keeping pages off
 */
@ConfigurationProperties("cert-advisor.page-cache")
public record PageCacheProperties(@DefaultValue("8MB") DataSize maxSize) {

	public PageCacheProperties {
		if (maxSize == null || maxSize.isNegative()) {
			throw new IllegalArgumentException("cert-advisor.page-cache.max-size must be 0 or more, such as 16MB");
		}
	}

}
