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

import java.nio.ByteBuffer;
import java.util.Map;

import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.ringbuffer.ManyToOneRingBuffer;
import org.hostipc.transport.EndpointCounters;
import org.hostipc.IpcException;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameCodec;

/**
 * Writes frames into rings, encoding each one directly into its claimed record (claim,
 * encode, commit, with nothing allocated on the way), and applies backpressure: when the
 * ring is full (or its consumer is not alive) it waits with the configured idle strategy
 * up to a deadline, or drops the frame under {@link ShmBackpressurePolicy#DROP_NEWEST}.
 * Waits are reported to {@link EndpointCounters#backpressureWaited(long)}.
 * <p>
 * Thread-safe: any number of threads may write, each waiting with its own idle strategy
 * instance.
 *
 * @author hostipc
 */
final class RingWriter {

	private final FrameCodec codec;

	private final ShmOptions options;

	private final EndpointCounters counters;

	private final long heartbeatTimeoutMillis;

	private final ThreadLocal<IdleStrategy> idleStrategies;

	RingWriter(FrameCodec codec, ShmOptions options, EndpointCounters counters) {
		this.codec = codec;
		this.options = options;
		this.counters = counters;
		this.heartbeatTimeoutMillis = options.heartbeatTimeout().toMillis();
		this.idleStrategies = ThreadLocal.withInitial(() -> options.idleStrategy().create(options.maxPark()));
	}

	/**
	 * Write a frame with the given transport fields.
	 * @param ring the target ring
	 * @param frame the frame whose headers and payload are written
	 * @param flags the flags
	 * @param correlationId the correlation id
	 * @param timestamp the send timestamp
	 * @param length its encoded length ({@link FrameCodec#stampedLength(Frame)}, which
	 * checks the limits)
	 * @param deadline the {@link System#nanoTime()} deadline of the wait for room or for
	 * a live consumer
	 * @param waitForConsumer whether to wait for a consumer whose heartbeat is stale
	 * (otherwise fail at once with {@link Outcome#CONSUMER_DOWN})
	 * @return the outcome; counters of sent messages are the caller's business
	 * @throws IpcException if interrupted while waiting
	 */
	Outcome write(ShmRing ring, Frame frame, int flags, long correlationId, long timestamp, int length, long deadline,
			boolean waitForConsumer) {
		int index = claim(ring, length, timestamp, deadline, waitForConsumer);
		if (index < 0) {
			return Outcome.of(index);
		}
		try {
			ring.encode(this.codec, frame, flags, correlationId, timestamp, index, length);
		}
		catch (RuntimeException ex) {
			ring.ring().abort(index);
			throw ex;
		}
		ring.ring().commit(index);
		return Outcome.WRITTEN;
	}

	/**
	 * Write a one-way frame of headers and a payload buffer, like
	 * {@link #write(ShmRing, Frame, int, long, long, int, long, boolean)}.
	 * @param ring the target ring
	 * @param headers the headers
	 * @param payload the payload, from its position to its limit
	 * @param timestamp the send timestamp
	 * @param length the encoded length ({@link FrameCodec#encodedLength(Map, int)})
	 * @param deadline the deadline of the wait for room or for a live consumer
	 * @param waitForConsumer whether to wait for a consumer whose heartbeat is stale
	 * @return the outcome
	 * @throws IpcException if interrupted while waiting
	 */
	Outcome write(ShmRing ring, Map<String, Object> headers, ByteBuffer payload, long timestamp, int length,
			long deadline, boolean waitForConsumer) {
		int index = claim(ring, length, timestamp, deadline, waitForConsumer);
		if (index < 0) {
			return Outcome.of(index);
		}
		try {
			ring.encode(this.codec, headers, payload, timestamp, index, length);
		}
		catch (RuntimeException ex) {
			ring.ring().abort(index);
			throw ex;
		}
		ring.ring().commit(index);
		return Outcome.WRITTEN;
	}

	/**
	 * Claim a record, waiting for room or for a live consumer up to the deadline.
	 * @param nowNanos a recent {@link System#nanoTime()} (the send timestamp)
	 * @return the index of the claimed record, or the negative code of an {@link Outcome}
	 */
	private int claim(ShmRing ring, int length, long nowNanos, long deadline, boolean waitForConsumer) {
		ManyToOneRingBuffer buffer = ring.ring();
		IdleStrategy idle = null;
		long waitStart = 0;
		long now = nowNanos;
		while (true) {
			boolean alive = ring.isConsumerAliveCached(now, this.heartbeatTimeoutMillis);
			if (alive) {
				int index = buffer.tryClaim(ShmFileDescriptor.FRAME_MESSAGE_TYPE, length);
				if (index >= 0) {
					recordWait(waitStart);
					return index;
				}
				if (this.options.backpressurePolicy() == ShmBackpressurePolicy.DROP_NEWEST) {
					return Outcome.DROPPED.code;
				}
			}
			else if (!waitForConsumer) {
				return Outcome.CONSUMER_DOWN.code;
			}
			now = System.nanoTime();
			if (waitStart == 0) {
				waitStart = now;
				idle = this.idleStrategies.get();
				idle.reset();
			}
			if (now - deadline >= 0) {
				recordWait(waitStart);
				return alive ? Outcome.FULL.code : Outcome.CONSUMER_DOWN.code;
			}
			if (Thread.currentThread().isInterrupted()) {
				throw new IpcException("Interrupted while waiting to write to " + ring.path());
			}
			idle.idle();
		}
	}

	private void recordWait(long waitStart) {
		if (waitStart != 0) {
			this.counters.backpressureWaited(System.nanoTime() - waitStart);
		}
	}

	/**
	 * The outcome of a write.
	 */
	enum Outcome {

		/** Written and committed. */
		WRITTEN(0),

		/** Dropped by the drop-newest policy because the ring was full. */
		DROPPED(-1),

		/** The ring stayed full until the deadline. */
		FULL(-2),

		/** The consumer's heartbeat was stale (until the deadline, if waiting). */
		CONSUMER_DOWN(-3);

		private final int code;

		Outcome(int code) {
			this.code = code;
		}

		static Outcome of(int code) {
			return switch (code) {
				case -1 -> DROPPED;
				case -2 -> FULL;
				case -3 -> CONSUMER_DOWN;
				default -> WRITTEN;
			};
		}

	}

}
