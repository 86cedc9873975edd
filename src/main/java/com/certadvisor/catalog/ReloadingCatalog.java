package com.certadvisor.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The catalog, and the school file over it, in files that may be edited while the
 * application runs. A changed file is loaded and checked like at start-up; an invalid one
 * is logged with every problem and the last good catalog keeps serving.
 */
final class ReloadingCatalog implements CatalogSource, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ReloadingCatalog.class);

	private final CatalogFiles files;

	private final CatalogLoader loader;

	private final Clock clock;

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
	 * Loads the catalog in {@code files}.
	 * @param clock the day a programme's start date is checked against
	 * @param events told of every reload ({@link CatalogReload})
	 * @throws InvalidCatalogException if it cannot be used
	 */
	ReloadingCatalog(CatalogFiles files, CatalogLoader loader, Clock clock, ApplicationEventPublisher events) {
		this.files = files;
		this.loader = loader;
		this.clock = clock;
		this.events = events;
		CatalogFiles.Content content = files.read();
		this.catalog = loader.load(files, content, LocalDate.now(clock));
		this.lastRead = content.digest();
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
		String description = this.files.description();
		CatalogFiles.Content content;
		try {
			content = this.files.read();
		}
		catch (InvalidCatalogException unreadable) {
			// Replacing a file can leave it missing for a moment; say so once, not at
			// every poll.
			rejected(String.valueOf(unreadable.getMessage()), unreadable);
			return;
		}
		String digest = content.digest();
		if (digest.equals(this.lastRead)) {
			return;
		}
		try {
			Catalog loaded = this.loader.load(this.files, content, LocalDate.now(this.clock));
			Catalog previous = this.catalog;
			this.catalog = loaded;
			this.lastRead = digest;
			if (this.files.school() != null && !loaded.tag().equals(previous.tag())
					&& loaded.version().equals(previous.version())) {
				logger.info("Reloaded {}: the school file changed, edition {}", description, loaded.version());
			}
			else if (loaded.version().equals(previous.version())) {
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
