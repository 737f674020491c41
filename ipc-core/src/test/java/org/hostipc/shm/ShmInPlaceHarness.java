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
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.hostipc.testsupport.ChildJvm;
import org.hostipc.transport.BufferOutboundEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.ViewInboundEndpoint;

/**
 * Rough cross-process throughput of the allocation-free paths of the shm endpoints, next
 * to {@link ShmPingPongHarness}'s {@code Frame}-based figure: a child JVM sends 64-byte
 * payloads from one direct buffer ({@link BufferOutboundEndpoint}) flat out, and this JVM
 * reads them in place ({@link ViewInboundEndpoint}), touching every payload byte. Run
 * like {@link ShmPingPongHarness}; the argument is the message count.
 *
 * @author hostipc
 */
public final class ShmInPlaceHarness {

	private static final int MESSAGE_LENGTH = 64;

	private ShmInPlaceHarness() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 2 && args[0].equals("child-produce")) {
			produce(Path.of(args[1]), Integer.parseInt(args[2]));
			return;
		}
		int count = (args.length > 0) ? Integer.parseInt(args[0]) : 5_000_000;
		Path directory = AbstractShmTests.createRingDirectory();
		try {
			consume(directory, count);
		}
		finally {
			AbstractShmTests.deleteRecursively(directory);
		}
	}

	private static void consume(Path directory, int count) throws Exception {
		long[] first = new long[1];
		long[] allocated = new long[1];
		long[] checksum = new long[1];
		AtomicLong received = new AtomicLong();
		CountDownLatch done = new CountDownLatch(1);
		ViewInboundEndpoint consumer = (ViewInboundEndpoint) ShmEndpoints.inbound("inplace",
				MessagingPattern.POINT_TO_POINT, ShmPingPongHarness.options(directory, ShmIdleStrategy.BUSY_SPIN));
		consumer.setViewHandler((frame, replier) -> {
			long n = received.get();
			if (n == ShmPingPongHarness.warmUp(count)) {
				first[0] = System.nanoTime();
				allocated[0] = ShmPingPongHarness.allocatedBytes();
			}
			else if (n == count - 1) {
				allocated[0] = ShmPingPongHarness.allocatedBytes() - allocated[0];
				done.countDown();
			}
			ByteBuffer buffer = frame.buffer();
			int end = frame.payloadOffset() + frame.payloadLength();
			long sum = 0;
			for (int i = frame.payloadOffset(); i < end; i++) {
				sum += buffer.get(i);
			}
			checksum[0] += sum;
			received.set(n + 1);
		});
		consumer.start();
		try (ChildJvm child = ChildJvm.start("inplace-producer", ShmPingPongHarness.childOptions(),
				ShmInPlaceHarness.class, "child-produce", directory.toString(), String.valueOf(count))) {
			// wait without spinning: the producer and the reader thread have the two
			// cores
			done.await();
			ShmPingPongHarness.reportThroughput("shm endpoints in place, 64-byte payloads",
					count - ShmPingPongHarness.warmUp(count), System.nanoTime() - first[0]);
			child.awaitExit(Duration.ofSeconds(60));
			System.out.printf(Locale.ROOT,
					"  allocated per message: consumer thread %.0f bytes, producer thread %s bytes (payload sum %d)%n",
					allocated[0] / (double) (count - 1 - ShmPingPongHarness.warmUp(count)),
					child.values("PRODUCER_ALLOCATED_PER_MESSAGE"), checksum[0]);
			System.out.println("  producer: " + child.values("PRODUCER_WAITS"));
		}
		finally {
			consumer.stop();
		}
	}

	private static void produce(Path directory, int count) {
		BufferOutboundEndpoint producer = (BufferOutboundEndpoint) ShmEndpoints.outbound("inplace",
				MessagingPattern.POINT_TO_POINT, ShmPingPongHarness.options(directory, ShmIdleStrategy.BUSY_SPIN));
		long[] waits = new long[2];
		producer.counters().setBackpressureWaitRecorder((nanos) -> {
			waits[0]++;
			waits[1] += nanos;
		});
		producer.start();
		ByteBuffer payload = ByteBuffer.allocateDirect(MESSAGE_LENGTH);
		for (int i = 0; i < MESSAGE_LENGTH; i++) {
			payload.put(i, (byte) 1);
		}
		Map<String, Object> headers = Collections.emptyMap();
		long allocated = ShmPingPongHarness.allocatedBytes();
		for (int i = count; i > 0; i--) {
			producer.send(headers, payload);
		}
		allocated = ShmPingPongHarness.allocatedBytes() - allocated;
		producer.stop();
		System.out.printf(Locale.ROOT, "PRODUCER_ALLOCATED_PER_MESSAGE %.0f%n", allocated / (double) count);
		System.out.printf(Locale.ROOT, "PRODUCER_WAITS %d waits for room, %d ms in all%n", waits[0],
				waits[1] / 1_000_000);
	}

}
