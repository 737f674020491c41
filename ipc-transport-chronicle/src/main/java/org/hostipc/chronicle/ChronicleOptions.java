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

package org.hostipc.chronicle;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.hostipc.transport.IpcIdleStrategy;
import org.hostipc.wire.FrameLimits;

/**
 * Settings of a Chronicle Queue endpoint. Immutable; create with {@link #builder()}.
 * <p>
 * The queue of a channel lives in {@code <directory>/<channel>}, the saved positions of
 * its subscribers in {@code <directory>/<channel>.subscribers} and, unless configured
 * otherwise, its dead letters in the queue {@code <directory>/<channel>.dead-letter}.
 *
 * @author hostipc
 */
public final class ChronicleOptions {

	/** Default limits: 1 MiB payload, 64 KiB headers, 256 headers. */
	public static final FrameLimits DEFAULT_LIMITS = new FrameLimits(1024 * 1024, 64 * 1024, 256);

	/** Default subscriber name. */
	public static final String DEFAULT_SUBSCRIBER = "default";

	/** Default interval between two retention sweeps. */
	public static final Duration DEFAULT_RETENTION_CHECK_INTERVAL = Duration.ofMinutes(1);

	/** Default wait before the first retry of a failed message: 100 ms. */
	public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofMillis(100);

	/** Default number of deliveries of a message before it is dead-lettered: 3. */
	public static final int DEFAULT_MAX_ATTEMPTS = 3;

	/** Default longest park of the backoff idle strategy: 1 ms. */
	public static final Duration DEFAULT_MAX_PARK = Duration.ofMillis(1);

	private final Path directory;

	private final String subscriberName;

	private final FrameLimits limits;

	private final ChronicleRollCycle rollCycle;

	private final ChronicleStartPosition startPosition;

	private final long startIndex;

	private final Instant startTimestamp;

	private final Duration retryBackoff;

	private final int maxAttempts;

	private final Path deadLetterDirectory;

	private final long diskUsageLimit;

	private final Duration sendTimeout;

	private final IpcIdleStrategy idleStrategy;

	private final Duration maxPark;

	private final Duration retention;

	private final Duration retentionCheckInterval;

	private final Clock clock;

	private ChronicleOptions(Builder builder) {
		this.directory = builder.directory;
		this.subscriberName = builder.subscriberName;
		this.limits = builder.limits;
		this.rollCycle = builder.rollCycle;
		this.startPosition = builder.startPosition;
		this.startIndex = builder.startIndex;
		this.startTimestamp = builder.startTimestamp;
		this.retryBackoff = builder.retryBackoff;
		this.maxAttempts = builder.maxAttempts;
		this.deadLetterDirectory = builder.deadLetterDirectory;
		this.diskUsageLimit = builder.diskUsageLimit;
		this.sendTimeout = builder.sendTimeout;
		this.idleStrategy = builder.idleStrategy;
		this.maxPark = builder.maxPark;
		this.retention = builder.retention;
		this.retentionCheckInterval = builder.retentionCheckInterval;
		this.clock = builder.clock;
	}

	/**
	 * Start building options.
	 * @return a builder with defaults
	 */
	public static Builder builder() {
		return new Builder();
	}

	/** The base directory: queues live in {@code <directory>/<channel>}. */
	public Path directory() {
		return this.directory;
	}

	/**
	 * The name under which an inbound endpoint keeps its position; publish-subscribe
	 * subscribers of one channel need distinct names.
	 */
	public String subscriberName() {
		return this.subscriberName;
	}

	/** Size limits enforced at send and at receive. */
	public FrameLimits limits() {
		return this.limits;
	}

	/** How often the queue starts a new cycle file. */
	public ChronicleRollCycle rollCycle() {
		return this.rollCycle;
	}

	/** Where a subscriber starts reading. */
	public ChronicleStartPosition startPosition() {
		return this.startPosition;
	}

	/** The queue index to start at with {@link ChronicleStartPosition#INDEX}. */
	public long startIndex() {
		return this.startIndex;
	}

	/** The instant to start at with {@link ChronicleStartPosition#TIMESTAMP}. */
	public Instant startTimestamp() {
		return this.startTimestamp;
	}

	/** The wait before the first retry of a failed message; doubled on each retry. */
	public Duration retryBackoff() {
		return this.retryBackoff;
	}

	/** How many times a message is handed to the handler before it is dead-lettered. */
	public int maxAttempts() {
		return this.maxAttempts;
	}

	/**
	 * Return the queue directory that receives dead letters of a channel.
	 * @param channelName the channel name
	 * @return the configured directory or {@code <directory>/<channel>.dead-letter}
	 */
	public Path deadLetterDirectory(String channelName) {
		return (this.deadLetterDirectory != null) ? this.deadLetterDirectory
				: this.directory.resolve(channelName + ".dead-letter");
	}

	/** Bytes the queue directory may use before sends fail; {@code 0} for no limit. */
	public long diskUsageLimit() {
		return this.diskUsageLimit;
	}

	/** How long a send waits for its turn on the appender. */
	public Duration sendTimeout() {
		return this.sendTimeout;
	}

	/** How the tailer waits when the queue has nothing new. */
	public IpcIdleStrategy idleStrategy() {
		return this.idleStrategy;
	}

	/**
	 * The longest park of an idle tailer with the {@link IpcIdleStrategy#BACKOFF backoff}
	 * strategy (bounds the wake-up latency after a pause).
	 */
	public Duration maxPark() {
		return this.maxPark;
	}

	/**
	 * How long a cycle file is kept after its cycle ended, once every known subscriber
	 * consumed it (see {@link ChronicleRetention}).
	 * @return the retention, {@code null} to keep every cycle file
	 */
	public Duration retention() {
		return this.retention;
	}

	/** How often an endpoint with a {@link #retention()} looks for files to delete. */
	public Duration retentionCheckInterval() {
		return this.retentionCheckInterval;
	}

	/**
	 * The clock that decides the current cycle and the age of cycle files.
	 * @return the clock, {@code null} for Chronicle's system clock
	 */
	Clock clock() {
		return this.clock;
	}

	/**
	 * Builder of {@link ChronicleOptions}.
	 */
	public static final class Builder {

		private Path directory;

		private String subscriberName = DEFAULT_SUBSCRIBER;

		private FrameLimits limits = DEFAULT_LIMITS;

		private ChronicleRollCycle rollCycle = ChronicleRollCycle.DAILY;

		private ChronicleStartPosition startPosition = ChronicleStartPosition.SAVED;

		private long startIndex = -1;

		private Instant startTimestamp;

		private Duration retryBackoff = DEFAULT_RETRY_BACKOFF;

		private int maxAttempts = DEFAULT_MAX_ATTEMPTS;

		private Path deadLetterDirectory;

		private long diskUsageLimit;

		private Duration sendTimeout = Duration.ofSeconds(5);

		private IpcIdleStrategy idleStrategy = IpcIdleStrategy.BACKOFF;

		private Duration maxPark = DEFAULT_MAX_PARK;

		private Duration retention;

		private Duration retentionCheckInterval = DEFAULT_RETENTION_CHECK_INTERVAL;

		private Clock clock;

		private Builder() {
		}

		/**
		 * Set the base directory (required): queues live in
		 * {@code <directory>/<channel>}.
		 * @param directory the directory
		 * @return this builder
		 */
		public Builder directory(Path directory) {
			this.directory = directory;
			return this;
		}

		/**
		 * Set the subscriber name (default {@value ChronicleOptions#DEFAULT_SUBSCRIBER}).
		 * @param subscriberName letters, digits, {@code .}, {@code _} or {@code -}
		 * @return this builder
		 */
		public Builder subscriberName(String subscriberName) {
			this.subscriberName = subscriberName;
			return this;
		}

		/**
		 * Set the maximum payload size in bytes (default 1 MiB).
		 * @param maxMessageSize the maximum payload length
		 * @return this builder
		 */
		public Builder maxMessageSize(int maxMessageSize) {
			this.limits = this.limits.withMaxPayloadLength(maxMessageSize);
			return this;
		}

		/**
		 * Set every size limit.
		 * @param limits the limits
		 * @return this builder
		 */
		public Builder limits(FrameLimits limits) {
			this.limits = limits;
			return this;
		}

		/**
		 * Set the roll cycle (default daily).
		 * @param rollCycle the roll cycle
		 * @return this builder
		 */
		public Builder rollCycle(ChronicleRollCycle rollCycle) {
			this.rollCycle = rollCycle;
			return this;
		}

		/**
		 * Set where a subscriber starts (default {@link ChronicleStartPosition#SAVED});
		 * use {@link #startIndex(long)} or {@link #startTimestamp(Instant)} for the
		 * positions that need a value.
		 * @param startPosition the start position
		 * @return this builder
		 */
		public Builder startPosition(ChronicleStartPosition startPosition) {
			this.startPosition = startPosition;
			return this;
		}

		/**
		 * Start at the message with the given queue index.
		 * @param index a queue index, as found in the {@code ipc_queueIndex} header
		 * @return this builder
		 */
		public Builder startIndex(long index) {
			this.startPosition = ChronicleStartPosition.INDEX;
			this.startIndex = index;
			return this;
		}

		/**
		 * Start at the first message appended at or after the given instant.
		 * @param timestamp the instant
		 * @return this builder
		 */
		public Builder startTimestamp(Instant timestamp) {
			this.startPosition = ChronicleStartPosition.TIMESTAMP;
			this.startTimestamp = timestamp;
			return this;
		}

		/**
		 * Set the wait before the first retry of a failed message (default 100 ms),
		 * doubled on each further retry.
		 * @param retryBackoff the backoff
		 * @return this builder
		 */
		public Builder retryBackoff(Duration retryBackoff) {
			this.retryBackoff = retryBackoff;
			return this;
		}

		/**
		 * Set how many times a message is handed to the handler before it goes to the
		 * dead-letter queue (default 3).
		 * @param maxAttempts at least 1
		 * @return this builder
		 */
		public Builder maxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
			return this;
		}

		/**
		 * Set the queue directory of dead letters (default
		 * {@code <directory>/<channel>.dead-letter}).
		 * @param deadLetterDirectory the directory
		 * @return this builder
		 */
		public Builder deadLetterDirectory(Path deadLetterDirectory) {
			this.deadLetterDirectory = deadLetterDirectory;
			return this;
		}

		/**
		 * Set the bytes the queue directory may use before sends fail (default 0: no
		 * limit).
		 * @param diskUsageLimit the limit in bytes
		 * @return this builder
		 */
		public Builder diskUsageLimit(long diskUsageLimit) {
			this.diskUsageLimit = diskUsageLimit;
			return this;
		}

		/**
		 * Set how long a send waits for its turn on the appender (default 5 s).
		 * @param sendTimeout the timeout
		 * @return this builder
		 */
		public Builder sendTimeout(Duration sendTimeout) {
			this.sendTimeout = sendTimeout;
			return this;
		}

		/**
		 * Set how the tailer waits when the queue has nothing new (default
		 * {@link IpcIdleStrategy#BACKOFF backoff}: low CPU when idle); busy-spin gives
		 * the lowest latency and uses a core.
		 * @param idleStrategy the idle strategy
		 * @return this builder
		 */
		public Builder idleStrategy(IpcIdleStrategy idleStrategy) {
			this.idleStrategy = idleStrategy;
			return this;
		}

		/**
		 * Set the longest park of an idle tailer (default 1 ms).
		 * @param maxPark the park time
		 * @return this builder
		 */
		public Builder maxPark(Duration maxPark) {
			this.maxPark = maxPark;
			return this;
		}

		/**
		 * Delete cycle files whose cycle ended more than the given time ago and that
		 * every known subscriber consumed (default: {@code null}, keep every file). The
		 * roll cycle is the granularity: the current cycle file is never deleted.
		 * @param retention the retention, or {@code null} to keep every file
		 * @return this builder
		 */
		public Builder retention(Duration retention) {
			this.retention = retention;
			return this;
		}

		/**
		 * Set how often an endpoint with a retention looks for files to delete (default 1
		 * minute).
		 * @param retentionCheckInterval the interval
		 * @return this builder
		 */
		public Builder retentionCheckInterval(Duration retentionCheckInterval) {
			this.retentionCheckInterval = retentionCheckInterval;
			return this;
		}

		/**
		 * Set the clock of the queue (cycles, retention); every process using a queue
		 * must agree on it, so only tests set it.
		 * @param clock the clock
		 * @return this builder
		 */
		Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * Build the options.
		 * @return the options
		 * @throws IllegalArgumentException if a setting is invalid
		 */
		public ChronicleOptions build() {
			check(this.directory != null, "'directory' must be set (a durable queue needs a chosen location)");
			check(ChronicleFiles.isSafeName(this.subscriberName),
					"'subscriberName' must be a non-empty name of letters, digits, '.', '_' or '-', got '"
							+ this.subscriberName + "'");
			check(this.limits != null, "'limits' must not be null");
			check(this.rollCycle != null, "'rollCycle' must not be null");
			check(this.startPosition != null, "'startPosition' must not be null");
			check(this.startPosition != ChronicleStartPosition.INDEX || this.startIndex >= 0,
					"'startIndex' must be set to a queue index for start position INDEX");
			check(this.startPosition != ChronicleStartPosition.TIMESTAMP || this.startTimestamp != null,
					"'startTimestamp' must be set for start position TIMESTAMP");
			check(isPositive(this.retryBackoff), "'retryBackoff' must be positive");
			check(this.maxAttempts >= 1, "'maxAttempts' must be at least 1");
			check(this.diskUsageLimit >= 0, "'diskUsageLimit' must not be negative");
			check(isPositive(this.sendTimeout), "'sendTimeout' must be positive");
			check(isPositive(this.maxPark), "'maxPark' must be positive");
			check(this.idleStrategy != null, "'idleStrategy' must not be null");
			check(this.retention == null || isPositive(this.retention), "'retention' must be positive when set");
			check(isPositive(this.retentionCheckInterval), "'retentionCheckInterval' must be positive");
			return new ChronicleOptions(this);
		}

		private static boolean isPositive(Duration duration) {
			return duration != null && !duration.isNegative() && !duration.isZero();
		}

		private static void check(boolean condition, String message) {
			if (!condition) {
				throw new IllegalArgumentException(message);
			}
		}

	}

}
