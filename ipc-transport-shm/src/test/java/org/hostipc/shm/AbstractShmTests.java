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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hostipc.transport.FrameHandler;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.IpcEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.wire.Frame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Base of the shared-memory tests: a fresh ring directory under {@code /dev/shm} (or the
 * temp directory), endpoints stopped after each test, and a check that no reader thread
 * outlives its endpoint.
 *
 * @author hostipc
 */
abstract class AbstractShmTests {

	static final Duration AWAIT = Duration.ofSeconds(30);

	Path directory;

	private final List<IpcEndpoint> endpoints = Collections.synchronizedList(new ArrayList<>());

	@BeforeEach
	void createDirectory() throws IOException {
		this.directory = createRingDirectory();
	}

	@AfterEach
	void stopEndpointsAndCheckThreads() throws IOException {
		List<IpcEndpoint> toStop = new ArrayList<>(this.endpoints);
		Collections.reverse(toStop);
		toStop.forEach(IpcEndpoint::stop);
		deleteRecursively(this.directory);
		assertThat(readerThreads()).as("ipc-shm reader threads alive after stop").isEmpty();
	}

	static Path createRingDirectory() throws IOException {
		Path shm = Path.of("/dev/shm");
		Path base = Files.isDirectory(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
		return Files.createTempDirectory(base, "ipct");
	}

	static void deleteRecursively(Path directory) throws IOException {
		if (directory == null || !Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	ShmOptions.Builder options() {
		return ShmOptions.builder()
			.directory(this.directory.resolve("rings"))
			.capacity(64 * 1024)
			.limits(new org.hostipc.wire.FrameLimits(4096, 2048, 32))
			.sendTimeout(Duration.ofSeconds(5));
	}

	<T extends IpcEndpoint> T track(T endpoint) {
		this.endpoints.add(endpoint);
		return endpoint;
	}

	InboundEndpoint startedInbound(MessagingPattern pattern, ShmOptions options, FrameHandler handler) {
		InboundEndpoint endpoint = track(ShmEndpoints.inbound("test", pattern, options));
		endpoint.setHandler(handler);
		endpoint.start();
		return endpoint;
	}

	OutboundEndpoint startedOutbound(MessagingPattern pattern, ShmOptions options) {
		OutboundEndpoint endpoint = track(ShmEndpoints.outbound("test", pattern, options));
		endpoint.start();
		return endpoint;
	}

	static List<String> readerThreads() {
		List<String> names = new ArrayList<>();
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			if (thread.getName().startsWith("ipc-shm-") && !thread.getName().equals("ipc-shm-timer")
					&& thread.isAlive()) {
				names.add(thread.getName());
			}
		}
		return names;
	}

	static void awaitUp(IpcEndpoint endpoint) {
		await().atMost(AWAIT).until(() -> endpoint.state().isUp());
	}

	static Frame frame(String text) {
		return Frame.of(Map.of("kind", "test"), text.getBytes(StandardCharsets.UTF_8));
	}

	static String text(Frame frame) {
		return new String(frame.payload(), StandardCharsets.UTF_8);
	}

}
