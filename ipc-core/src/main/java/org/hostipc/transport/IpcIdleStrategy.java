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

package org.hostipc.transport;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.BusySpinIdleStrategy;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.YieldingIdleStrategy;

/**
 * How a thread waits when there is nothing to read (a ring or a queue) or no room to
 * write.
 *
 * @author hostipc
 */
public enum IpcIdleStrategy {

	/** Spin on the CPU: lowest latency, one core fully used per waiting thread. */
	BUSY_SPIN,

	/** Yield the processor between checks: low latency, a core busy while idle. */
	YIELD,

	/**
	 * Spin, then yield, then park with a growing period up to the maximum park time: low
	 * CPU when idle, wake-up latency up to the maximum park time after an idle period.
	 */
	BACKOFF;

	/** Spins before yielding in {@link #BACKOFF}. */
	public static final long BACKOFF_SPINS = 100;

	/** Yields before parking in {@link #BACKOFF}. */
	public static final long BACKOFF_YIELDS = 20;

	/** First park period of {@link #BACKOFF}. */
	public static final long BACKOFF_MIN_PARK_NANOS = TimeUnit.MICROSECONDS.toNanos(1);

	/**
	 * Create a new idle strategy instance; instances are not thread-safe.
	 * @param maxPark the longest park of {@link #BACKOFF}
	 * @return the idle strategy
	 */
	public IdleStrategy create(Duration maxPark) {
		return switch (this) {
			case BUSY_SPIN -> new BusySpinIdleStrategy();
			case YIELD -> new YieldingIdleStrategy();
			case BACKOFF -> new BackoffIdleStrategy(BACKOFF_SPINS, BACKOFF_YIELDS, BACKOFF_MIN_PARK_NANOS,
					Math.max(BACKOFF_MIN_PARK_NANOS, maxPark.toNanos()));
		};
	}

	/**
	 * Return the lower-case id used in configuration.
	 * @return the id, such as {@code busy-spin}
	 */
	public String id() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
