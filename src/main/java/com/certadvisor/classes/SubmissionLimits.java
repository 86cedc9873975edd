package com.certadvisor.classes;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * How often results may be sent: per class and per client address, each a Bucket4j token
 * bucket that refills over {@code cert-advisor.classes.limit-window}. In memory, per
 * instance; the buckets of addresses and classes not seen for a window are forgotten, so
 * made-up ids cannot grow it without end. Addresses are never stored or logged.
 */
class SubmissionLimits {

	/** The most classes and addresses remembered at once. */
	static final int REMEMBERED = 10_000;

	private final ClassSummaryProperties properties;

	private final TimeMeter time;

	private final Cache<String, Bucket> classes;

	private final Cache<String, Bucket> clients;

	SubmissionLimits(ClassSummaryProperties properties, TimeMeter time) {
		this.properties = properties;
		this.time = time;
		this.classes = remembered(properties.limitWindow());
		this.clients = remembered(properties.limitWindow());
	}

	private static Cache<String, Bucket> remembered(Duration window) {
		return Caffeine.newBuilder().maximumSize(REMEMBERED).expireAfterAccess(window).build();
	}

	/**
	 * Takes one result from {@code clientAddress} for {@code classId}, or says which
	 * limit it is over. A refused result uses up nothing.
	 */
	Optional<Limit> take(String classId, String clientAddress) {
		Bucket client = this.clients.get(clientAddress, (key) -> bucket(this.properties.perClientLimit()));
		Bucket forClass = this.classes.get(classId, (key) -> bucket(this.properties.perClassLimit()));
		if (client.getAvailableTokens() < 1) {
			return Optional.of(Limit.CLIENT);
		}
		if (!forClass.tryConsume(1)) {
			return Optional.of(Limit.CLASS);
		}
		if (!client.tryConsume(1)) {
			forClass.addTokens(1);
			return Optional.of(Limit.CLIENT);
		}
		return Optional.empty();
	}

	private Bucket bucket(int capacity) {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(capacity).refillGreedy(capacity, this.properties.limitWindow()))
			.withCustomTimePrecision(this.time)
			.build();
	}

	/** Which limit a result was over. */
	enum Limit {

		CLASS, CLIENT

	}

}
