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

package org.hostipc.local;

import java.time.Duration;

import org.hostipc.wire.FrameLimits;

import static org.hostipc.transport.OptionChecks.positive;
import static org.hostipc.transport.OptionChecks.require;

/**
 * Options of an in-JVM channel endpoint; build with {@link #builder(String)}.
 *
 * @author hostipc
 */
public final class LocalOptions {

	/** Default number of frames a receiver buffers before senders wait: 1024. */
	public static final int DEFAULT_CAPACITY = 1024;

	/** Default number of subscribers a publisher waits for before it sends: 1. */
	public static final int DEFAULT_MIN_SUBSCRIBERS = 1;

	/** Default send timeout: 5 s. */
	public static final Duration DEFAULT_SEND_TIMEOUT = Duration.ofSeconds(5);

	private final String address;

	private final FrameLimits limits;

	private final Duration sendTimeout;

	private final int capacity;

	private final int minSubscribers;

	private LocalOptions(Builder builder) {
		this.address = builder.address;
		this.limits = builder.limits;
		this.sendTimeout = builder.sendTimeout;
		this.capacity = builder.capacity;
		this.minSubscribers = builder.minSubscribers;
	}

	/**
	 * Start building options for an address.
	 * @param address the name both sides use, unique in the JVM per pattern
	 * @return the builder
	 */
	public static Builder builder(String address) {
		return new Builder(address);
	}

	/**
	 * The name under which receivers register and senders find them.
	 * @return the address
	 */
	public String address() {
		return this.address;
	}

	/**
	 * The frame limits, enforced when sending and receiving.
	 * @return the limits
	 */
	public FrameLimits limits() {
		return this.limits;
	}

	/**
	 * How long a send waits for a receiver or for room in its buffer.
	 * @return the send timeout
	 */
	public Duration sendTimeout() {
		return this.sendTimeout;
	}

	/**
	 * How many frames a receiver buffers; a sender to a full buffer waits up to the send
	 * timeout (backpressure), then fails.
	 * @return the capacity in frames
	 */
	public int capacity() {
		return this.capacity;
	}

	/**
	 * For publish-subscribe: how many subscribers must be registered for a publish to
	 * proceed; a publish waits up to the send timeout for them, then fails.
	 * @return the minimum number of subscribers
	 */
	public int minSubscribers() {
		return this.minSubscribers;
	}

	@Override
	public String toString() {
		return "LocalOptions[address=" + this.address + ", capacity=" + this.capacity + ", maxMessageSize="
				+ this.limits.maxPayloadLength() + ", sendTimeout=" + this.sendTimeout + "]";
	}

	/**
	 * Builds {@link LocalOptions}; holds the defaults.
	 */
	public static final class Builder {

		private final String address;

		private FrameLimits limits = FrameLimits.DEFAULT;

		private Duration sendTimeout = DEFAULT_SEND_TIMEOUT;

		private int capacity = DEFAULT_CAPACITY;

		private int minSubscribers = DEFAULT_MIN_SUBSCRIBERS;

		private Builder(String address) {
			if (address == null || address.isEmpty()) {
				throw new IllegalArgumentException("'address' must not be empty");
			}
			this.address = address;
		}

		/**
		 * Set the frame limits.
		 * @param limits the limits
		 * @return this builder
		 */
		public Builder limits(FrameLimits limits) {
			this.limits = require(limits, "limits");
			return this;
		}

		/**
		 * Set the largest payload.
		 * @param maxPayloadLength the largest payload in bytes
		 * @return this builder
		 */
		public Builder maxMessageSize(int maxPayloadLength) {
			this.limits = this.limits.withMaxPayloadLength(maxPayloadLength);
			return this;
		}

		/**
		 * Set how long a send waits for a receiver or for room.
		 * @param sendTimeout the timeout
		 * @return this builder
		 */
		public Builder sendTimeout(Duration sendTimeout) {
			this.sendTimeout = positive(sendTimeout, "sendTimeout");
			return this;
		}

		/**
		 * Set how many frames a receiver buffers.
		 * @param capacity the capacity in frames, at least 1
		 * @return this builder
		 */
		public Builder capacity(int capacity) {
			if (capacity < 1) {
				throw new IllegalArgumentException("'capacity' must be at least 1");
			}
			this.capacity = capacity;
			return this;
		}

		/**
		 * Set how many subscribers a publisher waits for.
		 * @param minSubscribers the number, 0 or more
		 * @return this builder
		 */
		public Builder minSubscribers(int minSubscribers) {
			if (minSubscribers < 0) {
				throw new IllegalArgumentException("'minSubscribers' must not be negative");
			}
			this.minSubscribers = minSubscribers;
			return this;
		}

		/**
		 * Build the options.
		 * @return the options
		 */
		public LocalOptions build() {
			return new LocalOptions(this);
		}

	}

}
