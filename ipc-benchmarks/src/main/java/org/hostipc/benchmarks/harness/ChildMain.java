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

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.sun.management.OperatingSystemMXBean;
import org.HdrHistogram.Histogram;

import org.hostipc.benchmarks.subjects.Receiver;
import org.hostipc.benchmarks.subjects.Sender;
import org.hostipc.benchmarks.subjects.Subject;
import org.hostipc.benchmarks.subjects.SubjectContext;
import org.hostipc.benchmarks.subjects.Subjects;

/**
 * Entry point of the sender and receiver JVMs. Arguments: role ({@code sender},
 * {@code receiver} or {@code both}), subject id, profile, directory and queue directory
 * (see {@link SubjectContext}). Commands arrive one per line on standard input; answers
 * are lines on standard output that start with {@value #PREFIX}:
 * <ul>
 * <li>senders first wait for {@code START info}, where info is what the receiver answered
 * in its {@code READY info} once started</li>
 * <li>{@code ARM latency|throughput} &rarr; {@code ARMED}</li>
 * <li>{@code PACED size rate count} and {@code FLAT size millis} &rarr;
 * {@code SENT count sequenceSum startNanos endNanos cpuTicks allocatedPerMessage}</li>
 * <li>{@code COLLECT count timeoutMillis} &rarr; {@code COLLECTED count sequenceSum
 * wordSum firstNanos lastNanos cpuTicks wallNanos stray histogram allocatedPerMessage}
 * (bytes allocated by the receiving thread per message)</li>
 * <li>{@code QUIT}</li>
 * </ul>
 * For a round-trip subject the replies arrive in the sender's JVM, which then answers
 * {@code ARM} and {@code COLLECT} for the latency and counts; the receiver (the
 * responder) answers them too, for its CPU use over the phase.
 * <ul>
 * </ul>
 *
 * @author hostipc
 */
public final class ChildMain {

	/** Prefix of protocol lines on standard output. */
	public static final String PREFIX = "#BENCH ";

	private final MessageSink sink = new MessageSink();

	private MessageSink.Phase phase;

	private long armTicks;

	private long armNanos;

	private long armAllocated;

	private SendLoop sendLoop;

	private ChildMain() {
	}

	public static void main(String[] args) {
		try {
			new ChildMain().run(args);
			System.exit(0);
		}
		catch (Throwable ex) {
			ex.printStackTrace();
			reply("ERROR " + String.valueOf(ex).replace('\n', ' '));
			System.exit(1);
		}
	}

	private void run(String[] args) throws Exception {
		String role = args[0];
		Subject subject = Subjects.get(args[1]);
		BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		String info = "";
		if (role.equals("sender")) {
			// started together with the receiver: wait until it is ready and says where
			// it is
			String start = input.readLine();
			if (start == null || !start.startsWith("START ")) {
				throw new IllegalStateException("Expected START, got " + start);
			}
			String reported = start.substring("START ".length());
			info = reported.equals("-") ? "" : reported;
		}
		SubjectContext context = new SubjectContext(Path.of(args[3]), Path.of(args[4]), Profile.of(args[2]), info);
		Receiver receiver = null;
		Sender sender = null;
		try {
			if (!role.equals("sender")) {
				receiver = subject.receiver(context);
				info = receiver.start(this.sink);
			}
			if (!role.equals("receiver")) {
				sender = subject.roundTrip() ? subject.requester(context, this.sink) : subject.sender(context);
				sender.start();
				this.sendLoop = new SendLoop(sender);
			}
			reply("READY " + (info.isEmpty() ? "-" : info));
			commands(input);
		}
		finally {
			if (sender != null) {
				sender.close();
			}
			if (receiver != null) {
				receiver.close();
			}
		}
	}

	private void commands(BufferedReader input) throws Exception {
		String line;
		while ((line = input.readLine()) != null) {
			String[] words = line.trim().split(" ");
			switch (words[0]) {
				case "ARM" -> {
					this.armTicks = ProcessCpu.ticks();
					this.armNanos = System.nanoTime();
					this.armAllocated = this.sink.receivingThreadAllocatedBytes();
					this.phase = this.sink.arm(words[1].equals("latency"));
					reply("ARMED");
				}
				case "PACED" -> reply(this.sendLoop
					.paced(Integer.parseInt(words[1]), Integer.parseInt(words[2]), Long.parseLong(words[3]))
					.toLine());
				case "FLAT" -> reply(this.sendLoop
					.flatOut(Integer.parseInt(words[1]), TimeUnit.MILLISECONDS.toNanos(Long.parseLong(words[2])))
					.toLine());
				case "COLLECT" -> collect(Long.parseLong(words[1]), Long.parseLong(words[2]));
				case "JIT" -> reply("JIT " + ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
				case "IDLE" -> idle(Long.parseLong(words[1]));
				case "QUIT" -> {
					return;
				}
				default -> throw new IllegalArgumentException("Unknown command: " + line);
			}
		}
	}

	/**
	 * Measure the CPU time of this whole JVM (every thread) while nothing is sent, with
	 * nanosecond resolution from the threads' scheduler accounting (process totals move
	 * in 10 ms clock ticks, 0.5% of a core over 2 s); where that is not available, with
	 * the process CPU time.
	 */
	private void idle(long millis) throws InterruptedException {
		MessageSink.Phase phase = this.sink.arm(false);
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		Map<String, Long> threads = ProcessCpu.threadNanos();
		long cpu = os.getProcessCpuTime();
		long start = System.nanoTime();
		Thread.sleep(millis);
		long used = ProcessCpu.nanosSince(threads);
		if (used < 0) {
			used = os.getProcessCpuTime() - cpu;
		}
		reply("IDLE " + used + " " + (System.nanoTime() - start) + " " + phase.count());
	}

	private void collect(long expected, long timeoutMillis) throws InterruptedException {
		MessageSink.Phase phase = this.phase;
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
		while (phase.count() < expected && System.nanoTime() < deadline) {
			Thread.sleep(1);
		}
		long ticks = ProcessCpu.ticks() - this.armTicks;
		long wall = System.nanoTime() - this.armNanos;
		long count = phase.count();
		long allocated = this.sink.receivingThreadAllocatedBytes();
		double allocatedPerMessage = ThreadAllocation.perMessage(this.armAllocated, allocated, count);
		reply("COLLECTED " + count + " " + phase.sequenceSum() + " " + phase.wordSum() + " " + phase.firstNanos() + " "
				+ phase.lastNanos() + " " + ticks + " " + wall + " " + this.sink.stray() + " "
				+ encode(phase.histogram()) + " " + allocatedPerMessage);
	}

	static String encode(Histogram histogram) {
		if (histogram == null || histogram.getTotalCount() == 0) {
			return "-";
		}
		ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
		int length = histogram.encodeIntoCompressedByteBuffer(buffer);
		byte[] bytes = new byte[length];
		buffer.flip();
		buffer.get(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

	static synchronized void reply(String line) {
		System.out.println(PREFIX + line);
		System.out.flush();
	}

}
