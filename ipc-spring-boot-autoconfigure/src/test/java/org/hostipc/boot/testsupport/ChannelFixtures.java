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

package org.hostipc.boot.testsupport;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.annotation.MessagingGateway;
import org.springframework.integration.annotation.ServiceActivator;
import org.springframework.integration.gateway.AnnotationGatewayProxyFactoryBean;

/**
 * What the end-to-end tests of auto-configured channels share, whatever the transport: an
 * {@code orders} channel fed by a {@code @MessagingGateway} and handled by a
 * {@code @ServiceActivator}, a {@code quotes} request-reply channel, and readers of the
 * channels' metrics and health.
 *
 * @author hostipc
 */
public final class ChannelFixtures {

	private ChannelFixtures() {
	}

	/**
	 * Return the properties of a channel.
	 * @param transport the transport id
	 * @param name the channel name
	 * @param direction {@code inbound} or {@code outbound}
	 * @param pattern the pattern id
	 * @return the properties
	 */
	public static String[] channel(String transport, String name, String direction, String pattern) {
		String prefix = "ipc.channels." + name + ".";
		return new String[] { prefix + "transport=" + transport, prefix + "direction=" + direction,
				prefix + "pattern=" + pattern };
	}

	/**
	 * Return the count of a channel's message meter.
	 * @param context the context
	 * @param meter the meter name, such as {@code ipc.messages.sent}
	 * @param channel the channel name
	 * @return the count
	 */
	public static double messages(AssertableApplicationContext context, String meter, String channel) {
		return context.getBean(MeterRegistry.class).get(meter).tag("channel", channel).functionCounter().count();
	}

	/**
	 * Return the health of a channel.
	 * @param context the context
	 * @param channel the channel name
	 * @return the health
	 */
	public static Health health(AssertableApplicationContext context, String channel) {
		CompositeHealthContributor ipc = context.getBean("ipcHealthContributor", CompositeHealthContributor.class);
		return ((HealthIndicator) ipc.getContributor(channel)).health();
	}

	/**
	 * Return the endpoint details of a channel's health.
	 * @param health the health
	 * @return the details
	 */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> details(Health health) {
		return (Map<String, Object>) health.getDetails().get("details");
	}

	/**
	 * An order, sent as JSON.
	 *
	 * @param id the id
	 * @param quantity the quantity
	 */
	public record Order(String id, int quantity) {

	}

	/**
	 * Sends orders to the {@code orders} channel.
	 */
	@MessagingGateway(defaultRequestChannel = "orders")
	public interface Orders {

		void place(Order order);

	}

	/**
	 * Asks the {@code quotes} channel for quotes.
	 */
	@MessagingGateway(defaultRequestChannel = "quotes")
	public interface Quotes {

		String quote(String symbol);

	}

	/**
	 * Keeps the orders of the {@code orders} channel.
	 */
	@Configuration(proxyBeanMethods = false)
	public static class OrderService {

		/** The orders received. */
		public final List<Order> orders = new CopyOnWriteArrayList<>();

		@ServiceActivator(inputChannel = "orders")
		void handle(Order order) {
			this.orders.add(order);
		}

	}

	/**
	 * Provides the {@link Orders} gateway.
	 */
	@Configuration(proxyBeanMethods = false)
	public static class OrderClient {

		@Bean
		AnnotationGatewayProxyFactoryBean<Orders> ordersGateway() {
			return new AnnotationGatewayProxyFactoryBean<>(Orders.class);
		}

	}

	/**
	 * Answers the requests of the {@code quotes} channel.
	 */
	@Configuration(proxyBeanMethods = false)
	public static class QuoteService {

		@ServiceActivator(inputChannel = "quotes")
		String quote(String symbol) {
			return symbol.toUpperCase(Locale.ROOT) + ":42";
		}

	}

	/**
	 * Provides the {@link Quotes} gateway.
	 */
	@Configuration(proxyBeanMethods = false)
	public static class QuoteClient {

		@Bean
		AnnotationGatewayProxyFactoryBean<Quotes> quotesGateway() {
			return new AnnotationGatewayProxyFactoryBean<>(Quotes.class);
		}

	}

}
