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

import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.ringbuffer.ManyToOneRingBuffer;
import org.hostipc.transport.EndpointCounters;
import org.hostipc.transport.IpcException;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameCodec;

/**
 * Writes frames into rings, encoding each one directly into its claimed record, and
 * applies backpressure: when the ring is full (or its consumer is not alive) it waits
 * with the configured idle strategy up to a deadline, or drops the frame under
 * {@link ShmBackpressurePolicy#DROP_NEWEST}. Waits are reported to
 * {@link EndpointCounters#backpressureWaited(long)}.
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
	 * Write a frame.
	 * @param ring the target ring
	 * @param frame the frame, already stamped
	 * @param length its encoded length ({@link FrameCodec#encodedLength(Frame)}, which
	 * checks the limits)
	 * @param deadline the {@link System#nanoTime()} deadline of the wait for room or for
	 * a live consumer
	 * @param waitForConsumer whether to wait for a consumer whose heartbeat is stale
	 * (otherwise fail at once with {@link Outcome#CONSUMER_DOWN})
	 * @return the outcome; counters of sent messages are the caller's business
	 * @throws IpcException if interrupted while waiting
	 */
	Outcome write(ShmRing ring, Frame frame, int length, long deadline, boolean waitForConsumer) {
		ManyToOneRingBuffer buffer = ring.ring();
		IdleStrategy idle = null;
		long waitStart = 0;
		while (true) {
			boolean alive = ring.isConsumerAlive(System.currentTimeMillis(), this.heartbeatTimeoutMillis);
			if (alive) {
				int index = buffer.tryClaim(ShmFileDescriptor.FRAME_MESSAGE_TYPE, length);
				if (index >= 0) {
					commit(ring, frame, index, length);
					recordWait(waitStart);
					return Outcome.WRITTEN;
				}
				if (this.options.backpressurePolicy() == ShmBackpressurePolicy.DROP_NEWEST) {
					return Outcome.DROPPED;
				}
			}
			else if (!waitForConsumer) {
				return Outcome.CONSUMER_DOWN;
			}
			long now = System.nanoTime();
			if (waitStart == 0) {
				waitStart = now;
				idle = this.idleStrategies.get();
				idle.reset();
			}
			if (now - deadline >= 0) {
				recordWait(waitStart);
				return alive ? Outcome.FULL : Outcome.CONSUMER_DOWN;
			}
			if (Thread.currentThread().isInterrupted()) {
				throw new IpcException("Interrupted while waiting to write to " + ring.path());
			}
			idle.idle();
		}
	}

	private void commit(ShmRing ring, Frame frame, int index, int length) {
		try {
			ring.encode(this.codec, frame, index, length);
		}
		catch (RuntimeException ex) {
			ring.ring().abort(index);
			throw ex;
		}
		ring.ring().commit(index);
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
		WRITTEN,

		/** Dropped by the drop-newest policy because the ring was full. */
		DROPPED,

		/** The ring stayed full until the deadline. */
		FULL,

		/** The consumer's heartbeat was stale (until the deadline, if waiting). */
		CONSUMER_DOWN

	}

}
