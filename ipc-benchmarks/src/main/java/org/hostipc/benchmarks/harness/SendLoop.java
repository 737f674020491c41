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

import org.agrona.concurrent.UnsafeBuffer;

import org.hostipc.benchmarks.subjects.Sender;

/**
 * Drives a {@link Sender}: open-loop at a fixed rate, each message stamped with its
 * intended send time (so that a stalled send shows up as latency of every message that
 * should have gone out meanwhile), or flat out for a while. The pacing busy-waits in both
 * profiles: it is the load generator, not the subject.
 *
 * @author hostipc
 */
final class SendLoop {

	private static final long START_DELAY_NANOS = 1_000_000L;

	private final Sender sender;

	private long sequence;

	SendLoop(Sender sender) {
		this.sender = sender;
	}

	/**
	 * Send at a fixed rate.
	 * @param size the payload size
	 * @param rate messages per second
	 * @param count how many messages
	 * @return the outcome
	 * @throws Exception if a send fails
	 */
	Outcome paced(int size, int rate, long count) throws Exception {
		byte[] payload = Payloads.create(size);
		UnsafeBuffer buffer = new UnsafeBuffer(payload);
		long interval = 1_000_000_000L / rate;
		long ticks = ProcessCpu.ticks();
		long allocated = ThreadAllocation.allocatedBytes(Thread.currentThread());
		long start = System.nanoTime() + START_DELAY_NANOS;
		long sequenceSum = 0;
		for (long i = 0; i < count; i++) {
			long intended = start + i * interval;
			while (System.nanoTime() < intended) {
				Thread.onSpinWait();
			}
			long sequence = ++this.sequence;
			Payloads.stamp(buffer, intended, sequence);
			this.sender.send(payload);
			sequenceSum += sequence;
		}
		return new Outcome(count, sequenceSum, start, System.nanoTime(), ProcessCpu.ticks() - ticks,
				perMessage(allocated, count));
	}

	/**
	 * Send as fast as the subject takes messages.
	 * @param size the payload size
	 * @param durationNanos for how long
	 * @return the outcome
	 * @throws Exception if a send fails
	 */
	Outcome flatOut(int size, long durationNanos) throws Exception {
		byte[] payload = Payloads.create(size);
		UnsafeBuffer buffer = new UnsafeBuffer(payload);
		long ticks = ProcessCpu.ticks();
		long allocated = ThreadAllocation.allocatedBytes(Thread.currentThread());
		long start = System.nanoTime();
		long end = start + durationNanos;
		long now = start;
		long count = 0;
		long sequenceSum = 0;
		while (now < end) {
			for (int i = 0; i < 64; i++) {
				long sequence = ++this.sequence;
				Payloads.stamp(buffer, now, sequence);
				this.sender.send(payload);
				sequenceSum += sequence;
			}
			count += 64;
			now = System.nanoTime();
		}
		return new Outcome(count, sequenceSum, start, now, ProcessCpu.ticks() - ticks, perMessage(allocated, count));
	}

	private static double perMessage(long allocatedBefore, long count) {
		return ThreadAllocation.perMessage(allocatedBefore, ThreadAllocation.allocatedBytes(Thread.currentThread()),
				count);
	}

	/**
	 * What a send phase did.
	 *
	 * @param count messages sent
	 * @param sequenceSum sum of their sequence numbers
	 * @param startNanos when sending started
	 * @param endNanos when sending ended
	 * @param cpuTicks CPU ticks of the sending process meanwhile
	 * @param allocatedPerMessage bytes allocated by the sending thread per message
	 */
	record Outcome(long count, long sequenceSum, long startNanos, long endNanos, long cpuTicks,
			double allocatedPerMessage) {

		String toLine() {
			return "SENT " + this.count + " " + this.sequenceSum + " " + this.startNanos + " " + this.endNanos + " "
					+ this.cpuTicks + " " + this.allocatedPerMessage;
		}

	}

}
