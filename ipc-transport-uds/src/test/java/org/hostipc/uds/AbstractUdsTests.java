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

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import org.hostipc.transport.FrameHandler;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.IpcEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.wire.Frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Base class of the UDS tests: a short temporary socket path, endpoints that are stopped
 * after each test, and a check that no {@code ipc-uds-*} thread survives.
 *
 * @author hostipc
 */
abstract class AbstractUdsTests {

	@TempDir
	Path tempDir;

	private final List<IpcEndpoint> endpoints = Collections.synchronizedList(new ArrayList<>());

	@AfterEach
	void stopEndpointsAndCheckThreads() {
		List<IpcEndpoint> toStop = new ArrayList<>(this.endpoints);
		Collections.reverse(toStop);
		toStop.forEach(IpcEndpoint::stop);
		assertThat(udsThreads()).as("ipc-uds threads alive after stop").isEmpty();
	}

	Path socketPath() {
		return this.tempDir.resolve("s.sock");
	}

	UdsOptions.Builder options() {
		return UdsOptions.builder(socketPath())
			.sendTimeout(Duration.ofSeconds(2))
			.reconnectBackoff(Duration.ofMillis(10), Duration.ofMillis(100));
	}

	<T extends IpcEndpoint> T track(T endpoint) {
		this.endpoints.add(endpoint);
		return endpoint;
	}

	InboundEndpoint startedInbound(MessagingPattern pattern, UdsOptions options, FrameHandler handler) {
		InboundEndpoint endpoint = track(UdsEndpoints.inbound("test", pattern, options));
		endpoint.setHandler(handler);
		endpoint.start();
		return endpoint;
	}

	OutboundEndpoint startedOutbound(MessagingPattern pattern, UdsOptions options) {
		OutboundEndpoint endpoint = track(UdsEndpoints.outbound("test", pattern, options));
		endpoint.start();
		return endpoint;
	}

	static void awaitUp(IpcEndpoint endpoint) {
		await().atMost(Duration.ofSeconds(10)).until(() -> endpoint.state().isUp());
	}

	static List<String> udsThreads() {
		List<String> names = new ArrayList<>();
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			if (thread.getName().startsWith("ipc-uds-") && thread.isAlive()) {
				names.add(thread.getName());
			}
		}
		return names;
	}

	static Frame frame(String text) {
		return Frame.of(Map.of("kind", "test"), text.getBytes(StandardCharsets.UTF_8));
	}

	static String text(Frame frame) {
		return new String(frame.payload(), StandardCharsets.UTF_8);
	}

}
