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

package org.hostipc.chronicle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.hostipc.transport.FrameHandler;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.IpcEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.wire.Frame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the Chronicle Queue tests: a fresh base directory, endpoints stopped after each
 * test, and a check that no reader thread outlives its endpoint.
 *
 * @author hostipc
 */
abstract class AbstractChronicleTests {

	static final Duration AWAIT = Duration.ofSeconds(30);

	@TempDir
	Path directory;

	private final List<IpcEndpoint> endpoints = Collections.synchronizedList(new ArrayList<>());

	@AfterEach
	void stopEndpointsAndCheckThreads() {
		List<IpcEndpoint> toStop = new ArrayList<>(this.endpoints);
		Collections.reverse(toStop);
		toStop.forEach(IpcEndpoint::stop);
		assertThat(Thread.getAllStackTraces().keySet())
			.filteredOn((thread) -> thread.getName().startsWith("ipc-chronicle-"))
			.as("ipc-chronicle reader threads alive after stop")
			.isEmpty();
	}

	ChronicleOptions.Builder options() {
		return ChronicleOptions.builder().directory(this.directory).retryBackoff(Duration.ofMillis(10));
	}

	OutboundEndpoint outbound(String channel, MessagingPattern pattern) {
		return track(ChronicleEndpoints.outbound(channel, pattern, options().build()));
	}

	InboundEndpoint inbound(String channel, MessagingPattern pattern, UnaryOperator<ChronicleOptions.Builder> settings,
			FrameHandler handler) {
		InboundEndpoint endpoint = track(
				ChronicleEndpoints.inbound(channel, pattern, settings.apply(options()).build()));
		endpoint.setHandler(handler);
		return endpoint;
	}

	<T extends IpcEndpoint> T track(T endpoint) {
		this.endpoints.add(endpoint);
		return endpoint;
	}

	static Frame text(String text) {
		return Frame.of(Map.of("kind", "test"), text.getBytes(StandardCharsets.UTF_8));
	}

	static String text(Frame frame) {
		return new String(frame.payload(), StandardCharsets.UTF_8);
	}

	static void sendAll(OutboundEndpoint outbound, String prefix, int from, int to) {
		for (int i = from; i < to; i++) {
			outbound.send(text(prefix + i));
		}
	}

	static List<String> texts(String prefix, int from, int to) {
		List<String> texts = new ArrayList<>();
		for (int i = from; i < to; i++) {
			texts.add(prefix + i);
		}
		return texts;
	}

}
