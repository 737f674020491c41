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

package org.hostipc.support;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hostipc.wire.FrameCodec;
import org.hostipc.wire.FrameLimits;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.annotation.ServiceActivator;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that a JSON payload which {@link IpcMessageMapper} leaves as {@code byte[]}
 * reaches a Spring Integration handler method as the POJO its parameter declares.
 *
 * @author hostipc
 */
class IpcMessageMapperServiceActivatorTests {

	private final IpcMessageMapper mapper = new IpcMessageMapper();

	private final FrameCodec codec = new FrameCodec(FrameLimits.DEFAULT);

	@Test
	void jsonBytesShouldReachAServiceActivatorAsPojo() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Config.class)) {
			Message<?> received = receivedFromPeer(new Order("A1", 3));
			assertThat(received.getPayload()).isInstanceOf(byte[].class);
			context.getBean("orders", MessageChannel.class).send(received);
			context.getBean("flowInput", MessageChannel.class).send(received);
			OrderService service = context.getBean(OrderService.class);
			assertThat(service.annotated).containsExactly(new Order("A1", 3));
			assertThat(service.viaFlow).containsExactly(new Order("A1", 3));
		}
	}

	private Message<?> receivedFromPeer(Object payload) {
		byte[] bytes = this.codec.encode(this.mapper.toFrame(MessageBuilder.withPayload(payload).build()));
		return this.mapper.toMessage(this.codec.decode(ByteBuffer.wrap(bytes)).orElseThrow());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableIntegration
	static class Config {

		@Bean
		OrderService orderService() {
			return new OrderService();
		}

		@Bean
		IntegrationFlow flow(OrderService orderService) {
			return IntegrationFlow.from("flowInput").handle(orderService, "handleInFlow").get();
		}

	}

	static class OrderService {

		final List<Order> annotated = new CopyOnWriteArrayList<>();

		final List<Order> viaFlow = new CopyOnWriteArrayList<>();

		@ServiceActivator(inputChannel = "orders")
		public void handle(Order order) {
			this.annotated.add(order);
		}

		public void handleInFlow(Order order) {
			this.viaFlow.add(order);
		}

	}

	record Order(String id, int quantity) {
	}

}
