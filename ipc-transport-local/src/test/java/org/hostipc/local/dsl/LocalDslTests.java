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

package org.hostipc.local.dsl;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.annotation.MessagingGateway;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Java DSL wires in-JVM flows without Spring Boot, between two application contexts:
 * point-to-point, request-reply with a JSON reply type, and publish-subscribe.
 *
 * @author hostipc
 */
class LocalDslTests {

	private AnnotationConfigApplicationContext receiver;

	private AnnotationConfigApplicationContext sender;

	@AfterEach
	void close() {
		if (this.sender != null) {
			this.sender.close();
		}
		if (this.receiver != null) {
			this.receiver.close();
		}
	}

	@Test
	void whenTwoContextsUseLocalFlowsThenEveryPatternExchangesMessages() {
		this.receiver = new AnnotationConfigApplicationContext(ReceiverConfiguration.class);
		this.sender = new AnnotationConfigApplicationContext(SenderConfiguration.class);
		SenderConfiguration.Orders orders = this.sender.getBean(SenderConfiguration.Orders.class);
		SenderConfiguration.Quotes quotes = this.sender.getBean(SenderConfiguration.Quotes.class);
		orders.place(new Order("book", 2));
		Quote quote = quotes.quote("ACME");
		assertThat(quote).isEqualTo(new Quote("ACME", 42.5));
		ReceiverConfiguration configuration = this.receiver.getBean(ReceiverConfiguration.class);
		await().atMost(Duration.ofSeconds(10)).until(() -> configuration.orders.size() == 1);
		assertThat(configuration.orders).containsExactly(new Order("book", 2));
		SenderConfiguration.Prices prices = this.sender.getBean(SenderConfiguration.Prices.class);
		prices.publish("ACME=42.5");
		await().atMost(Duration.ofSeconds(10)).until(() -> configuration.prices.size() == 1);
		assertThat(configuration.prices).containsExactly("ACME=42.5");
	}

	record Order(String item, int quantity) {
	}

	record Quote(String symbol, double price) {
	}

	@Configuration
	@EnableIntegration
	static class ReceiverConfiguration {

		final List<Order> orders = new CopyOnWriteArrayList<>();

		final List<String> prices = new CopyOnWriteArrayList<>();

		@Bean
		IntegrationFlow ordersIn() {
			return IntegrationFlow.from(Local.inboundChannelAdapter("orders").payloadType(Order.class))
				.handle(Order.class, (order, headers) -> {
					this.orders.add(order);
					return null;
				})
				.get();
		}

		@Bean
		IntegrationFlow quotesIn() {
			return IntegrationFlow.from(Local.inboundGateway("quotes"))
				.handle(String.class, (symbol, headers) -> new Quote(symbol, 42.5))
				.get();
		}

		@Bean
		IntegrationFlow pricesIn() {
			return IntegrationFlow.from(Local.subscriber("prices")).handle(String.class, (price, headers) -> {
				this.prices.add(price);
				return null;
			}).get();
		}

	}

	@Configuration
	@EnableIntegration
	static class SenderConfiguration {

		@Bean
		IntegrationFlow ordersOut() {
			return IntegrationFlow.from(Orders.class).handle(Local.outboundChannelAdapter("orders")).get();
		}

		@Bean
		IntegrationFlow quotesOut() {
			return IntegrationFlow.from(Quotes.class)
				.handle(Local.outboundGateway("quotes").replyPayloadType(Quote.class))
				.get();
		}

		@Bean
		IntegrationFlow pricesOut() {
			return IntegrationFlow.from(Prices.class)
				.handle(Local.publisher("prices", Local.options("prices").sendTimeout(Duration.ofSeconds(10)).build()))
				.get();
		}

		@MessagingGateway
		interface Orders {

			void place(Order order);

		}

		@MessagingGateway
		interface Quotes {

			Quote quote(String symbol);

		}

		@MessagingGateway
		interface Prices {

			void publish(String price);

		}

	}

}
