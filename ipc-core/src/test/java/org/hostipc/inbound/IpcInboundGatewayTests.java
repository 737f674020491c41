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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.hostipc.support.LoopbackEndpoints;
import org.hostipc.transport.RemoteHandlerException;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameFlags;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.integration.channel.AbstractSubscribableChannel;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.channel.ExecutorChannel;
import org.springframework.integration.handler.MessageProcessor;
import org.springframework.integration.handler.ServiceActivatingHandler;
import org.springframework.integration.support.management.micrometer.MicrometerMetricsCaptor;
import org.springframework.integration.test.util.TestUtils;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.core.GenericMessagingTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for how {@link IpcInboundGateway} sends requests into its flow and answers them:
 * with a reply channel of the request's own, and through
 * {@link org.springframework.integration.gateway.MessagingGatewaySupport}'s path when it
 * is observed or a request carries a template's timeout headers.
 *
 * @author hostipc
 */
class IpcInboundGatewayTests {

	private final TestUtils.TestApplicationContext context = TestUtils.createTestApplicationContext();

	private final LoopbackEndpoints loopback = new LoopbackEndpoints();

	private final ExecutorService executor = Executors.newSingleThreadExecutor();

	private final AtomicReference<Message<?>> handled = new AtomicReference<>();

	@BeforeEach
	void refresh() {
		this.context.refresh();
	}

	@AfterEach
	void close() {
		this.context.close();
		this.executor.shutdownNow();
	}

	@Test
	void requestShouldNameItsOwnReplyChannelAndBeAnswered() {
		DirectChannel requests = flow(new DirectChannel(), (payload) -> payload.toUpperCase());
		gateway(requests, (gateway) -> {
		});
		assertThat(request("ping")).isEqualTo("PING");
		Object replyChannel = this.handled.get().getHeaders().getReplyChannel();
		assertThat(replyChannel).isInstanceOf(ReplyCapture.class)
			.isSameAs(this.handled.get().getHeaders().getErrorChannel());
	}

	@Test
	void requestHandledOnAnotherThreadShouldBeAnswered() {
		ExecutorChannel requests = flow(new ExecutorChannel(this.executor), (payload) -> payload + "!");
		gateway(requests, (gateway) -> {
		});
		assertThat(request("ping")).isEqualTo("ping!");
		assertThat(request("pong")).isEqualTo("pong!");
	}

	@Test
	void whenHandlerOnAnotherThreadFailsThenRequesterGetsItsError() {
		ExecutorChannel requests = flow(new ExecutorChannel(this.executor), (payload) -> {
			throw new IllegalStateException("no stock for " + payload);
		});
		gateway(requests, (gateway) -> {
		});
		assertThatExceptionOfType(RemoteHandlerException.class).isThrownBy(() -> request("books"))
			.withMessageContaining("no stock for books");
	}

	@Test
	void whenHandlerFailsThenTheErrorChannelFlowAnswers() {
		DirectChannel requests = flow(new DirectChannel(), (payload) -> {
			throw new IllegalStateException("no stock for " + payload);
		});
		DirectChannel errors = new DirectChannel();
		errors.subscribe(serviceActivator((MessageProcessor<String>) (message) -> "fallback: "
				+ ((MessagingException) message.getPayload()).getCause().getMessage()));
		gateway(requests, (gateway) -> gateway.setErrorChannel(errors));
		assertThat(request("books")).isEqualTo("fallback: no stock for books");
	}

	@Test
	void whenFlowDoesNotReplyThenRequesterGetsTheReplyTimeout() {
		DirectChannel requests = flow(new DirectChannel(), (payload) -> null);
		IpcInboundGateway gateway = gateway(requests, (created) -> created.setReplyTimeout(20));
		assertThatExceptionOfType(RemoteHandlerException.class).isThrownBy(() -> request("x"))
			.withMessageContaining("within the reply timeout");
		gateway.setErrorOnTimeout(true);
		assertThatExceptionOfType(RemoteHandlerException.class).isThrownBy(() -> request("x"))
			.withMessageContaining("No reply received within timeout");
	}

	@Test
	void sendTimerShouldCountAnsweredAndFailedRequests() {
		DirectChannel requests = flow(new DirectChannel(), (payload) -> {
			if (payload.equals("fail")) {
				throw new IllegalStateException("failed");
			}
			return payload;
		});
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		IpcInboundGateway gateway = gateway(requests,
				(created) -> created.registerMetricsCaptor(new MicrometerMetricsCaptor(registry)));
		assertThat(request("ok")).isEqualTo("ok");
		assertThatExceptionOfType(RemoteHandlerException.class).isThrownBy(() -> request("fail"));
		assertThat(sendTimerCount(registry, gateway, "success")).isEqualTo(1);
		assertThat(sendTimerCount(registry, gateway, "failure")).isEqualTo(1);
	}

	@Test
	void observedGatewayShouldAnswerThroughTheObservedPath() {
		List<Observation.Context> observed = new CopyOnWriteArrayList<>();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

			@Override
			public void onStart(Observation.Context context) {
				observed.add(context);
			}

		});
		DirectChannel requests = flow(new DirectChannel(), (payload) -> payload.toUpperCase());
		gateway(requests, (gateway) -> gateway.registerObservationRegistry(registry));
		assertThat(request("ping")).isEqualTo("PING");
		assertThat(observed).isNotEmpty();
		assertThat(this.handled.get().getHeaders().getReplyChannel()).isNotInstanceOf(ReplyCapture.class);
	}

	@Test
	void requestCarryingTheTemplatesTimeoutHeaderShouldBeAnsweredThroughTheTemplate() {
		DirectChannel requests = flow(new DirectChannel(), (payload) -> payload.toUpperCase());
		gateway(requests, (gateway) -> {
		});
		assertThat(request(Map.of(GenericMessagingTemplate.DEFAULT_RECEIVE_TIMEOUT_HEADER, 5000L), "ping"))
			.isEqualTo("PING");
		assertThat(this.handled.get().getHeaders().getReplyChannel()).isNotInstanceOf(ReplyCapture.class);
	}

	private double sendTimerCount(SimpleMeterRegistry registry, IpcInboundGateway gateway, String result) {
		return registry.get("spring.integration.send")
			.tag("name", gateway.getComponentName())
			.tag("result", result)
			.timer()
			.count();
	}

	private <C extends AbstractSubscribableChannel> C flow(C channel,
			java.util.function.Function<String, String> service) {
		channel.setBeanFactory(this.context);
		channel.afterPropertiesSet();
		channel.subscribe(serviceActivator((MessageProcessor<String>) (message) -> {
			this.handled.set(message);
			return service.apply((String) message.getPayload());
		}));
		return channel;
	}

	private ServiceActivatingHandler serviceActivator(MessageProcessor<?> processor) {
		ServiceActivatingHandler handler = new ServiceActivatingHandler(processor);
		handler.setBeanFactory(this.context);
		handler.afterPropertiesSet();
		return handler;
	}

	private IpcInboundGateway gateway(AbstractSubscribableChannel requests, Consumer<IpcInboundGateway> customizer) {
		IpcInboundGateway gateway = new IpcInboundGateway(this.loopback.inbound());
		gateway.setRequestChannel(requests);
		gateway.setReplyTimeout(5000);
		gateway.setBeanName("orders-gateway");
		customizer.accept(gateway);
		gateway.setBeanFactory(this.context);
		gateway.afterPropertiesSet();
		gateway.start();
		return gateway;
	}

	private String request(String payload) {
		return request(Map.of(), payload);
	}

	private String request(Map<String, Object> headers, String payload) {
		Map<String, Object> frameHeaders = new LinkedHashMap<>(headers);
		frameHeaders.put("contentType", "text/plain;charset=UTF-8");
		Frame reply = this.loopback.outbound()
			.request(new Frame(FrameFlags.REQUEST, 0, 0, frameHeaders, payload.getBytes(StandardCharsets.UTF_8)),
					Duration.ofSeconds(10));
		return new String(reply.payload(), StandardCharsets.UTF_8);
	}

}
