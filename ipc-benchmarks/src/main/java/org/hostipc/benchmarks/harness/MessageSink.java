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

package org.hostipc.benchmarks.harness;

import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Receiving side of a measurement: every subject's receiver hands each message to
 * {@link #accept(DirectBuffer, int, int)} on its receiving thread. The sink reads every
 * word of the message, records the one-way latency against the intended send time during
 * a latency phase, and publishes its count so that the control thread can wait for it.
 * <p>
 * Threading: one receiving thread calls {@code accept}; the control thread arms phases
 * and reads their results once the published count is reached.
 *
 * @author hostipc
 */
public final class MessageSink {

	/** Highest latency the histograms track: one minute. */
	public static final long HIGHEST_TRACKABLE_NANOS = TimeUnit.SECONDS.toNanos(60);

	private final UnsafeBuffer scratch = new UnsafeBuffer(new byte[0]);

	private final AtomicLong stray = new AtomicLong();

	private volatile Phase phase;

	private volatile Thread receivingThread;

	/**
	 * Start a phase; messages received before the next call count into it.
	 * @param recordLatency whether to record latency
	 * @return the new phase
	 */
	public Phase arm(boolean recordLatency) {
		Phase phase = new Phase(recordLatency);
		this.phase = phase;
		return phase;
	}

	/**
	 * Return the bytes allocated so far by the thread that last delivered a message.
	 * @return the bytes, or {@code -1} before the first message or when unknown
	 */
	public long receivingThreadAllocatedBytes() {
		return ThreadAllocation.allocatedBytes(this.receivingThread);
	}

	/**
	 * Return how many messages arrived while no phase was armed.
	 * @return the count
	 */
	public long stray() {
		return this.stray.get();
	}

	/**
	 * Account a message held in an array.
	 * @param array the message
	 */
	public void accept(byte[] array) {
		this.scratch.wrap(array);
		accept(this.scratch, 0, array.length);
	}

	/**
	 * Account a message.
	 * @param buffer the buffer holding it
	 * @param offset its offset
	 * @param length its length
	 */
	public void accept(DirectBuffer buffer, int offset, int length) {
		long intended = buffer.getLong(offset + Payloads.INTENDED_OFFSET, ByteOrder.LITTLE_ENDIAN);
		long sequence = buffer.getLong(offset + Payloads.SEQUENCE_OFFSET, ByteOrder.LITTLE_ENDIAN);
		record(intended, sequence, Payloads.wordSum(buffer, offset, length));
	}

	/**
	 * Account a message already read by the subject.
	 * @param intendedNanos its intended send time
	 * @param sequence its sequence number
	 * @param wordSum the sum of its fill words
	 */
	public void record(long intendedNanos, long sequence, long wordSum) {
		long now = System.nanoTime();
		Thread current = Thread.currentThread();
		if (this.receivingThread != current) {
			this.receivingThread = current;
		}
		Phase phase = this.phase;
		if (phase == null) {
			this.stray.incrementAndGet();
			return;
		}
		phase.record(now, intendedNanos, sequence, wordSum);
	}

	/**
	 * What arrived during one phase. Written by the receiving thread only; the count is
	 * published last so that a reader that sees it sees the other fields.
	 */
	public static final class Phase {

		private final Histogram histogram;

		private final AtomicLong count = new AtomicLong();

		private long sequenceSum;

		private long wordSum;

		private long firstNanos;

		private long lastNanos;

		Phase(boolean recordLatency) {
			this.histogram = recordLatency ? new Histogram(HIGHEST_TRACKABLE_NANOS, 3) : null;
		}

		void record(long now, long intended, long sequence, long wordSum) {
			long n = this.count.get();
			if (n == 0) {
				this.firstNanos = now;
			}
			this.lastNanos = now;
			this.sequenceSum += sequence;
			this.wordSum += wordSum;
			if (this.histogram != null) {
				this.histogram.recordValue(Math.max(0, Math.min(now - intended, HIGHEST_TRACKABLE_NANOS)));
			}
			this.count.lazySet(n + 1);
		}

		public long count() {
			return this.count.get();
		}

		public long sequenceSum() {
			return this.sequenceSum;
		}

		public long wordSum() {
			return this.wordSum;
		}

		public long firstNanos() {
			return this.firstNanos;
		}

		public long lastNanos() {
			return this.lastNanos;
		}

		public Histogram histogram() {
			return this.histogram;
		}

	}

}
