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

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.hostipc.testsupport.ChildJvm;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.transport.PeerUnavailableException;
import org.hostipc.wire.Frame;

import static org.hostipc.testsupport.Copies.copying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Cross-process tests of the UDS transport: the other end runs in a child JVM
 * ({@link UdsPeerMain}).
 *
 * @author hostipc
 */
class UdsCrossProcessIntegrationTests extends AbstractUdsTests {

	private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(60);

	@Test
	void childClientShouldSendToServerInThisProcess() throws Exception {
		List<Frame> received = new CopyOnWriteArrayList<>();
		startedInbound(MessagingPattern.POINT_TO_POINT, options().build(),
				copying((frame, replier) -> received.add(frame)));
		try (ChildJvm child = peer("p2p-client", socketPath().toString(), "100")) {
			child.awaitLine("SENT 100", CHILD_TIMEOUT);
			await().atMost(CHILD_TIMEOUT).until(() -> received.size() == 100);
		}
		assertThat(received).extracting(AbstractUdsTests::text).containsExactlyElementsOf(expected("child-", 100));
		assertThat(received.get(0).headers()).containsEntry("from", "child");
	}

	@Test
	void clientInThisProcessShouldSendToChildServer() throws Exception {
		try (ChildJvm child = peer("p2p-server", socketPath().toString())) {
			child.awaitLine("READY", CHILD_TIMEOUT);
			OutboundEndpoint client = startedOutbound(MessagingPattern.POINT_TO_POINT, options().build());
			for (int i = 0; i < 100; i++) {
				client.send(frame("parent-" + i));
			}
			await().atMost(CHILD_TIMEOUT).until(() -> child.values("RECEIVED").size() == 100);
			assertThat(child.values("RECEIVED")).containsExactlyElementsOf(expected("parent-", 100));
		}
	}

	@Test
	void requestsShouldBeAnsweredByChildEchoServer() throws Exception {
		try (ChildJvm child = peer("echo-server", socketPath().toString())) {
			child.awaitLine("READY", CHILD_TIMEOUT);
			OutboundEndpoint client = startedOutbound(MessagingPattern.REQUEST_REPLY, options().build());
			for (int i = 0; i < 200; i++) {
				Frame reply = client.request(frame("ping-" + i), CHILD_TIMEOUT);
				assertThat(text(reply)).isEqualTo("ping-" + i);
				assertThat(reply.headers()).containsEntry("kind", "test");
			}
			assertThat(client.counters().messagesReceived()).isEqualTo(200);
		}
	}

	@Test
	void everyChildSubscriberShouldReceiveEveryPublishedFrame() throws Exception {
		OutboundEndpoint publisher = startedOutbound(MessagingPattern.PUBLISH_SUBSCRIBE,
				options().minSubscribers(2).sendTimeout(CHILD_TIMEOUT).build());
		try (ChildJvm first = peer("subscriber", socketPath().toString());
				ChildJvm second = peer("subscriber", socketPath().toString())) {
			for (int i = 0; i < 50; i++) {
				publisher.send(frame("news-" + i));
			}
			await().atMost(CHILD_TIMEOUT)
				.until(() -> first.values("RECEIVED").size() == 50 && second.values("RECEIVED").size() == 50);
			assertThat(first.values("RECEIVED")).containsExactlyElementsOf(expected("news-", 50));
			assertThat(second.values("RECEIVED")).containsExactlyElementsOf(expected("news-", 50));
			assertThat(publisher.counters().messagesSent()).isEqualTo(50);
		}
	}

	@Test
	void clientShouldReconnectWhenChildServerIsKilledAndRestarted() throws Exception {
		OutboundEndpoint client = startedOutbound(MessagingPattern.POINT_TO_POINT,
				options().sendTimeout(CHILD_TIMEOUT).build());
		try (ChildJvm first = peer("p2p-server", socketPath().toString())) {
			first.awaitLine("READY", CHILD_TIMEOUT);
			for (int i = 0; i < 50; i++) {
				client.send(frame("first-" + i));
			}
			await().atMost(CHILD_TIMEOUT).until(() -> first.values("RECEIVED").size() == 50);
			first.kill();
		}
		await().atMost(CHILD_TIMEOUT).until(() -> !client.state().isUp());
		assertThat(socketPath()).as("stale socket file left by the killed server").exists();
		List<Object> outcomes = new CopyOnWriteArrayList<>();
		Thread sender = new Thread(() -> {
			for (int i = 0; i < 50; i++) {
				try {
					client.send(frame("second-" + i));
					outcomes.add("second-" + i);
				}
				catch (RuntimeException ex) {
					outcomes.add(ex);
				}
			}
		});
		sender.start();
		try (ChildJvm second = peer("p2p-server", socketPath().toString())) {
			second.awaitLine("READY", CHILD_TIMEOUT);
			sender.join(CHILD_TIMEOUT.toMillis());
			assertThat(outcomes).hasSize(50)
				.allMatch((outcome) -> outcome instanceof String || outcome instanceof PeerUnavailableException);
			List<String> delivered = new ArrayList<>();
			outcomes.stream().filter(String.class::isInstance).map(String.class::cast).forEach(delivered::add);
			await().atMost(CHILD_TIMEOUT).until(() -> second.values("RECEIVED").size() == delivered.size());
			assertThat(second.values("RECEIVED")).containsExactlyElementsOf(delivered);
			assertThat(delivered).as("sends waited for the restarted server within the send timeout")
				.containsExactlyElementsOf(expected("second-", 50));
			assertThat(client.state().isUp()).isTrue();
		}
	}

	private static List<String> expected(String prefix, int count) {
		return IntStream.range(0, count).mapToObj((i) -> prefix + i).toList();
	}

	private static ChildJvm peer(String... args) throws IOException {
		return ChildJvm.start("uds-peer", UdsPeerMain.class, args);
	}

}
