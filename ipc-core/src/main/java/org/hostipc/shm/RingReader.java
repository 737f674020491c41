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

import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.ControlledMessageHandler;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hostipc.transport.EndpointCounters;
import org.hostipc.transport.ErrorReason;
import org.hostipc.wire.FrameCodec;
import org.hostipc.wire.FrameError;
import org.hostipc.wire.FrameView;

/**
 * The consumer loop of one ring, run by an {@link org.agrona.concurrent.AgentRunner} on
 * the inbound endpoint's thread: reads records, checks each frame in place with a
 * {@link FrameView}, counts it and hands it over without copying it. The ring's head
 * advances after each record (so a consumer killed while handling a frame gets at most
 * that frame again after a restart). A record that does not decode is counted by its
 * error reason and skipped; the ring stays usable.
 * <p>
 * When the ring holds data the reader cannot reach (a producer claimed a record and died
 * before committing it) for longer than the producer stall timeout, checked at most once
 * a millisecond while the ring looks empty, the reader unblocks the ring with
 * {@link org.agrona.concurrent.ringbuffer.ManyToOneRingBuffer#unblock()}, counts an
 * {@link ErrorReason#IO} error and logs a warning.
 * <p>
 * NOT thread-safe: run by one thread.
 *
 * @author hostipc
 */
final class RingReader implements Agent, ControlledMessageHandler {

	/** Most records read per duty cycle, so that the head advances often. */
	static final int BATCH_LIMIT = 64;

	/**
	 * Empty polls between two looks at the clock for a stall check (a power of two, minus
	 * one).
	 */
	private static final int STALL_CHECK_POLL_MASK = 63;

	/**
	 * Least time between two stall checks: a check reads the ring's tail, which every
	 * producer writes on each claim, so reading it on every empty poll would make each
	 * claim fetch that cache line back from the reader's core.
	 */
	static final long STALL_CHECK_INTERVAL_NANOS = 1_000_000;

	private static final Log logger = LogFactory.getLog(RingReader.class);

	private final String roleName;

	private final ShmRing ring;

	private final FrameCodec codec;

	private final EndpointCounters counters;

	private final FrameConsumer consumer;

	private final ByteBuffer view;

	private final FrameView frame;

	private final long stallTimeoutNanos;

	private long stalledSince;

	private int emptyPolls;

	private long nextStallCheck;

	RingReader(String roleName, ShmRing ring, FrameCodec codec, EndpointCounters counters, long stallTimeoutNanos,
			FrameConsumer consumer) {
		this.roleName = roleName;
		this.ring = ring;
		this.codec = codec;
		this.counters = counters;
		this.consumer = consumer;
		this.view = ring.newReadView();
		this.frame = new FrameView(codec.limits());
		this.stallTimeoutNanos = stallTimeoutNanos;
	}

	@Override
	public int doWork() {
		int read = this.ring.ring().controlledRead(this, BATCH_LIMIT);
		if (read == 0) {
			checkStalled();
		}
		else {
			this.stalledSince = 0;
		}
		return read;
	}

	private void checkStalled() {
		if ((++this.emptyPolls & STALL_CHECK_POLL_MASK) != 0) {
			return;
		}
		long now = System.nanoTime();
		if (now - this.nextStallCheck < 0) {
			return;
		}
		this.nextStallCheck = now + STALL_CHECK_INTERVAL_NANOS;
		if (this.ring.ring().producerPosition() == this.ring.ring().consumerPosition()) {
			this.stalledSince = 0;
			return;
		}
		if (this.stalledSince == 0) {
			this.stalledSince = now;
		}
		else if (now - this.stalledSince > this.stallTimeoutNanos) {
			this.stalledSince = 0;
			if (this.ring.ring().unblock()) {
				this.counters.error(ErrorReason.IO);
				logger.warn("Unblocked ring " + this.ring.path() + ": a producer claimed a record and did not commit "
						+ "it within the producer stall timeout (it probably died mid-write); the record was skipped");
			}
		}
	}

	@Override
	public Action onMessage(int msgTypeId, MutableDirectBuffer buffer, int index, int length) {
		if (msgTypeId != ShmFileDescriptor.FRAME_MESSAGE_TYPE) {
			this.counters.error(ErrorReason.DECODE);
			return Action.COMMIT;
		}
		FrameError error = ShmRing.wrap(this.frame, this.view, index, length);
		if (error != null) {
			this.counters.error(ErrorReason.of(error));
			if (logger.isDebugEnabled()) {
				logger.debug("Skipped a bad frame in " + this.ring.path() + ": "
						+ ShmRing.decode(this.codec, this.view, index, length));
			}
			return Action.COMMIT;
		}
		this.counters.received(length, this.frame.timestamp());
		this.consumer.accept(this.frame);
		return Action.COMMIT;
	}

	@Override
	public String roleName() {
		return this.roleName;
	}

	/**
	 * Receives the frames of the ring in place on the reader thread.
	 */
	@FunctionalInterface
	interface FrameConsumer {

		/**
		 * Handle a frame; must not throw.
		 * @param frame the checked frame, valid until this method returns
		 */
		void accept(FrameView frame);

	}

}
