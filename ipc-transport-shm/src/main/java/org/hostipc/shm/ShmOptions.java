/*
 * Copyright 2026 the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package org.hostipc.shm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.hostipc.transport.IpcIdleStrategy;
import org.hostipc.wire.FrameLimits;

import static org.hostipc.transport.OptionChecks.positive;
import static org.hostipc.transport.OptionChecks.require;

/**
 * Settings of a shared-memory endpoint. Immutable; create with {@link #builder()}.
 *
 * @author hostipc
 */
public final class ShmOptions {

	/** Default ring capacity: 4 MiB. */
	public static final int DEFAULT_CAPACITY = 4 * 1024 * 1024;

	/** Default limits: 256 KiB payload, 64 KiB headers, 256 headers. */
	public static final FrameLimits DEFAULT_LIMITS = new FrameLimits(256 * 1024, 64 * 1024, 256);

	/** Default idle strategy of the consumer and of waiting producers: backoff. */
	public static final IpcIdleStrategy DEFAULT_IDLE_STRATEGY = IpcIdleStrategy.BACKOFF;

	/** Default longest park of the backoff idle strategy: 1 ms. */
	public static final Duration DEFAULT_MAX_PARK = Duration.ofMillis(1);

	/** Default interval of the consumer's heartbeat: 100 ms. */
	public static final Duration DEFAULT_HEARTBEAT_INTERVAL = Duration.ofMillis(100);

	/** Default time without a heartbeat after which the consumer counts as gone: 3 s. */
	public static final Duration DEFAULT_HEARTBEAT_TIMEOUT = Duration.ofSeconds(3);

	/**
	 * Default time a producer may hold a claimed record before it counts as stalled: 5 s.
	 */
	public static final Duration DEFAULT_PRODUCER_STALL_TIMEOUT = Duration.ofSeconds(5);

	/** Default interval at which a publisher scans the subscriber registry: 100 ms. */
	public static final Duration DEFAULT_REGISTRY_SCAN_INTERVAL = Duration.ofMillis(100);

	/** Default fill ratio of a ring from which the channel reports DOWN: 0.9. */
	public static final double DEFAULT_FILL_RATIO_THRESHOLD = 0.9;

	private final Path directory;

	private final int capacity;

	private final FrameLimits limits;

	private final Duration sendTimeout;

	private final IpcIdleStrategy idleStrategy;

	private final Duration maxPark;

	private final Duration heartbeatInterval;

	private final Duration heartbeatTimeout;

	private final Duration producerStallTimeout;

	private final ShmBackpressurePolicy backpressurePolicy;

	private final Set<PosixFilePermission> filePermissions;

	private final Set<PosixFilePermission> directoryPermissions;

	private final Set<Integer> allowedUids;

	private final int minSubscribers;

	private final Duration registryScanInterval;

	private final double fillRatioThreshold;

	private ShmOptions(Builder builder) {
		this.directory = builder.directory;
		this.capacity = builder.capacity;
		this.limits = builder.limits;
		this.sendTimeout = builder.sendTimeout;
		this.idleStrategy = builder.idleStrategy;
		this.maxPark = builder.maxPark;
		this.heartbeatInterval = builder.heartbeatInterval;
		this.heartbeatTimeout = builder.heartbeatTimeout;
		this.producerStallTimeout = builder.producerStallTimeout;
		this.backpressurePolicy = builder.backpressurePolicy;
		this.filePermissions = Set.copyOf(builder.filePermissions);
		this.directoryPermissions = Set.copyOf(builder.directoryPermissions);
		this.allowedUids = Set.copyOf(builder.allowedUids);
		this.minSubscribers = builder.minSubscribers;
		this.registryScanInterval = builder.registryScanInterval;
		this.fillRatioThreshold = builder.fillRatioThreshold;
	}

	/**
	 * Start building options.
	 * @return a builder with defaults
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the default directory of ring files: {@code /dev/shm/hostipc-<user>}, or
	 * {@code <java.io.tmpdir>/hostipc-<user>} where {@code /dev/shm} does not exist.
	 * @return the default directory
	 */
	public static Path defaultDirectory() {
		String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
		Path shm = Path.of("/dev/shm");
		Path base = Files.isDirectory(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
		return base.resolve("hostipc-" + user.toLowerCase(Locale.ROOT));
	}

	/** The directory of the channel's ring files. */
	public Path directory() {
		return this.directory;
	}

	/** Ring capacity in bytes, a power of two. */
	public int capacity() {
		return this.capacity;
	}

	/** Size limits enforced at send and at receive. */
	public FrameLimits limits() {
		return this.limits;
	}

	/** How long a send waits for room in the ring or for a live consumer. */
	public Duration sendTimeout() {
		return this.sendTimeout;
	}

	/** How readers and blocked writers wait. */
	public IpcIdleStrategy idleStrategy() {
		return this.idleStrategy;
	}

	/** Longest park of the {@link IpcIdleStrategy#BACKOFF backoff} idle strategy. */
	public Duration maxPark() {
		return this.maxPark;
	}

	/** How often a consumer writes its heartbeat. */
	public Duration heartbeatInterval() {
		return this.heartbeatInterval;
	}

	/** Age after which a consumer heartbeat is stale and the consumer counted dead. */
	public Duration heartbeatTimeout() {
		return this.heartbeatTimeout;
	}

	/**
	 * How long a consumer waits for a claimed record to be committed before it assumes
	 * the producer died mid-write and unblocks the ring.
	 */
	public Duration producerStallTimeout() {
		return this.producerStallTimeout;
	}

	/** What a send does when the ring is full. */
	public ShmBackpressurePolicy backpressurePolicy() {
		return this.backpressurePolicy;
	}

	/** Permissions of ring files (default owner read and write). */
	public Set<PosixFilePermission> filePermissions() {
		return this.filePermissions;
	}

	/** Permissions of directories created for ring files (default owner only). */
	public Set<PosixFilePermission> directoryPermissions() {
		return this.directoryPermissions;
	}

	/**
	 * Uids, besides this process's own, whose ring files and directories may be attached
	 * to.
	 */
	public Set<Integer> allowedUids() {
		return this.allowedUids;
	}

	/**
	 * For publish-subscribe: how many subscribers must be attached for a publish to
	 * proceed; a publish waits up to the send timeout for them, then fails.
	 */
	public int minSubscribers() {
		return this.minSubscribers;
	}

	/** For publish-subscribe: how often a publisher re-reads the subscriber registry. */
	public Duration registryScanInterval() {
		return this.registryScanInterval;
	}

	/**
	 * Fill ratio of a ring (0 to 1) from which the endpoint reports itself DOWN: its
	 * consumer is not keeping up.
	 */
	public double fillRatioThreshold() {
		return this.fillRatioThreshold;
	}

	@Override
	public String toString() {
		return "ShmOptions[directory=" + this.directory + ", capacity=" + this.capacity + ", maxPayload="
				+ this.limits.maxPayloadLength() + ", sendTimeout=" + this.sendTimeout + ", idle="
				+ this.idleStrategy.id() + "]";
	}

	/**
	 * Builder of {@link ShmOptions}.
	 */
	public static final class Builder {

		private Path directory = defaultDirectory();

		private int capacity = DEFAULT_CAPACITY;

		private FrameLimits limits = DEFAULT_LIMITS;

		private Duration sendTimeout = Duration.ofSeconds(5);

		private IpcIdleStrategy idleStrategy = DEFAULT_IDLE_STRATEGY;

		private Duration maxPark = DEFAULT_MAX_PARK;

		private Duration heartbeatInterval = DEFAULT_HEARTBEAT_INTERVAL;

		private Duration heartbeatTimeout = DEFAULT_HEARTBEAT_TIMEOUT;

		private Duration producerStallTimeout = DEFAULT_PRODUCER_STALL_TIMEOUT;

		private ShmBackpressurePolicy backpressurePolicy = ShmBackpressurePolicy.BLOCK;

		private Set<PosixFilePermission> filePermissions = PosixFilePermissions.fromString("rw-------");

		private Set<PosixFilePermission> directoryPermissions = PosixFilePermissions.fromString("rwx------");

		private Set<Integer> allowedUids = Set.of();

		private int minSubscribers = 1;

		private Duration registryScanInterval = DEFAULT_REGISTRY_SCAN_INTERVAL;

		private double fillRatioThreshold = DEFAULT_FILL_RATIO_THRESHOLD;

		private Builder() {
		}

		public Builder directory(Path directory) {
			this.directory = require(directory, "directory").toAbsolutePath();
			return this;
		}

		public Builder capacity(int capacity) {
			if (!ShmFileDescriptor.isValidCapacity(capacity)) {
				throw new IllegalArgumentException(
						"'capacity' must be a power of two between " + ShmFileDescriptor.MIN_CAPACITY + " and "
								+ ShmFileDescriptor.MAX_CAPACITY + " bytes, got " + capacity);
			}
			this.capacity = capacity;
			return this;
		}

		public Builder limits(FrameLimits limits) {
			this.limits = require(limits, "limits");
			return this;
		}

		public Builder maxMessageSize(int maxPayloadLength) {
			this.limits = this.limits.withMaxPayloadLength(maxPayloadLength);
			return this;
		}

		public Builder sendTimeout(Duration sendTimeout) {
			this.sendTimeout = positive(sendTimeout, "sendTimeout");
			return this;
		}

		public Builder idleStrategy(IpcIdleStrategy idleStrategy) {
			this.idleStrategy = require(idleStrategy, "idleStrategy");
			return this;
		}

		public Builder maxPark(Duration maxPark) {
			this.maxPark = positive(maxPark, "maxPark");
			return this;
		}

		public Builder heartbeat(Duration interval, Duration timeout) {
			this.heartbeatInterval = positive(interval, "heartbeatInterval");
			this.heartbeatTimeout = positive(timeout, "heartbeatTimeout");
			return this;
		}

		public Builder producerStallTimeout(Duration timeout) {
			this.producerStallTimeout = positive(timeout, "producerStallTimeout");
			return this;
		}

		public Builder backpressurePolicy(ShmBackpressurePolicy policy) {
			this.backpressurePolicy = require(policy, "backpressurePolicy");
			return this;
		}

		public Builder filePermissions(Set<PosixFilePermission> permissions) {
			this.filePermissions = require(permissions, "filePermissions");
			return this;
		}

		public Builder directoryPermissions(Set<PosixFilePermission> permissions) {
			this.directoryPermissions = require(permissions, "directoryPermissions");
			return this;
		}

		public Builder allowedUids(Set<Integer> uids) {
			this.allowedUids = require(uids, "allowedUids");
			return this;
		}

		public Builder minSubscribers(int minSubscribers) {
			if (minSubscribers < 0) {
				throw new IllegalArgumentException("'minSubscribers' must not be negative");
			}
			this.minSubscribers = minSubscribers;
			return this;
		}

		public Builder registryScanInterval(Duration interval) {
			this.registryScanInterval = positive(interval, "registryScanInterval");
			return this;
		}

		public Builder fillRatioThreshold(double threshold) {
			if (!(threshold > 0 && threshold <= 1)) {
				throw new IllegalArgumentException("'fillRatioThreshold' must be greater than 0 and at most 1");
			}
			this.fillRatioThreshold = threshold;
			return this;
		}

		/**
		 * Build the options.
		 * @return the options
		 * @throws IllegalArgumentException if the largest frame does not fit the ring or
		 * the heartbeat timeout is not longer than its interval
		 */
		public ShmOptions build() {
			int maxRecord = ShmFileDescriptor.maxRecordLength(this.capacity);
			if (this.limits.maxFrameLength() > maxRecord) {
				throw new IllegalArgumentException("The largest frame (" + this.limits.maxFrameLength()
						+ " bytes: max message size " + this.limits.maxPayloadLength() + " plus up to "
						+ this.limits.maxHeaderLength() + " bytes of headers) does not fit a ring of capacity "
						+ this.capacity + " bytes, which takes records up to capacity/8 = " + maxRecord
						+ " bytes; raise the capacity to at least "
						+ Long.highestOneBit(this.limits.maxFrameLength() * 8L - 1) * 2
						+ " or lower the max message size");
			}
			if (this.heartbeatTimeout.compareTo(this.heartbeatInterval.multipliedBy(2)) < 0) {
				throw new IllegalArgumentException("'heartbeatTimeout' (" + this.heartbeatTimeout
						+ ") must be at least twice the heartbeat interval (" + this.heartbeatInterval + ")");
			}
			return new ShmOptions(this);
		}

	}

}
