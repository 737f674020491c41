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

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.IpcTimeoutException;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.transport.PeerUnavailableException;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameFlags;
import org.hostipc.wire.MessageTooLargeException;

import static org.hostipc.testsupport.Copies.copying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests for point-to-point channels over Unix domain sockets in one JVM.
 *
 * @author hostipc
 */
class UdsPointToPointTests extends AbstractUdsTests {

	@Test
	void framesSentByClientShouldReachServerHandlerInOrder() {
		List<Frame> received = new CopyOnWriteArrayList<>();
		InboundEndpoint server = startedInbound(MessagingPattern.POINT_TO_POINT, options().build(),
				copying((frame, replier) -> received.add(frame)));
		OutboundEndpoint client = startedOutbound(MessagingPattern.POINT_TO_POINT, options().build());
		long before = System.nanoTime();
		for (int i = 0; i < 100; i++) {
			client.send(frame("m" + i));
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 100);
		assertThat(received).extracting(AbstractUdsTests::text)
			.containsExactlyElementsOf(java.util.stream.IntStream.range(0, 100).mapToObj((i) -> "m" + i).toList());
		Frame first = received.get(0);
		assertThat(first.headers()).containsEntry("kind", "test");
		assertThat(first.flags()).isZero();
		assertThat(first.timestamp()).isGreaterThanOrEqualTo(before);
		assertThat(client.counters().messagesSent()).isEqualTo(100);
		assertThat(server.counters().messagesReceived()).isEqualTo(100);
		assertThat(server.counters().bytesReceived()).isEqualTo(client.counters().bytesSent()).isPositive();
		assertThat(server.counters().errors()).isZero();
	}

	@Test
	void stateAndDescriptionShouldReportRolesPathAndPeers() {
		InboundEndpoint server = startedInbound(MessagingPattern.POINT_TO_POINT, options().build(),
				copying((frame, replier) -> {
				}));
		OutboundEndpoint client = startedOutbound(MessagingPattern.POINT_TO_POINT, options().build());
		awaitUp(client);
		await().atMost(Duration.ofSeconds(10)).until(() -> server.describe().get("peers").equals(1));
		assertThat(server.transport()).isEqualTo("uds");
		assertThat(server.state().reason()).isEqualTo("listening on " + socketPath());
		assertThat(server.state().details()).containsEntry("connections", 1)
			.containsEntry("path", socketPath().toString());
		Map<String, Object> description = server.describe();
		assertThat(description).containsEntry("role", "server")
			.containsEntry("path", socketPath().toString())
			.containsEntry("maxMessageSize", 1024 * 1024)
			.containsEntry("sendTimeout", "PT2S");
		assertThat((List<?>) description.get("peerCredentials")).singleElement().asString().startsWith("user=");
		assertThat(client.describe()).containsEntry("role", "client").containsEntry("peers", 1);
		assertThat(client.state().reason()).isEqualTo("connected to " + socketPath());
	}

	@Test
	void oversizedSendShouldFailBeforeAnythingIsWritten() {
		List<Frame> received = new CopyOnWriteArrayList<>();
		InboundEndpoint server = startedInbound(MessagingPattern.POINT_TO_POINT, options().maxMessageSize(1000).build(),
				copying((frame, replier) -> received.add(frame)));
		OutboundEndpoint client = startedOutbound(MessagingPattern.POINT_TO_POINT,
				options().maxMessageSize(1000).build());
		awaitUp(client);
		assertThatExceptionOfType(MessageTooLargeException.class)
			.isThrownBy(() -> client.send(Frame.of(null, new byte[1001])));
		assertThat(client.counters().bytesSent()).isZero();
		client.send(frame("small"));
		await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
		assertThat(text(received.get(0))).isEqualTo("small");
		assertThat(server.counters().messagesReceived()).isEqualTo(1);
		assertThat(server.counters().errors()).isZero();
	}

	@Test
	void sendWhileServerAbsentShouldWaitThenFailWithPeerUnavailable() {
		OutboundEndpoint client = startedOutbound(MessagingPattern.POINT_TO_POINT,
				options().sendTimeout(Duration.ofMillis(300)).build());
		long start = System.nanoTime();
		assertThatExceptionOfType(PeerUnavailableException.class).isThrownBy(() -> client.send(frame("lost")))
			.withMessageContaining("Not connected to " + socketPath() + " within PT0.3S");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		assertThat(client.counters().errors(ErrorReason.DISCONNECTED)).isEqualTo(1);
		assertThat(client.counters().messagesSent()).isZero();
		assertThat(client.state().isUp()).isFalse();
		assertThat(client.state().reason()).startsWith("not connected to " + socketPath() + ": ");
	}

	@Test
	void sendShouldWaitForAServerThatStartsLater() throws Exception {
		OutboundEndpoint client = startedOutbound(MessagingPattern.POINT_TO_POINT,
				options().sendTimeout(Duration.ofSeconds(10)).build());
		List<Frame> received = new CopyOnWriteArrayList<>();
		Thread sender = new Thread(() -> client.send(frame("early")));
		sender.start();
		await().atMost(Duration.ofSeconds(5)).until(() -> sender.getState() != Thread.State.RUNNABLE);
		startedInbound(MessagingPattern.POINT_TO_POINT, options().build(),
				copying((frame, replier) -> received.add(frame)));
		sender.join(10_000);
		await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
		assertThat(text(received.get(0))).isEqualTo("early");
	}

	@Test
	void clientShouldReconnectAfterServerRestart() {
		List<Frame> received = new CopyOnWriteArrayList<>();
		InboundEndpoint server = startedInbound(MessagingPattern.POINT_TO_POINT, options().build(),
				copying((frame, replier) -> received.add(frame)));
		OutboundEndpoint client = startedOutbound(MessagingPattern.POINT_TO_POINT, options().build());
		client.send(frame("before"));
		await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
		server.stop();
		await().atMost(Duration.ofSeconds(10)).until(() -> !client.state().isUp());
		server.start();
		client.send(frame("after"));
		await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 2);
		assertThat(received).extracting(AbstractUdsTests::text).containsExactly("before", "after");
	}

	@Test
	void handlerExceptionOnOneWayFrameShouldBeCountedAndConnectionKept() {
		List<Frame> received = new CopyOnWriteArrayList<>();
		InboundEndpoint server = startedInbound(MessagingPattern.POINT_TO_POINT, options().build(),
				copying((frame, replier) -> {
					if (text(frame).equals("bad")) {
						throw new IllegalStateException("boom");
					}
					received.add(frame);
				}));
		OutboundEndpoint client = startedOutbound(MessagingPattern.POINT_TO_POINT, options().build());
		client.send(frame("bad"));
		client.send(frame("good"));
		await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
		assertThat(server.counters().errors(ErrorReason.HANDLER)).isEqualTo(1);
		assertThat(server.describe()).containsEntry("peers", 1);
	}

	@Test
	void requestOnPointToPointChannelShouldBeUnsupported() {
		OutboundEndpoint client = startedOutbound(MessagingPattern.POINT_TO_POINT, options().build());
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> client.request(frame("q"), Duration.ofSeconds(1)))
			.withMessageContaining("request-reply");
	}

	@Test
	void controlFlagsSetByApplicationShouldNotBeSent() {
		List<Frame> received = new CopyOnWriteArrayList<>();
		startedInbound(MessagingPattern.POINT_TO_POINT, options().build(),
				copying((frame, replier) -> received.add(frame)));
		OutboundEndpoint client = startedOutbound(MessagingPattern.POINT_TO_POINT, options().build());
		client.send(frame("x").with(FrameFlags.CONTROL, 42, 0));
		await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
		assertThat(received.get(0).flags()).isZero();
		assertThat(received.get(0).correlationId()).isZero();
	}

	@Test
	void writeToServerThatStopsReadingShouldTimeOut() {
		java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
		startedInbound(MessagingPattern.POINT_TO_POINT, options().maxMessageSize(256 * 1024).build(),
				copying((frame, replier) -> release.await()));
		OutboundEndpoint client = startedOutbound(MessagingPattern.POINT_TO_POINT,
				options().maxMessageSize(256 * 1024).sendTimeout(Duration.ofMillis(300)).build());
		Frame big = Frame.of(null, new byte[200 * 1024]);
		try {
			assertThatExceptionOfType(IpcTimeoutException.class).isThrownBy(() -> {
				for (int i = 0; i < 100; i++) {
					client.send(big);
				}
			}).withMessageContaining("did not take the frame within PT0.3S");
			assertThat(client.counters().errors(ErrorReason.TIMEOUT)).isEqualTo(1);
		}
		finally {
			release.countDown();
		}
	}

}
