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

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongConsumer;

/**
 * Cumulative counters of one endpoint, read by metrics and the actuator endpoint.
 * Thread-safe; updates do not allocate.
 *
 * @author hostipc
 */
public final class EndpointCounters {

	private static final LongConsumer NO_LATENCY = (nanos) -> {
	};

	private final LongAdder messagesSent = new LongAdder();

	private final LongAdder messagesReceived = new LongAdder();

	private final LongAdder bytesSent = new LongAdder();

	private final LongAdder bytesReceived = new LongAdder();

	/**
	 * The counts of the thread that sends (receives) most: the first one, counted without
	 * atomic read-modify-writes (an endpoint usually has one sending thread and one
	 * reading thread); other threads use the adders.
	 */
	private final MessageCount ownSent = new MessageCount();

	private final MessageCount ownReceived = new MessageCount();

	private final Map<ErrorReason, LongAdder> errors = new EnumMap<>(ErrorReason.class);

	private final LongAdder messagesDropped = new LongAdder();

	private volatile LongConsumer latencyRecorder = NO_LATENCY;

	private volatile LongConsumer backpressureWaitRecorder = NO_LATENCY;

	public EndpointCounters() {
		for (ErrorReason reason : ErrorReason.values()) {
			this.errors.put(reason, new LongAdder());
		}
	}

	/**
	 * Record a message sent.
	 * @param bytes the frame length
	 */
	public void sent(int bytes) {
		if (!this.ownSent.tryAdd(bytes)) {
			this.messagesSent.increment();
			this.bytesSent.add(bytes);
		}
	}

	/**
	 * Record a message received and its one-way latency.
	 * @param bytes the frame length
	 * @param sendTimestamp the sender's {@link System#nanoTime()} stamp, {@code 0} when
	 * unknown
	 */
	public void received(int bytes, long sendTimestamp) {
		if (!this.ownReceived.tryAdd(bytes)) {
			this.messagesReceived.increment();
			this.bytesReceived.add(bytes);
		}
		LongConsumer recorder = this.latencyRecorder;
		if (sendTimestamp != 0 && recorder != NO_LATENCY) {
			long latency = System.nanoTime() - sendTimestamp;
			if (latency >= 0) {
				recorder.accept(latency);
			}
		}
	}

	/**
	 * Record an error.
	 * @param reason the reason
	 */
	public void error(ErrorReason reason) {
		this.errors.get(reason).increment();
	}

	/**
	 * Record a message dropped by an explicit drop policy.
	 */
	public void dropped() {
		this.messagesDropped.increment();
	}

	/**
	 * Record how long a send waited for room (backpressure).
	 * @param nanos the wait in nanoseconds
	 */
	public void backpressureWaited(long nanos) {
		this.backpressureWaitRecorder.accept(nanos);
	}

	/**
	 * Set the consumer of backpressure waits in nanoseconds (for example a Micrometer
	 * timer).
	 * @param recorder the recorder, or {@code null} to record nothing
	 */
	public void setBackpressureWaitRecorder(LongConsumer recorder) {
		this.backpressureWaitRecorder = (recorder != null) ? recorder : NO_LATENCY;
	}

	/**
	 * Set the consumer of one-way latencies in nanoseconds (for example a Micrometer
	 * timer).
	 * @param recorder the recorder, or {@code null} to record nothing
	 */
	public void setLatencyRecorder(LongConsumer recorder) {
		this.latencyRecorder = (recorder != null) ? recorder : NO_LATENCY;
	}

	public long messagesSent() {
		return this.messagesSent.sum() + this.ownSent.messages();
	}

	public long messagesReceived() {
		return this.messagesReceived.sum() + this.ownReceived.messages();
	}

	/**
	 * Return the number of messages dropped by an explicit drop policy.
	 * @return the count
	 */
	public long messagesDropped() {
		return this.messagesDropped.sum();
	}

	public long bytesSent() {
		return this.bytesSent.sum() + this.ownSent.bytes();
	}

	public long bytesReceived() {
		return this.bytesReceived.sum() + this.ownReceived.bytes();
	}

	public long errors(ErrorReason reason) {
		return this.errors.get(reason).sum();
	}

	/**
	 * Return the number of errors of every reason.
	 * @return the total
	 */
	public long errors() {
		long total = 0;
		for (LongAdder adder : this.errors.values()) {
			total += adder.sum();
		}
		return total;
	}

}
