package com.certadvisor.catalog;

import java.time.Duration;

import org.apache.commons.codec.digest.DigestUtils;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The catalog in a file that may be edited while the application runs. A changed file is
 * loaded and checked like at start-up; an invalid one is logged with every problem and
 * the last good catalog keeps serving.
 */
final class ReloadingCatalog implements CatalogSource, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ReloadingCatalog.class);

	private final Resource location;

	private final CatalogLoader loader;

	private final ApplicationEventPublisher events;

	private final ThreadLocal<Catalog> pinned = new ThreadLocal<>();

	private volatile Catalog catalog;

	/**
	 * The SHA-256 of the content last read, valid or not, or why the file could not be
	 * read: what a changed file is told by, and what keeps a rejection from being logged
	 * at every poll.
	 */
	private String lastRead;

	private @Nullable ThreadPoolTaskScheduler poller;

	/**
	 * Loads the catalog at {@code location}.
	 * @param events told of every reload ({@link CatalogReload})
	 * @throws InvalidCatalogException if it cannot be used
	 */
	ReloadingCatalog(Resource location, CatalogLoader loader, ApplicationEventPublisher events) {
		this.location = location;
		this.loader = loader;
		this.events = events;
		byte[] content = CatalogLoader.read(location);
		this.catalog = loader.load(content, location.getDescription());
		this.lastRead = DigestUtils.sha256Hex(content);
	}

	@Override
	public Catalog current() {
		Catalog held = this.pinned.get();
		return (held != null) ? held : this.catalog;
	}

	@Override
	public Pin pin() {
		Catalog outer = this.pinned.get();
		this.pinned.set(current());
		return (outer != null) ? () -> this.pinned.set(outer) : this.pinned::remove;
	}

	/** Loads the file again if its content changed since it was last read. */
	synchronized void reloadIfChanged() {
		String description = this.location.getDescription();
		byte[] content;
		try {
			content = CatalogLoader.read(this.location);
		}
		catch (InvalidCatalogException unreadable) {
			// Replacing a file can leave it missing for a moment; say so once, not at
			// every poll.
			rejected(String.valueOf(unreadable.getMessage()), unreadable);
			return;
		}
		String digest = DigestUtils.sha256Hex(content);
		if (digest.equals(this.lastRead)) {
			return;
		}
		try {
			Catalog loaded = this.loader.load(content, description);
			Catalog previous = this.catalog;
			this.catalog = loaded;
			this.lastRead = digest;
			if (loaded.version().equals(previous.version())) {
				logger.warn(
						"Reloaded catalog {}, still edition {}: pages keep their ETags, so browsers and caches "
								+ "may keep showing old pages; change 'version' with every edit",
						description, loaded.version());
			}
			else {
				logger.info("Reloaded catalog {}: edition {} -> {}", description, previous.version(), loaded.version());
			}
			this.events.publishEvent(new CatalogReload(true, loaded.version()));
		}
		catch (InvalidCatalogException invalid) {
			rejected(digest, invalid);
		}
	}

	private void rejected(String read, InvalidCatalogException ex) {
		if (!read.equals(this.lastRead)) {
			this.lastRead = read;
			logger.warn("{}\nStill serving edition {}.", ex.getMessage(), this.catalog.version());
			this.events.publishEvent(new CatalogReload(false, this.catalog.version()));
		}
	}

	/** Checks the file every {@code interval} on a daemon thread until closed. */
	void pollEvery(Duration interval) {
		ThreadPoolTaskScheduler poller = new ThreadPoolTaskScheduler();
		poller.setThreadNamePrefix("catalog-reload-");
		poller.setDaemon(true);
		poller.initialize();
		// The scheduler logs anything unexpected and keeps polling.
		poller.scheduleWithFixedDelay(this::reloadIfChanged, interval);
		this.poller = poller;
	}

	@Override
	public void close() {
		if (this.poller != null) {
			this.poller.shutdown();
		}
	}

	/** Whether the file is checked for changes: from {@link #pollEvery} until closed. */
	boolean watching() {
		return this.poller != null && !this.poller.getScheduledExecutor().isShutdown();
	}

}
