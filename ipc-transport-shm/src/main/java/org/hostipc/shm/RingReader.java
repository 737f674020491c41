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

import org.agrona.BitUtil;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.ControlledMessageHandler;
import org.agrona.concurrent.ringbuffer.RecordDescriptor;
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
 * {@link FrameView}, counts it and hands it over without copying it. A record that does
 * not decode is counted by its error reason and skipped; the ring stays usable.
 * <p>
 * The ring's head advances once per batch of up to {@link #BATCH_LIMIT} records (Agrona
 * zeroes the consumed bytes as it advances the head, one call per batch instead of one
 * per record), and after each record the reader writes the ring's <em>handled
 * position</em> into the file header ({@link ShmRing#handled(long)}, one ordered store).
 * A consumer killed in the middle of a batch leaves the head behind the records it
 * handled; the reader of a restarted consumer skips the records that end at or before the
 * handled position, so a crash redelivers at most the frame that was being handled.
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

	/** Mask of a ring position to an index in the ring. */
	private final int indexMask;

	/** Ring position of the first record of the batch being read. */
	private long batchHead;

	/**
	 * The handled position found when the reader started: records that end at or before
	 * it were handled by a consumer that died before the head advanced past them.
	 */
	private final long handledBeforeStart;

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
		this.indexMask = ring.capacity() - 1;
		this.handledBeforeStart = ring.handledPosition();
	}

	@Override
	public int doWork() {
		this.batchHead = this.ring.ring().consumerPosition();
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
		long end = recordEnd(index, length);
		if (end <= this.handledBeforeStart) {
			return Action.CONTINUE;
		}
		handle(msgTypeId, index, length);
		this.ring.handled(end);
		return Action.CONTINUE;
	}

	/**
	 * Return the ring position just after a record of the batch being read (records of
	 * one batch are contiguous from the head: a batch stops at the end of the buffer).
	 */
	private long recordEnd(int index, int length) {
		int recordIndex = index - RecordDescriptor.HEADER_LENGTH;
		int headIndex = (int) this.batchHead & this.indexMask;
		return this.batchHead + (recordIndex - headIndex)
				+ BitUtil.align(length + RecordDescriptor.HEADER_LENGTH, RecordDescriptor.ALIGNMENT);
	}

	private void handle(int msgTypeId, int index, int length) {
		if (msgTypeId != ShmFileDescriptor.FRAME_MESSAGE_TYPE) {
			this.counters.error(ErrorReason.DECODE);
			return;
		}
		FrameError error = ShmRing.wrap(this.frame, this.view, index, length);
		if (error != null) {
			this.counters.error(ErrorReason.of(error));
			if (logger.isDebugEnabled()) {
				logger.debug("Skipped a bad frame in " + this.ring.path() + ": "
						+ ShmRing.decode(this.codec, this.view, index, length));
			}
			return;
		}
		this.counters.received(length, this.frame.timestamp());
		this.consumer.accept(this.frame);
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
