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

package org.hostipc.uds;

import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.HdrHistogram.Histogram;

import org.hostipc.testsupport.ChildJvm;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.wire.Frame;

/**
 * Cross-process round-trip latency of (a) a raw JDK Unix domain socket ping-pong with
 * blocking {@link SocketChannel}s and fixed 64-byte messages and (b) the UDS transport's
 * request-reply with a 64-byte payload, each against an echo server in its own child JVM.
 * <p>
 * Both children run for the whole measurement and the two clients alternate in blocks of
 * {@value #BLOCK} round trips, so that both see the same machine load (on a shared
 * machine the load changes within seconds, and measuring one after the other compares
 * different conditions). Each client is warmed up first. Prints p50, p99 and p99.9 in
 * microseconds and the ratios.
 * <p>
 * Usage: {@code UdsPingPongHarness [warmup] [iterations]}, defaults 50000 and 300000 per
 * client. Not a test: a main class for manual runs; benchmarks proper belong in
 * {@code ipc-benchmarks}.
 *
 * @author hostipc
 */
public final class UdsPingPongHarness {

	private static final int MESSAGE_LENGTH = 64;

	private static final int BLOCK = 2_000;

	private static final List<String> CHILD_OPTIONS = List.of("-Xms64m", "-Xmx64m");

	private UdsPingPongHarness() {
	}

	public static void main(String[] args) throws Exception {
		int warmup = (args.length > 0) ? Integer.parseInt(args[0]) : 50_000;
		int iterations = (args.length > 1) ? Integer.parseInt(args[1]) : 300_000;
		Path directory = Files.createTempDirectory(Path.of("/tmp"), "ipc-bench");
		Path rawPath = directory.resolve("raw.sock");
		Path udsPath = directory.resolve("uds.sock");
		Path adapterPath = directory.resolve("adapter.sock");
		try (ChildJvm rawEcho = ChildJvm.start("raw-echo", CHILD_OPTIONS, UdsPeerMain.class, "raw-echo",
				rawPath.toString());
				ChildJvm udsEcho = ChildJvm.start("echo-server", CHILD_OPTIONS, UdsPeerMain.class, "echo-server",
						udsPath.toString());
				ChildJvm adapterEcho = ChildJvm.start("adapter-echo-server", CHILD_OPTIONS, UdsPeerMain.class,
						"adapter-echo-server", adapterPath.toString())) {
			rawEcho.awaitLine("READY", Duration.ofSeconds(60));
			udsEcho.awaitLine("READY", Duration.ofSeconds(60));
			adapterEcho.awaitLine("READY", Duration.ofSeconds(60));
			try (SocketChannel raw = SocketChannel.open(StandardProtocolFamily.UNIX);
					var requester = AdapterEchoConfiguration.requester(adapterPath)) {
				raw.connect(SocketFiles.address(rawPath));
				OutboundEndpoint uds = UdsEndpoints.outbound("bench", MessagingPattern.REQUEST_REPLY,
						UdsOptions.builder(udsPath).build());
				uds.start();
				try {
					measure(raw, uds, requester.getBean(AdapterEchoConfiguration.EchoClient.class), warmup, iterations);
				}
				finally {
					uds.stop();
				}
			}
		}
		Files.deleteIfExists(directory);
	}

	private static void measure(SocketChannel raw, OutboundEndpoint uds, AdapterEchoConfiguration.EchoClient adapters,
			int warmup, int iterations) throws Exception {
		ByteBuffer buffer = ByteBuffer.allocateDirect(MESSAGE_LENGTH);
		Frame request = Frame.of(null, new byte[MESSAGE_LENGTH]);
		Duration timeout = Duration.ofSeconds(5);
		Histogram rawHistogram = histogram();
		Histogram udsHistogram = histogram();
		Histogram adapterHistogram = histogram();
		byte[] payload = new byte[MESSAGE_LENGTH];
		for (int i = 0; i < warmup; i++) {
			rawRoundTrip(raw, buffer);
			uds.request(request, timeout);
			adapters.echo(payload);
		}
		for (int done = 0; done < iterations; done += BLOCK) {
			for (int i = 0; i < BLOCK; i++) {
				long start = System.nanoTime();
				rawRoundTrip(raw, buffer);
				rawHistogram.recordValue(System.nanoTime() - start);
			}
			for (int i = 0; i < BLOCK; i++) {
				long start = System.nanoTime();
				uds.request(request, timeout);
				udsHistogram.recordValue(System.nanoTime() - start);
			}
			for (int i = 0; i < BLOCK; i++) {
				long start = System.nanoTime();
				adapters.echo(payload);
				adapterHistogram.recordValue(System.nanoTime() - start);
			}
		}
		print("raw JDK UDS", rawHistogram);
		print("hostipc uds request", udsHistogram);
		print("hostipc adapters", adapterHistogram);
		ratio("transport/raw", udsHistogram, rawHistogram);
		ratio("adapters/raw", adapterHistogram, rawHistogram);
	}

	private static void ratio(String label, Histogram ours, Histogram raw) {
		System.out.printf(Locale.ROOT, "ratio %s: p50 %.2f, p99 %.2f%n", label,
				(double) ours.getValueAtPercentile(50) / raw.getValueAtPercentile(50),
				(double) ours.getValueAtPercentile(99) / raw.getValueAtPercentile(99));
	}

	private static void rawRoundTrip(SocketChannel channel, ByteBuffer buffer) throws Exception {
		buffer.clear();
		while (buffer.hasRemaining()) {
			channel.write(buffer);
		}
		buffer.clear();
		while (buffer.hasRemaining()) {
			if (channel.read(buffer) < 0) {
				throw new IllegalStateException("echo server closed the connection");
			}
		}
	}

	private static Histogram histogram() {
		return new Histogram(Duration.ofSeconds(10).toNanos(), 3);
	}

	private static void print(String label, Histogram histogram) {
		System.out.printf(Locale.ROOT, "%-20s p50 %7.2f us  p99 %7.2f us  p99.9 %8.2f us  (n=%d)%n", label,
				histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0,
				histogram.getValueAtPercentile(99.9) / 1000.0, histogram.getTotalCount());
	}

}
