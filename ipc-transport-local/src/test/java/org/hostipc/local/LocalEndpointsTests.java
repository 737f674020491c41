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

package org.hostipc.local;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.hostipc.IpcException;
import org.hostipc.transport.EndpointStatus;
import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.FrameHandler;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.IpcEndpoint;
import org.hostipc.transport.IpcTimeoutException;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.transport.PeerUnavailableException;
import org.hostipc.transport.RemoteHandlerException;
import org.hostipc.wire.Frame;
import org.hostipc.wire.MessageTooLargeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import static org.hostipc.testsupport.Copies.copying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The in-JVM endpoints: every pattern, limits, backpressure, missing and stopping
 * receivers.
 *
 * @author hostipc
 */
class LocalEndpointsTests {

	private final List<IpcEndpoint> endpoints = new ArrayList<>();

	private String address;

	@AfterEach
	void stop() {
		this.endpoints.forEach(IpcEndpoint::stop);
	}

	private LocalOptions.Builder options(TestInfo test) {
		this.address = test.getDisplayName();
		return LocalOptions.builder(this.address).sendTimeout(Duration.ofMillis(300));
	}

	private InboundEndpoint receiver(MessagingPattern pattern, LocalOptions options, FrameHandler handler) {
		InboundEndpoint endpoint = LocalEndpoints.inbound("in", pattern, options);
		endpoint.setHandler(handler);
		endpoint.start();
		this.endpoints.add(endpoint);
		return endpoint;
	}

	private OutboundEndpoint sender(MessagingPattern pattern, LocalOptions options) {
		OutboundEndpoint endpoint = LocalEndpoints.outbound("out", pattern, options);
		endpoint.start();
		this.endpoints.add(endpoint);
		return endpoint;
	}

	private static Frame text(String text) {
		return Frame.of(Map.of("kind", "text"), text.getBytes(StandardCharsets.UTF_8));
	}

	private static String text(Frame frame) {
		return new String(frame.payload(), StandardCharsets.UTF_8);
	}

	@Test
	void whenSendersSendPointToPointThenTheReceiverGetsEveryFrameInOrder(TestInfo test) {
		LocalOptions options = options(test).build();
		List<String> received = new CopyOnWriteArrayList<>();
		InboundEndpoint receiver = receiver(MessagingPattern.POINT_TO_POINT, options,
				copying((frame, replier) -> received.add(text(frame) + "/" + frame.headers().get("kind"))));
		OutboundEndpoint sender = sender(MessagingPattern.POINT_TO_POINT, options);
		for (int i = 0; i < 100; i++) {
			sender.send(text("m" + i));
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 100);
		assertThat(received).startsWith("m0/text", "m1/text").endsWith("m99/text");
		assertThat(sender.counters().messagesSent()).isEqualTo(100);
		assertThat(receiver.counters().messagesReceived()).isEqualTo(100);
		assertThat(receiver.counters().bytesReceived()).isEqualTo(sender.counters().bytesSent());
	}

	@Test
	void whenASecondReceiverStartsOnTheAddressThenItIsRefused(TestInfo test) {
		LocalOptions options = options(test).build();
		receiver(MessagingPattern.POINT_TO_POINT, options, copying((frame, replier) -> {
		}));
		InboundEndpoint second = LocalEndpoints.inbound("second", MessagingPattern.POINT_TO_POINT, options);
		second.setHandler(copying((frame, replier) -> {
		}));
		assertThatExceptionOfType(IpcException.class).isThrownBy(second::start)
			.withMessageContaining("already has a receiver (channel 'in')");
		assertThat(second.isRunning()).isFalse();
	}

	@Test
	void whenAPublisherPublishesThenEverySubscriberGetsEveryFrame(TestInfo test) {
		LocalOptions options = options(test).build();
		List<String> first = new CopyOnWriteArrayList<>();
		List<String> second = new CopyOnWriteArrayList<>();
		receiver(MessagingPattern.PUBLISH_SUBSCRIBE, options, copying((frame, replier) -> first.add(text(frame))));
		receiver(MessagingPattern.PUBLISH_SUBSCRIBE, options, copying((frame, replier) -> second.add(text(frame))));
		OutboundEndpoint publisher = sender(MessagingPattern.PUBLISH_SUBSCRIBE, options);
		publisher.send(text("a"));
		publisher.send(text("b"));
		await().atMost(Duration.ofSeconds(10)).until(() -> first.size() == 2 && second.size() == 2);
		assertThat(first).containsExactly("a", "b");
		assertThat(second).containsExactly("a", "b");
		assertThat(publisher.state().status()).isEqualTo(EndpointStatus.UP);
	}

	@Test
	void whenNoSubscriberIsThereThenAPublishFailsAfterTheSendTimeout(TestInfo test) {
		OutboundEndpoint publisher = sender(MessagingPattern.PUBLISH_SUBSCRIBE, options(test).build());
		assertThat(publisher.state().status()).isEqualTo(EndpointStatus.DOWN);
		assertThatExceptionOfType(PeerUnavailableException.class).isThrownBy(() -> publisher.send(text("lost")))
			.withMessageContaining("No subscriber registered at local address");
		assertThat(publisher.counters().errors(ErrorReason.DISCONNECTED)).isOne();
	}

	@Test
	void whenNoSubscriberIsNeededThenAPublishToNobodySucceeds(TestInfo test) {
		OutboundEndpoint publisher = sender(MessagingPattern.PUBLISH_SUBSCRIBE,
				options(test).minSubscribers(0).build());
		publisher.send(text("to nobody"));
		assertThat(publisher.state().status()).isEqualTo(EndpointStatus.UP);
	}

	@Test
	void whenNoReceiverIsThereThenASendFailsAndHealthSaysWhy(TestInfo test) {
		OutboundEndpoint sender = sender(MessagingPattern.POINT_TO_POINT, options(test).build());
		assertThat(sender.state().reason()).contains("no receiver at local address");
		assertThatExceptionOfType(PeerUnavailableException.class).isThrownBy(() -> sender.send(text("lost")));
	}

	@Test
	void whenARequestIsAnsweredThenTheRequesterGetsTheReply(TestInfo test) {
		LocalOptions options = options(test).build();
		receiver(MessagingPattern.REQUEST_REPLY, options,
				copying((frame, replier) -> replier.reply(text("re:" + text(frame)))));
		OutboundEndpoint requester = sender(MessagingPattern.REQUEST_REPLY, options);
		assertThat(text(requester.request(text("q1"), Duration.ofSeconds(5)))).isEqualTo("re:q1");
		assertThat(text(requester.request(text("q2"), Duration.ofSeconds(5)))).isEqualTo("re:q2");
		assertThat(requester.counters().messagesReceived()).isEqualTo(2);
	}

	@Test
	void whenTheResponderFailsThenTheRequesterGetsTheRemoteError(TestInfo test) {
		LocalOptions options = options(test).build();
		InboundEndpoint responder = receiver(MessagingPattern.REQUEST_REPLY, options, copying((frame, replier) -> {
			throw new IllegalStateException("no quote for " + text(frame));
		}));
		OutboundEndpoint requester = sender(MessagingPattern.REQUEST_REPLY, options);
		assertThatExceptionOfType(RemoteHandlerException.class)
			.isThrownBy(() -> requester.request(text("ACME"), Duration.ofSeconds(5)))
			.withMessageContaining("no quote for ACME");
		assertThat(responder.counters().errors(ErrorReason.HANDLER)).isOne();
	}

	@Test
	void whenNoReplyComesThenTheRequestTimesOut(TestInfo test) {
		LocalOptions options = options(test).build();
		receiver(MessagingPattern.REQUEST_REPLY, options, copying((frame, replier) -> {
		}));
		OutboundEndpoint requester = sender(MessagingPattern.REQUEST_REPLY, options);
		assertThatExceptionOfType(IpcTimeoutException.class)
			.isThrownBy(() -> requester.request(text("q"), Duration.ofMillis(200)))
			.withMessageContaining("No reply on channel 'out'");
		assertThat(requester.counters().errors(ErrorReason.TIMEOUT)).isOne();
	}

	@Test
	void whenAPayloadExceedsTheLimitThenTheSendFailsBeforeAnythingIsBuffered(TestInfo test) {
		LocalOptions options = options(test).maxMessageSize(16).build();
		List<Frame> received = new CopyOnWriteArrayList<>();
		receiver(MessagingPattern.POINT_TO_POINT, options, copying((frame, replier) -> received.add(frame)));
		OutboundEndpoint sender = sender(MessagingPattern.POINT_TO_POINT, options);
		assertThatExceptionOfType(MessageTooLargeException.class)
			.isThrownBy(() -> sender.send(text("seventeen bytes!!")));
		sender.send(text("sixteen bytes!!!"));
		await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
		assertThat(sender.counters().messagesSent()).isOne();
	}

	@Test
	void whenTheReceiverBufferIsFullThenSendersWaitThenFailAndNothingBufferedIsLost(TestInfo test)
			throws InterruptedException {
		LocalOptions options = options(test).capacity(2).build();
		CountDownLatch release = new CountDownLatch(1);
		List<String> received = new CopyOnWriteArrayList<>();
		receiver(MessagingPattern.POINT_TO_POINT, options, copying((frame, replier) -> {
			release.await(10, TimeUnit.SECONDS);
			received.add(text(frame));
		}));
		OutboundEndpoint sender = sender(MessagingPattern.POINT_TO_POINT, options);
		sender.send(text("1"));
		await().atMost(Duration.ofSeconds(5)).until(() -> sender.counters().messagesSent() == 1);
		sender.send(text("2"));
		sender.send(text("3"));
		assertThatExceptionOfType(IpcTimeoutException.class).isThrownBy(() -> sender.send(text("4")))
			.withMessageContaining("its buffer of 2 frames is full");
		assertThat(sender.counters().errors(ErrorReason.TIMEOUT)).isOne();
		release.countDown();
		await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 3);
		assertThat(received).containsExactly("1", "2", "3");
	}

	@Test
	void whenTheReceiverStopsThenItHandsOverWhatItBufferedAndTakesNoMore(TestInfo test) {
		LocalOptions options = options(test).sendTimeout(Duration.ofSeconds(10)).build();
		CountDownLatch release = new CountDownLatch(1);
		List<String> received = new CopyOnWriteArrayList<>();
		InboundEndpoint receiver = receiver(MessagingPattern.POINT_TO_POINT, options, copying((frame, replier) -> {
			release.await(10, TimeUnit.SECONDS);
			received.add(text(frame));
		}));
		OutboundEndpoint sender = sender(MessagingPattern.POINT_TO_POINT,
				LocalOptions.builder(this.address).sendTimeout(Duration.ofMillis(300)).build());
		sender.send(text("1"));
		sender.send(text("2"));
		Thread stopper = new Thread(receiver::stop);
		stopper.start();
		await().atMost(Duration.ofSeconds(5)).until(() -> !receiver.isRunning());
		assertThatExceptionOfType(PeerUnavailableException.class).isThrownBy(() -> sender.send(text("3")));
		release.countDown();
		await().atMost(Duration.ofSeconds(10)).until(() -> !stopper.isAlive());
		assertThat(received).containsExactly("1", "2");
		assertThat(receiver.state().status()).isEqualTo(EndpointStatus.DOWN);
	}

	@Test
	void whenTheReceiverRunsThenHealthIsUpAndNamesTheAddress(TestInfo test) {
		InboundEndpoint receiver = receiver(MessagingPattern.POINT_TO_POINT, options(test).build(),
				copying((frame, replier) -> {
				}));
		assertThat(receiver.state().status()).isEqualTo(EndpointStatus.UP);
		assertThat(receiver.state().reason()).contains(this.address);
		assertThat(receiver.describe()).containsEntry("role", "receiver").containsEntry("capacity", 1024);
		assertThat(receiver.transport()).isEqualTo("local");
	}

}
