package com.certadvisor.classes;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Creates the class summaries' tables when the database can be reached, and keeps trying
 * when it cannot: advice never waits for the one thing the advisor stores, so the
 * application starts, and serves every other page, with the database down.
 */
class ClassDatabase implements FlywayMigrationStrategy {

	private static final Log logger = LogFactory.getLog(ClassDatabase.class);

	private volatile @Nullable Flyway flyway;

	private volatile boolean migrated;

	@Override
	public void migrate(Flyway flyway) {
		this.flyway = flyway;
		tryToMigrate();
	}

	/** Whether the tables are there, as far as this instance knows. */
	boolean migrated() {
		return this.migrated;
	}

	@Scheduled(fixedDelayString = "${cert-advisor.classes.migration-retry:30s}",
			initialDelayString = "${cert-advisor.classes.migration-retry:30s}")
	void retry() {
		if (!this.migrated && this.flyway != null) {
			tryToMigrate();
		}
	}

	private void tryToMigrate() {
		Flyway flyway = this.flyway;
		if (flyway == null) {
			return;
		}
		try {
			flyway.migrate();
			this.migrated = true;
		}
		catch (RuntimeException ex) {
			logger.warn("Class summaries are not available: their database cannot be reached (" + ex.getMessage()
					+ "); trying again in a while. Every other page works.");
		}
	}

}
