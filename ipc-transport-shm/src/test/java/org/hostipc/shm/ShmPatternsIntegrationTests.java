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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import org.hostipc.testsupport.ChildJvm;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.wire.Frame;
import org.junit.jupiter.api.Test;

import static org.hostipc.testsupport.Copies.copying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every shared-memory pattern across processes, and a stress test with several producer
 * processes.
 *
 * @author hostipc
 */
class ShmPatternsIntegrationTests extends AbstractShmIntegrationTests {

	@Test
	void pointToPointFramesFromAnotherProcessShouldArriveInOrder() throws Exception {
		List<String> received = new CopyOnWriteArrayList<>();
		startedInbound(MessagingPattern.POINT_TO_POINT, childOptions(),
				copying((frame, replier) -> received.add(text(frame))));
		ChildJvm producer = child("producer", "produce", rings().toString(), "test", "a", "2000");
		assertThat(producer.awaitExit(CHILD_TIMEOUT)).isZero();
		await().atMost(AWAIT).until(() -> received.size() == 2000);
		assertThat(received).containsExactlyElementsOf(IntStream.range(0, 2000).mapToObj((i) -> "a:" + i).toList());
	}

	@Test
	void requestsShouldBeAnsweredByAnotherProcess() throws Exception {
		ChildJvm responder = child("responder", "respond", rings().toString(), "test");
		responder.awaitLine("READY", CHILD_TIMEOUT);
		OutboundEndpoint requester = startedOutbound(MessagingPattern.REQUEST_REPLY, childOptions());
		for (int i = 0; i < 200; i++) {
			Frame reply = requester.request(frame("q" + i), Duration.ofSeconds(20));
			assertThat(text(reply)).isEqualTo("re:q" + i);
		}
		assertThat(requester.counters().errors()).isZero();
	}

	@Test
	void twoSubscriberProcessesShouldEachReceiveEveryPublishedFrame() throws Exception {
		ChildJvm first = child("subscriber-1", "subscribe", rings().toString(), "test");
		ChildJvm second = child("subscriber-2", "subscribe", rings().toString(), "test");
		first.awaitLine("READY", CHILD_TIMEOUT);
		second.awaitLine("READY", CHILD_TIMEOUT);
		ShmOptions options = ShmOptions.builder()
			.directory(rings())
			.capacity(1024 * 1024)
			.limits(childOptions().limits())
			.minSubscribers(2)
			.sendTimeout(Duration.ofSeconds(30))
			.build();
		OutboundEndpoint publisher = startedOutbound(MessagingPattern.PUBLISH_SUBSCRIBE, options);
		for (int i = 0; i < 500; i++) {
			publisher.send(frame("p" + i));
		}
		List<String> expected = IntStream.range(0, 500).mapToObj((i) -> "p" + i).toList();
		first.awaitOutput((lines) -> first.values("RECV").size() == 500, CHILD_TIMEOUT);
		second.awaitOutput((lines) -> second.values("RECV").size() == 500, CHILD_TIMEOUT);
		assertThat(first.values("RECV")).containsExactlyElementsOf(expected);
		assertThat(second.values("RECV")).containsExactlyElementsOf(expected);
	}

	@Test
	void severalProducerProcessesShouldDeliverEveryMessageOnceAndInOrderPerProducer() throws Exception {
		int perProducer = 5000;
		Map<String, List<Integer>> received = new ConcurrentHashMap<>();
		startedInbound(MessagingPattern.POINT_TO_POINT, childOptions(), copying((frame, replier) -> {
			String[] parts = new String(frame.payload(), StandardCharsets.UTF_8).split(":");
			received.computeIfAbsent(parts[0], (key) -> new CopyOnWriteArrayList<>()).add(Integer.parseInt(parts[1]));
		}));
		List<ChildJvm> producers = new ArrayList<>();
		for (String id : List.of("p1", "p2", "p3")) {
			producers.add(child(id, "produce", rings().toString(), "test", id, String.valueOf(perProducer)));
		}
		for (ChildJvm producer : producers) {
			assertThat(producer.awaitExit(CHILD_TIMEOUT)).isZero();
		}
		await().atMost(AWAIT).until(() -> received.values().stream().mapToInt(List::size).sum() == 3 * perProducer);
		assertThat(received).containsOnlyKeys("p1", "p2", "p3");
		List<Integer> expected = IntStream.range(0, perProducer).boxed().toList();
		received.values().forEach((sequence) -> assertThat(sequence).containsExactlyElementsOf(expected));
	}

	@Test
	void whenJvmLacksTheAgronaExportThenStartFailsNamingTheOption() throws Exception {
		ChildJvm child = ChildJvm.startWithOptions("no-export", List.of("-Xmx64m"), ShmChildMain.class, "consume",
				rings().toString(), "test");
		this.children.add(child);
		assertThat(child.awaitExit(CHILD_TIMEOUT)).isNotZero();
		assertThat(String.join("\n", child.lines()))
			.contains("The shm transport needs the JVM option '--add-exports java.base/jdk.internal.misc=ALL-UNNAMED'");
	}

}
