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

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.ringbuffer.ManyToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;
import org.hostipc.testsupport.ChildJvm;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.wire.Frame;

/**
 * Rough cross-process measurements, not a test and not a benchmark suite (that lives in
 * {@code ipc-benchmarks}): round trip of 64-byte messages through a raw Agrona ring pair
 * over mapped files against request-reply through the shm endpoints, and the CPU use of
 * an idle consumer. Run with the test class path: <pre>
 * java --add-exports java.base/jdk.internal.misc=ALL-UNNAMED -cp ... org.hostipc.shm.ShmPingPongHarness [iterations]
 * </pre> The system property {@code harness.sections} (comma-separated, default
 * {@code raw,endpoints,throughput,idle}) selects what runs;
 * {@code harness.childJvmOption} adds an option to the child JVMs.
 *
 * @author hostipc
 */
public final class ShmPingPongHarness {

	private static final int CAPACITY = 1024 * 1024;

	private static final int MESSAGE_LENGTH = 64;

	private static final List<String> JVM_OPTIONS = childOptions();

	private ShmPingPongHarness() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].startsWith("child-")) {
			child(args);
			return;
		}
		int iterations = (args.length > 0) ? Integer.parseInt(args[0]) : 200_000;
		List<String> sections = List
			.of(System.getProperty("harness.sections", "raw,endpoints,throughput,idle").split(","));
		Path directory = AbstractShmTests.createRingDirectory();
		try {
			if (sections.contains("raw")) {
				raw(directory, iterations);
			}
			if (sections.contains("endpoints")) {
				for (ShmIdleStrategy idle : ShmIdleStrategy.values()) {
					endpoints(directory, idle, (idle == ShmIdleStrategy.BACKOFF) ? iterations / 10 : iterations);
				}
			}
			if (sections.contains("throughput")) {
				rawThroughput(directory, 5_000_000);
				endpointThroughput(directory, Integer.getInteger("harness.endpointMessages", 2_000_000));
			}
			if (sections.contains("idle")) {
				idleCpu(directory);
			}
		}
		finally {
			AbstractShmTests.deleteRecursively(directory);
		}
	}

	private static void raw(Path directory, int iterations) throws Exception {
		ManyToOneRingBuffer ping = rawRing(directory.resolve("ping.raw"));
		ManyToOneRingBuffer pong = rawRing(directory.resolve("pong.raw"));
		try (ChildJvm child = ChildJvm.start("raw-echo", JVM_OPTIONS, ShmPingPongHarness.class, "child-raw",
				directory.toString())) {
			child.awaitLine("READY", Duration.ofSeconds(60));
			UnsafeBuffer message = new UnsafeBuffer(new byte[MESSAGE_LENGTH]);
			Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(10), 3);
			int[] replies = new int[1];
			for (int i = 0; i < iterations * 2; i++) {
				long start = System.nanoTime();
				message.putLong(0, start);
				while (!ping.write(1, message, 0, MESSAGE_LENGTH)) {
					Thread.onSpinWait();
				}
				replies[0] = 0;
				while (pong.read((type, buffer, index, length) -> replies[0]++) == 0) {
					Thread.onSpinWait();
				}
				if (i >= iterations) {
					histogram.recordValue(System.nanoTime() - start);
				}
			}
			report("raw Agrona ring pair, busy spin", histogram);
		}
	}

	private static ManyToOneRingBuffer rawRing(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE)) {
			MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_WRITE, 0,
					CAPACITY + RingBufferDescriptor.TRAILER_LENGTH);
			return new ManyToOneRingBuffer(new UnsafeBuffer(mapped));
		}
	}

	static void endpoints(Path directory, ShmIdleStrategy idle, int iterations) throws Exception {
		try (ChildJvm child = ChildJvm.start("shm-echo", JVM_OPTIONS, ShmPingPongHarness.class, "child-shm",
				directory.toString(), idle.name())) {
			child.awaitLine("READY", Duration.ofSeconds(60));
			OutboundEndpoint requester = ShmEndpoints.outbound("pingpong", MessagingPattern.REQUEST_REPLY,
					options(directory, idle));
			requester.start();
			try {
				Frame request = Frame.of(null, new byte[MESSAGE_LENGTH]);
				Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(10), 3);
				long allocated = 0;
				for (int i = 0; i < iterations * 2; i++) {
					if (i == iterations) {
						allocated = allocatedBytes();
					}
					long start = System.nanoTime();
					requester.request(request, Duration.ofSeconds(10));
					if (i >= iterations) {
						histogram.recordValue(System.nanoTime() - start);
					}
				}
				allocated = allocatedBytes() - allocated;
				report("shm endpoints request-reply, " + idle.id(), histogram);
				System.out.printf(Locale.ROOT, "  requester thread allocated %.0f bytes per request%n",
						allocated / (double) iterations);
			}
			finally {
				requester.stop();
			}
		}
	}

	private static void rawThroughput(Path directory, int count) throws Exception {
		ManyToOneRingBuffer ring = rawRing(directory.resolve("throughput.raw"));
		long[] received = new long[1];
		long[] first = new long[1];
		try (ChildJvm child = ChildJvm.start("raw-producer", JVM_OPTIONS, ShmPingPongHarness.class, "child-raw-produce",
				directory.toString(), String.valueOf(count))) {
			while (received[0] < count) {
				ring.read((type, buffer, index, length) -> {
					if (received[0]++ == warmUp(count)) {
						first[0] = System.nanoTime();
					}
				});
			}
			reportThroughput("raw Agrona ring, 64-byte messages", count - warmUp(count), System.nanoTime() - first[0]);
		}
	}

	private static void endpointThroughput(Path directory, int count) throws Exception {
		long[] first = new long[1];
		long[] allocated = new long[1];
		java.util.concurrent.atomic.AtomicLong received = new java.util.concurrent.atomic.AtomicLong();
		java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
		InboundEndpoint consumer = ShmEndpoints.inbound("throughput", MessagingPattern.POINT_TO_POINT,
				options(directory, ShmIdleStrategy.BUSY_SPIN));
		consumer.setHandler((frame, replier) -> {
			long n = received.get();
			if (n == warmUp(count)) {
				first[0] = System.nanoTime();
				allocated[0] = allocatedBytes();
			}
			else if (n == count - 1) {
				allocated[0] = allocatedBytes() - allocated[0];
				done.countDown();
			}
			received.set(n + 1);
		});
		consumer.start();
		try (ChildJvm child = ChildJvm.start("shm-producer", JVM_OPTIONS, ShmPingPongHarness.class, "child-shm-produce",
				directory.toString(), String.valueOf(count))) {
			// wait without spinning: the producer and the reader thread have the two
			// cores
			done.await();
			reportThroughput("shm endpoints send, 64-byte payloads", count - warmUp(count),
					System.nanoTime() - first[0]);
			child.awaitExit(Duration.ofSeconds(60));
			System.out.printf(Locale.ROOT,
					"  allocated per message: consumer thread %.0f bytes, producer thread %s bytes%n",
					allocated[0] / (double) (count - 1 - warmUp(count)),
					child.values("PRODUCER_ALLOCATED_PER_MESSAGE"));
		}
		finally {
			consumer.stop();
		}
	}

	/**
	 * Return how many of the messages of a throughput run warm up (the JIT compiles the
	 * loops on both sides meanwhile) before the measured part starts: a fifth.
	 * @param count the messages of the run
	 * @return the messages not measured
	 */
	static int warmUp(int count) {
		return count / 5;
	}

	static void reportThroughput(String name, int count, long nanos) {
		System.out.printf(Locale.ROOT, "%-45s %6.2f M msg/s (%d messages)%n", name, count / (nanos / 1e9) / 1e6, count);
	}

	private static void idleCpu(Path directory) throws Exception {
		try (ChildJvm child = ChildJvm.start("idle", JVM_OPTIONS, ShmPingPongHarness.class, "child-idle",
				directory.toString())) {
			child.awaitLine("READY", Duration.ofSeconds(60));
			Thread.sleep(5000);
			long before = cpuTicks(child.pid());
			long start = System.nanoTime();
			Thread.sleep(10_000);
			long ticks = cpuTicks(child.pid()) - before;
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf(Locale.ROOT,
					"idle consumer (backoff, whole JVM): %d ticks in %.1f s = %.2f%% of a core%n", ticks, seconds,
					ticks / (100.0 * seconds) * 100);
		}
	}

	private static long cpuTicks(long pid) throws IOException {
		String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

	/**
	 * Return the bytes allocated so far by the current thread.
	 * @return the allocated bytes
	 */
	static long allocatedBytes() {
		return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean())
			.getCurrentThreadAllocatedBytes();
	}

	static void report(String name, Histogram histogram) {
		System.out.printf(Locale.ROOT, "%-45s p50 %7.2f us  p99 %7.2f us  p99.9 %8.2f us  (%d samples)%n", name,
				histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0,
				histogram.getValueAtPercentile(99.9) / 1000.0, histogram.getTotalCount());
	}

	/**
	 * Return the options of child JVMs: {@code -Xmx256m} and the value of the system
	 * property {@code harness.childJvmOption} if set (to profile a child, for example).
	 * @return the options
	 */
	static List<String> childOptions() {
		String extra = System.getProperty("harness.childJvmOption");
		return (extra != null) ? List.of("-Xmx256m", extra) : List.of("-Xmx256m");
	}

	static ShmOptions options(Path directory, ShmIdleStrategy idle) {
		return ShmOptions.builder()
			.directory(directory.resolve("rings"))
			.capacity(CAPACITY)
			.limits(new org.hostipc.wire.FrameLimits(4096, 2048, 32))
			.idleStrategy(idle)
			.build();
	}

	private static void child(String[] args) throws Exception {
		Path directory = Path.of(args[1]);
		switch (args[0]) {
			case "child-raw" -> rawEcho(directory);
			case "child-shm" -> shmEcho(directory, ShmIdleStrategy.valueOf(args[2]));
			case "child-raw-produce" -> {
				ManyToOneRingBuffer ring = rawRing(directory.resolve("throughput.raw"));
				UnsafeBuffer message = new UnsafeBuffer(new byte[MESSAGE_LENGTH]);
				for (int i = Integer.parseInt(args[2]); i > 0; i--) {
					while (!ring.write(1, message, 0, MESSAGE_LENGTH)) {
						Thread.onSpinWait();
					}
				}
			}
			case "child-shm-produce" -> {
				OutboundEndpoint producer = ShmEndpoints.outbound("throughput", MessagingPattern.POINT_TO_POINT,
						options(directory, ShmIdleStrategy.BUSY_SPIN));
				producer.start();
				Frame frame = Frame.of(null, new byte[MESSAGE_LENGTH]);
				int count = Integer.parseInt(args[2]);
				long allocated = allocatedBytes();
				for (int i = count; i > 0; i--) {
					producer.send(frame);
				}
				allocated = allocatedBytes() - allocated;
				producer.stop();
				System.out.printf(Locale.ROOT, "PRODUCER_ALLOCATED_PER_MESSAGE %.0f%n", allocated / (double) count);
			}
			case "child-idle" -> {
				InboundEndpoint consumer = ShmEndpoints.inbound("idle", MessagingPattern.POINT_TO_POINT,
						options(directory, ShmIdleStrategy.BACKOFF));
				consumer.setHandler((frame, replier) -> {
				});
				consumer.start();
				System.out.println("READY");
				Thread.currentThread().join();
			}
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	private static void rawEcho(Path directory) throws IOException {
		ManyToOneRingBuffer ping = rawRing(directory.resolve("ping.raw"));
		ManyToOneRingBuffer pong = rawRing(directory.resolve("pong.raw"));
		System.out.println("READY");
		while (true) {
			if (ping.read((type, buffer, index, length) -> {
				while (!pong.write(type, buffer, index, length)) {
					Thread.onSpinWait();
				}
			}) == 0) {
				Thread.onSpinWait();
			}
		}
	}

	private static void shmEcho(Path directory, ShmIdleStrategy idle) throws InterruptedException {
		InboundEndpoint responder = ShmEndpoints.inbound("pingpong", MessagingPattern.REQUEST_REPLY,
				options(directory, idle));
		responder.setHandler((frame, replier) -> replier.reply(frame));
		responder.start();
		System.out.println("READY");
		Thread.currentThread().join();
	}

}
