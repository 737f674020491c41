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

package org.hostipc.chronicle.dsl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hostipc.chronicle.ChronicleOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.annotation.MessagingGateway;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Java DSL wires persistent queue flows without Spring Boot: what is sent while no
 * receiver runs is delivered when it starts, to the point-to-point receiver and to every
 * named subscriber.
 *
 * @author hostipc
 */
class ChronicleDslTests {

	private static Path directory;

	private AnnotationConfigApplicationContext receiver;

	private AnnotationConfigApplicationContext sender;

	@BeforeEach
	void createDirectory() throws IOException {
		directory = Files.createTempDirectory("ipcdsl");
	}

	@AfterEach
	void close() throws IOException {
		if (this.sender != null) {
			this.sender.close();
		}
		if (this.receiver != null) {
			this.receiver.close();
		}
		FileSystemUtils.deleteRecursively(directory);
	}

	@Test
	void messagesSentWhileNoReceiverRunsShouldBeDeliveredWhenItStarts() {
		this.sender = new AnnotationConfigApplicationContext(SenderConfiguration.class);
		SenderConfiguration.Orders orders = this.sender.getBean(SenderConfiguration.Orders.class);
		SenderConfiguration.Audit audit = this.sender.getBean(SenderConfiguration.Audit.class);
		orders.place(new Order("book", 2));
		orders.place(new Order("pen", 5));
		audit.record("login");
		this.receiver = new AnnotationConfigApplicationContext(ReceiverConfiguration.class);
		ReceiverConfiguration configuration = this.receiver.getBean(ReceiverConfiguration.class);
		await().atMost(Duration.ofSeconds(20)).until(() -> configuration.orders.size() == 2);
		assertThat(configuration.orders).containsExactly(new Order("book", 2), new Order("pen", 5));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> configuration.archived.size() == 1 && configuration.alerted.size() == 1);
		assertThat(configuration.archived).containsExactly("login");
		assertThat(configuration.alerted).containsExactly("login");
	}

	static ChronicleOptions options(String subscriberName) {
		ChronicleOptions.Builder builder = Chronicle.options().directory(directory);
		if (subscriberName != null) {
			builder.subscriberName(subscriberName);
		}
		return builder.build();
	}

	record Order(String item, int quantity) {
	}

	@Configuration
	@EnableIntegration
	static class ReceiverConfiguration {

		final List<Order> orders = new CopyOnWriteArrayList<>();

		final List<String> archived = new CopyOnWriteArrayList<>();

		final List<String> alerted = new CopyOnWriteArrayList<>();

		@Bean
		IntegrationFlow ordersIn() {
			return IntegrationFlow
				.from(Chronicle.inboundChannelAdapter("orders", options(null)).payloadType(Order.class))
				.handle(Order.class, (order, headers) -> {
					this.orders.add(order);
					return null;
				})
				.get();
		}

		@Bean
		IntegrationFlow archiver() {
			return IntegrationFlow.from(Chronicle.subscriber("audit", options("archiver")))
				.handle(String.class, (event, headers) -> {
					this.archived.add(event);
					return null;
				})
				.get();
		}

		@Bean
		IntegrationFlow alerter() {
			return IntegrationFlow.from(Chronicle.subscriber("audit", options("alerter")))
				.handle(String.class, (event, headers) -> {
					this.alerted.add(event);
					return null;
				})
				.get();
		}

	}

	@Configuration
	@EnableIntegration
	static class SenderConfiguration {

		@Bean
		IntegrationFlow ordersOut() {
			return IntegrationFlow.from(Orders.class)
				.handle(Chronicle.outboundChannelAdapter("orders", options(null)))
				.get();
		}

		@Bean
		IntegrationFlow auditOut() {
			return IntegrationFlow.from(Audit.class).handle(Chronicle.publisher("audit", options(null))).get();
		}

		@MessagingGateway
		interface Orders {

			void place(Order order);

		}

		@MessagingGateway
		interface Audit {

			void record(String event);

		}

	}

}
