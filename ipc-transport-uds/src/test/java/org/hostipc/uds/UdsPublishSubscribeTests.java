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
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.transport.PeerUnavailableException;
import org.hostipc.wire.Frame;

import static org.hostipc.testsupport.Copies.copying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests for publish-subscribe channels over Unix domain sockets in one JVM.
 *
 * @author hostipc
 */
class UdsPublishSubscribeTests extends AbstractUdsTests {

	@Test
	void everySubscriberShouldReceiveEveryFrame() {
		OutboundEndpoint publisher = startedOutbound(MessagingPattern.PUBLISH_SUBSCRIBE,
				options().minSubscribers(2).build());
		List<Frame> first = new CopyOnWriteArrayList<>();
		List<Frame> second = new CopyOnWriteArrayList<>();
		InboundEndpoint one = startedInbound(MessagingPattern.PUBLISH_SUBSCRIBE, options().build(),
				copying((frame, replier) -> first.add(frame)));
		InboundEndpoint two = startedInbound(MessagingPattern.PUBLISH_SUBSCRIBE, options().build(),
				copying((frame, replier) -> second.add(frame)));
		for (int i = 0; i < 100; i++) {
			publisher.send(frame("p" + i));
		}
		List<String> expected = IntStream.range(0, 100).mapToObj((i) -> "p" + i).toList();
		await().atMost(Duration.ofSeconds(10)).until(() -> first.size() == 100 && second.size() == 100);
		assertThat(first).extracting(AbstractUdsTests::text).containsExactlyElementsOf(expected);
		assertThat(second).extracting(AbstractUdsTests::text).containsExactlyElementsOf(expected);
		assertThat(publisher.counters().messagesSent()).isEqualTo(100);
		assertThat(one.counters().messagesReceived()).isEqualTo(100);
		assertThat(two.counters().messagesReceived()).isEqualTo(100);
		assertThat(publisher.describe()).containsEntry("role", "server").containsEntry("peers", 2);
		assertThat(one.describe()).containsEntry("role", "client");
	}

	@Test
	void publishWithoutEnoughSubscribersShouldWaitThenFail() {
		OutboundEndpoint publisher = startedOutbound(MessagingPattern.PUBLISH_SUBSCRIBE,
				options().sendTimeout(Duration.ofMillis(200)).build());
		long start = System.nanoTime();
		assertThatExceptionOfType(PeerUnavailableException.class).isThrownBy(() -> publisher.send(frame("x")))
			.withMessageContaining("has 0 subscriber(s)")
			.withMessageContaining("fewer than the required 1");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
		assertThat(publisher.counters().errors(ErrorReason.DISCONNECTED)).isEqualTo(1);
		assertThat(publisher.counters().messagesSent()).isZero();
	}

	@Test
	void publishWithZeroRequiredSubscribersShouldSucceedWithoutSubscribers() {
		OutboundEndpoint publisher = startedOutbound(MessagingPattern.PUBLISH_SUBSCRIBE,
				options().minSubscribers(0).build());
		publisher.send(frame("nobody"));
		assertThat(publisher.counters().messagesSent()).isEqualTo(1);
	}

	@Test
	void subscriberThatStopsReadingShouldBeDroppedWhileOthersReceive() throws Exception {
		OutboundEndpoint publisher = startedOutbound(MessagingPattern.PUBLISH_SUBSCRIBE,
				options().maxMessageSize(128 * 1024).sendTimeout(Duration.ofMillis(300)).build());
		List<Frame> received = new CopyOnWriteArrayList<>();
		startedInbound(MessagingPattern.PUBLISH_SUBSCRIBE, options().maxMessageSize(128 * 1024).build(),
				copying((frame, replier) -> received.add(frame)));
		try (SocketChannel stuck = SocketChannel.open(StandardProtocolFamily.UNIX)) {
			stuck.connect(SocketFiles.address(socketPath()));
			await().atMost(Duration.ofSeconds(10)).until(() -> publisher.describe().get("peers").equals(2));
			Frame big = Frame.of(null, new byte[100 * 1024]);
			for (int i = 0; i < 40; i++) {
				publisher.send(big);
			}
			await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 40);
			assertThat(publisher.counters().errors(ErrorReason.TIMEOUT)).isEqualTo(1);
			assertThat(publisher.describe()).containsEntry("peers", 1);
		}
	}

	@Test
	void publishShouldFailWhenTooFewSubscribersReceivedTheFrame() throws Exception {
		OutboundEndpoint publisher = startedOutbound(MessagingPattern.PUBLISH_SUBSCRIBE,
				options().minSubscribers(2).maxMessageSize(128 * 1024).sendTimeout(Duration.ofMillis(300)).build());
		List<Frame> received = new CopyOnWriteArrayList<>();
		startedInbound(MessagingPattern.PUBLISH_SUBSCRIBE, options().maxMessageSize(128 * 1024).build(),
				copying((frame, replier) -> received.add(frame)));
		try (SocketChannel stuck = SocketChannel.open(StandardProtocolFamily.UNIX)) {
			stuck.connect(SocketFiles.address(socketPath()));
			Frame big = Frame.of(null, new byte[100 * 1024]);
			assertThatExceptionOfType(PeerUnavailableException.class).isThrownBy(() -> {
				for (int i = 0; i < 40; i++) {
					publisher.send(big);
				}
			}).withMessageContaining("delivered the frame to 1 subscriber(s), fewer than the required 2");
			assertThat(publisher.counters().errors(ErrorReason.TIMEOUT)).isEqualTo(1);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> received.size() == publisher.counters().messagesSent() + 1);
		}
	}

	@Test
	void requestOnPublisherShouldBeUnsupported() {
		OutboundEndpoint publisher = startedOutbound(MessagingPattern.PUBLISH_SUBSCRIBE, options().build());
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> publisher.request(frame("q"), Duration.ofSeconds(1)))
			.withMessageContaining("publish-subscribe");
	}

}
