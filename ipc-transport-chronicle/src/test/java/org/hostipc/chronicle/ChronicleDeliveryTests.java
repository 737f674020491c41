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

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hostipc.transport.EndpointStatus;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.IpcException;
import org.hostipc.transport.IpcIdleStrategy;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.wire.Frame;
import org.junit.jupiter.api.Test;

import static org.hostipc.testsupport.Copies.copying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * Tests of point-to-point and publish-subscribe delivery and of saved positions.
 *
 * @author hostipc
 */
class ChronicleDeliveryTests extends AbstractChronicleTests {

	@Test
	void pointToPointShouldDeliverInOrderWithQueueIndex() {
		List<Frame> received = new CopyOnWriteArrayList<>();
		InboundEndpoint inbound = inbound("orders", MessagingPattern.POINT_TO_POINT, (o) -> o,
				copying((frame, replier) -> received.add(frame)));
		OutboundEndpoint outbound = outbound("orders", MessagingPattern.POINT_TO_POINT);
		inbound.start();
		outbound.start();
		sendAll(outbound, "m", 0, 100);
		await().atMost(AWAIT).until(() -> received.size() == 100);
		assertThat(received).extracting(AbstractChronicleTests::text).containsExactlyElementsOf(texts("m", 0, 100));
		assertThat(received).allSatisfy((frame) -> assertThat(frame.headers()).containsEntry("kind", "test"));
		List<Long> indexes = received.stream()
			.map((frame) -> (Long) frame.headers().get(ChronicleHeaders.QUEUE_INDEX))
			.toList();
		assertThat(indexes).doesNotContainNull().isSorted().doesNotHaveDuplicates();
		assertThat(outbound.counters().messagesSent()).isEqualTo(100);
		assertThat(inbound.counters().messagesReceived()).isEqualTo(100);
		await().atMost(AWAIT).until(() -> ((ChronicleInboundEndpoint) inbound).backlog() == 0);
		assertThat(inbound.state().status()).isEqualTo(EndpointStatus.UP);
		assertThat(inbound.describe()).containsEntry("transport", "chronicle").containsEntry("subscriber", "default");
	}

	@Test
	void busySpinningReaderShouldDeliverInOrder() {
		List<String> received = new CopyOnWriteArrayList<>();
		InboundEndpoint inbound = inbound("fast", MessagingPattern.POINT_TO_POINT,
				(o) -> o.idleStrategy(IpcIdleStrategy.BUSY_SPIN),
				copying((frame, replier) -> received.add(text(frame))));
		OutboundEndpoint outbound = outbound("fast", MessagingPattern.POINT_TO_POINT);
		inbound.start();
		outbound.start();
		sendAll(outbound, "f", 0, 100);
		await().atMost(AWAIT).until(() -> received.size() == 100);
		assertThat(received).containsExactlyElementsOf(texts("f", 0, 100));
		inbound.stop();
		assertThat(inbound.isRunning()).isFalse();
	}

	@Test
	void publishSubscribeShouldDeliverEveryMessageToEverySubscriber() {
		List<String> first = new CopyOnWriteArrayList<>();
		List<String> second = new CopyOnWriteArrayList<>();
		inbound("events", MessagingPattern.PUBLISH_SUBSCRIBE, (o) -> o.subscriberName("first"),
				copying((frame, replier) -> first.add(text(frame))))
			.start();
		inbound("events", MessagingPattern.PUBLISH_SUBSCRIBE, (o) -> o.subscriberName("second"),
				copying((frame, replier) -> second.add(text(frame))))
			.start();
		OutboundEndpoint outbound = outbound("events", MessagingPattern.PUBLISH_SUBSCRIBE);
		outbound.start();
		sendAll(outbound, "e", 0, 50);
		await().atMost(AWAIT).until(() -> first.size() == 50 && second.size() == 50);
		assertThat(first).containsExactlyElementsOf(texts("e", 0, 50));
		assertThat(second).containsExactlyElementsOf(texts("e", 0, 50));
		await().atMost(AWAIT)
			.untilAsserted(() -> assertThat(outbound.state().details().get("subscriberLag"))
				.isEqualTo(java.util.Map.of("first", 0L, "second", 0L)));
	}

	@Test
	void whenConsumerRestartsThenItReceivesExactlyTheMissedMessages() {
		List<String> received = new CopyOnWriteArrayList<>();
		OutboundEndpoint outbound = outbound("audit", MessagingPattern.POINT_TO_POINT);
		outbound.start();
		InboundEndpoint first = inbound("audit", MessagingPattern.POINT_TO_POINT, (o) -> o,
				copying((frame, replier) -> received.add(text(frame))));
		first.start();
		sendAll(outbound, "a", 0, 10);
		await().atMost(AWAIT).until(() -> received.size() == 10);
		first.stop();
		sendAll(outbound, "a", 10, 25);
		assertThat(((ChronicleOutboundEndpoint) outbound).backlog()).isEqualTo(15);
		InboundEndpoint second = inbound("audit", MessagingPattern.POINT_TO_POINT, (o) -> o,
				copying((frame, replier) -> received.add(text(frame))));
		second.start();
		await().atMost(AWAIT).until(() -> received.size() >= 25);
		sendAll(outbound, "a", 25, 30);
		await().atMost(AWAIT).until(() -> received.size() >= 30);
		assertThat(received).containsExactlyElementsOf(texts("a", 0, 30));
	}

	@Test
	void whenManyThreadsSendThenEveryMessageArrives() throws Exception {
		Set<String> received = ConcurrentHashMap.newKeySet();
		inbound("busy", MessagingPattern.POINT_TO_POINT, (o) -> o,
				copying((frame, replier) -> received.add(text(frame))))
			.start();
		OutboundEndpoint outbound = outbound("busy", MessagingPattern.POINT_TO_POINT);
		outbound.start();
		ExecutorService executor = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> futures = new java.util.ArrayList<>();
			for (int t = 0; t < 4; t++) {
				String prefix = "t" + t + "-";
				futures.add(executor.submit(() -> sendAll(outbound, prefix, 0, 250)));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			executor.shutdownNow();
		}
		await().atMost(AWAIT).until(() -> received.size() == 1000);
		assertThat(received).contains("t0-0", "t1-249", "t2-100", "t3-249");
	}

	@Test
	void whenSubscriberNameIsActiveThenSecondEndpointIsRefused() {
		inbound("solo", MessagingPattern.POINT_TO_POINT, (o) -> o, copying((frame, replier) -> {
		})).start();
		InboundEndpoint duplicate = inbound("solo", MessagingPattern.POINT_TO_POINT, (o) -> o,
				copying((frame, replier) -> {
				}));
		assertThatExceptionOfType(IpcException.class).isThrownBy(duplicate::start)
			.withMessageContaining("Subscriber 'default' is already active");
		assertThat(duplicate.isRunning()).isFalse();
	}

	@Test
	void requestReplyShouldBeRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChronicleEndpoints.outbound("rr", MessagingPattern.REQUEST_REPLY, options().build()))
			.withMessageContaining("not request-reply");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChronicleEndpoints.inbound("rr", MessagingPattern.REQUEST_REPLY, options().build()))
			.withMessageContaining("not request-reply");
	}

}
