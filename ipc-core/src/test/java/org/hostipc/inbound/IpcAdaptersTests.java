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

package org.hostipc.inbound;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.hostipc.outbound.IpcOutboundChannelAdapter;
import org.hostipc.outbound.IpcOutboundGateway;
import org.hostipc.support.IpcHeaders;
import org.hostipc.support.IpcMessageMapper;
import org.hostipc.support.LoopbackEndpoints;
import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.IpcTimeoutException;
import org.hostipc.transport.PeerUnavailableException;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameFlags;
import org.hostipc.wire.MessageTooLargeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.integration.MessageTimeoutException;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.handler.MessageProcessor;
import org.springframework.integration.handler.ServiceActivatingHandler;
import org.springframework.integration.support.MessageBuilder;
import org.springframework.integration.test.util.TestUtils;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.messaging.MessagingException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Unit tests of the transport-neutral adapters over an in-memory endpoint pair.
 *
 * @author hostipc
 */
class IpcAdaptersTests {

	private final TestUtils.TestApplicationContext context = TestUtils.createTestApplicationContext();

	private final LoopbackEndpoints loopback = new LoopbackEndpoints();

	@AfterEach
	void close() {
		this.context.close();
	}

	@Test
	void oneWayMessageShouldReachTheOutputChannelWithItsHeaders() {
		QueueChannel received = new QueueChannel();
		IpcInboundChannelAdapter inbound = inboundAdapter(received);
		IpcOutboundChannelAdapter outbound = outboundAdapter();
		outbound.handleMessage(MessageBuilder.withPayload("hello").setHeader("tenant", "acme").build());
		Message<?> message = received.receive(0);
		assertThat(message).isNotNull();
		assertThat(message.getPayload()).isEqualTo("hello");
		assertThat(message.getHeaders()).containsEntry("tenant", "acme")
			.containsEntry(IpcHeaders.CHANNEL, "loop")
			.containsEntry(IpcHeaders.TRANSPORT, "loopback");
		assertThat(inbound.getComponentType()).isEqualTo("ipc:loopback-inbound-channel-adapter");
		assertThat(outbound.getComponentType()).isEqualTo("ipc:loopback-outbound-channel-adapter");
	}

	@Test
	void startingAndStoppingTheAdaptersShouldStartAndStopTheirEndpoints() {
		IpcInboundChannelAdapter inbound = inboundAdapter(new QueueChannel());
		IpcOutboundChannelAdapter outbound = outboundAdapter();
		assertThat(this.loopback.inbound().isRunning()).isTrue();
		assertThat(outbound.isRunning()).isTrue();
		inbound.stop();
		outbound.stop();
		assertThat(this.loopback.inbound().isRunning()).isFalse();
		assertThat(this.loopback.outbound().isRunning()).isFalse();
	}

	@Test
	void requestShouldBeAnsweredWithTheHandlersReturnValue() {
		inboundGateway((payload) -> payload.toUpperCase());
		IpcOutboundGateway gateway = outboundGateway();
		QueueChannel replies = new QueueChannel();
		gateway.setOutputChannel(replies);
		gateway.handleMessage(MessageBuilder.withPayload("ping").build());
		Message<?> reply = replies.receive(0);
		assertThat(reply).isNotNull();
		assertThat(reply.getPayload()).isEqualTo("PING");
		assertThat(gateway.getComponentType()).isEqualTo("ipc:loopback-outbound-gateway");
	}

	@Test
	void replyShouldCarryTheRequestsHeadersAndThoseTheHandlerSet() {
		inboundGatewayReplying((request) -> MessageBuilder.withPayload("done")
			.copyHeaders(request.getHeaders())
			.setHeader("status", "ok")
			.setHeader("changed", "by handler")
			.build());
		IpcOutboundGateway gateway = outboundGateway();
		QueueChannel replies = new QueueChannel();
		gateway.setOutputChannel(replies);
		gateway.handleMessage(MessageBuilder.withPayload("order")
			.setHeader("tenant", "acme")
			.setHeader("changed", "by requester")
			.build());
		Message<?> reply = replies.receive(0);
		assertThat(reply).isNotNull();
		assertThat(reply.getHeaders()).containsEntry("tenant", "acme")
			.containsEntry("status", "ok")
			.containsEntry("changed", "by handler");
	}

	@Test
	void replyShouldLeaveOutTheRequestHeadersThatAreNotPropagated() {
		inboundGatewayReplying((request) -> MessageBuilder.withPayload("done")
			.copyHeaders(request.getHeaders())
			.setHeader("status", "ok")
			.build());
		IpcOutboundGateway gateway = outboundGateway();
		gateway.setNotPropagatedHeaders("ten*");
		QueueChannel replies = new QueueChannel();
		gateway.setOutputChannel(replies);
		gateway.handleMessage(
				MessageBuilder.withPayload("order").setHeader("tenant", "acme").setHeader("region", "eu").build());
		Message<?> reply = replies.receive(0);
		assertThat(reply).isNotNull();
		assertThat(reply.getHeaders()).doesNotContainKey("tenant")
			.containsEntry("region", "eu")
			.containsEntry("status", "ok");
		gateway.setNotPropagatedHeaders("*");
		gateway.handleMessage(MessageBuilder.withPayload("order").setHeader("region", "eu").build());
		Message<?> bare = replies.receive(0);
		assertThat(bare).isNotNull();
		assertThat(bare.getHeaders()).doesNotContainKey("region").containsEntry("status", "ok");
	}

	@Test
	void whenRemoteHandlerFailsThenRequesterGetsMessageHandlingExceptionWithTheRemoteError() {
		inboundGateway((payload) -> {
			throw new IllegalStateException("out of stock");
		});
		IpcOutboundGateway gateway = outboundGateway();
		assertThatExceptionOfType(MessageHandlingException.class)
			.isThrownBy(() -> gateway.handleMessage(MessageBuilder.withPayload("order").build()))
			.withMessageContaining("out of stock");
		assertThat(this.loopback.inbound().counters().errors(ErrorReason.HANDLER)).isEqualTo(1);
	}

	@Test
	void whenNoReplyArrivesThenMessageTimeoutException() {
		inboundGateway((payload) -> payload);
		this.loopback.setReplyLost(true);
		IpcOutboundGateway gateway = outboundGateway();
		assertThatExceptionOfType(MessageTimeoutException.class)
			.isThrownBy(() -> gateway.handleMessage(MessageBuilder.withPayload("x").build()))
			.withCauseInstanceOf(IpcTimeoutException.class);
	}

	@Test
	void whenPeerIsAbsentThenSendFailsVisibly() {
		inboundAdapter(new QueueChannel());
		this.loopback.setPeerPresent(false);
		IpcOutboundChannelAdapter outbound = outboundAdapter();
		Message<String> message = MessageBuilder.withPayload("lost?").build();
		assertThatExceptionOfType(MessageDeliveryException.class).isThrownBy(() -> outbound.handleMessage(message))
			.withCauseInstanceOf(PeerUnavailableException.class)
			.satisfies((ex) -> assertThat(ex.getFailedMessage()).isSameAs(message));
	}

	@Test
	void whenMessageIsTooLargeThenSendFailsBeforeAnythingIsSent() {
		QueueChannel received = new QueueChannel();
		inboundAdapter(received);
		IpcOutboundChannelAdapter outbound = outboundAdapter();
		assertThatExceptionOfType(MessagingException.class)
			.isThrownBy(() -> outbound.handleMessage(MessageBuilder.withPayload(new byte[2048]).build()))
			.withCauseInstanceOf(MessageTooLargeException.class)
			.withMessageContaining("2048");
		assertThat(received.getQueueSize()).isZero();
		assertThat(this.loopback.outbound().counters().messagesSent()).isZero();
	}

	@Test
	void whenPayloadCannotBeConvertedThenDecodeErrorIsCountedAndNothingIsDelivered() throws Exception {
		QueueChannel received = new QueueChannel();
		IpcInboundChannelAdapter inbound = inboundAdapter(received);
		IpcMessageMapper mapper = new IpcMessageMapper();
		mapper.setPayloadType(Order.class);
		inbound.setMessageMapper(mapper);
		Frame garbage = Frame.of(Map.of("contentType", "application/json"),
				"{not json".getBytes(StandardCharsets.UTF_8));
		this.loopback.outbound().send(garbage);
		assertThat(received.getQueueSize()).isZero();
		assertThat(this.loopback.inbound().counters().errors(ErrorReason.DECODE)).isEqualTo(1);
	}

	@Test
	void whenRequestCannotBeConvertedThenRequesterGetsTheConversionError() {
		IpcInboundGateway inbound = inboundGateway((payload) -> payload);
		IpcMessageMapper mapper = new IpcMessageMapper();
		mapper.setPayloadType(Order.class);
		inbound.setMessageMapper(mapper);
		Frame garbage = new Frame(FrameFlags.REQUEST, 0, 0, Map.of("contentType", "application/json"),
				"[1,2".getBytes(StandardCharsets.UTF_8));
		assertThatExceptionOfType(org.hostipc.transport.RemoteHandlerException.class)
			.isThrownBy(() -> this.loopback.outbound().request(garbage, Duration.ofSeconds(1)))
			.withMessageContaining("Cannot deserialize value of type");
	}

	private IpcInboundChannelAdapter inboundAdapter(QueueChannel output) {
		IpcInboundChannelAdapter adapter = new IpcInboundChannelAdapter(this.loopback.inbound());
		adapter.setOutputChannel(output);
		adapter.setBeanFactory(this.context);
		adapter.afterPropertiesSet();
		adapter.start();
		return adapter;
	}

	private IpcOutboundChannelAdapter outboundAdapter() {
		IpcOutboundChannelAdapter adapter = new IpcOutboundChannelAdapter(this.loopback.outbound());
		adapter.setBeanFactory(this.context);
		adapter.afterPropertiesSet();
		adapter.start();
		return adapter;
	}

	private IpcInboundGateway inboundGateway(java.util.function.Function<String, String> service) {
		return inboundGatewayProcessing(
				(MessageProcessor<String>) (message) -> service.apply((String) message.getPayload()));
	}

	private IpcInboundGateway inboundGatewayReplying(java.util.function.Function<Message<?>, Message<?>> service) {
		return inboundGatewayProcessing((MessageProcessor<Message<?>>) service::apply);
	}

	private IpcInboundGateway inboundGatewayProcessing(MessageProcessor<?> service) {
		DirectChannel requests = new DirectChannel();
		ServiceActivatingHandler handler = new ServiceActivatingHandler(service);
		handler.setBeanFactory(this.context);
		handler.afterPropertiesSet();
		requests.subscribe(handler);
		IpcInboundGateway gateway = new IpcInboundGateway(this.loopback.inbound());
		gateway.setRequestChannel(requests);
		gateway.setReplyTimeout(1000);
		gateway.setBeanFactory(this.context);
		gateway.afterPropertiesSet();
		gateway.start();
		return gateway;
	}

	private IpcOutboundGateway outboundGateway() {
		IpcOutboundGateway gateway = new IpcOutboundGateway(this.loopback.outbound());
		gateway.setReplyTimeout(Duration.ofSeconds(1));
		gateway.setBeanFactory(this.context);
		gateway.afterPropertiesSet();
		gateway.start();
		return gateway;
	}

	record Order(String item, int quantity) {
	}

}
