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

package org.hostipc.local.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hostipc.boot.testsupport.ChannelFixtures.Order;
import org.hostipc.boot.testsupport.ChannelFixtures.OrderClient;
import org.hostipc.boot.testsupport.ChannelFixtures.Orders;
import org.hostipc.boot.testsupport.ChannelFixtures.QuoteClient;
import org.hostipc.boot.testsupport.ChannelFixtures.Quotes;
import org.hostipc.transport.IpcEndpoint;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.integration.annotation.ServiceActivator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A {@code @SpringBootTest} of an application whose channels use the {@code local}
 * transport: both ends of each channel run in the test's JVM, with no socket, ring or
 * queue file, through the same auto-configuration as the real transports.
 *
 * @author hostipc
 */
@SpringBootTest(properties = { "ipc.defaults.transport=local", "ipc.channels.orders.direction=outbound",
		"ipc.channels.orders.pattern=point-to-point", "ipc.channels.orders-in.direction=inbound",
		"ipc.channels.orders-in.pattern=point-to-point", "ipc.channels.orders-in.local.address=orders",
		"ipc.channels.orders-in.payload-type=org.hostipc.boot.testsupport.ChannelFixtures$Order",
		"ipc.channels.quotes.direction=outbound", "ipc.channels.quotes.pattern=request-reply",
		"ipc.channels.quotes-in.direction=inbound", "ipc.channels.quotes-in.pattern=request-reply",
		"ipc.channels.quotes-in.local.address=quotes" })
class LocalSpringBootTests {

	@Autowired
	private Orders orders;

	@Autowired
	private Quotes quotes;

	@Autowired
	private Handlers handlers;

	@Autowired
	private IpcEndpoint[] endpoints;

	@Test
	void whenTheApplicationSendsThenItsOwnHandlersReceiveThroughTheLocalTransport() {
		this.orders.place(new Order("o-1", 2));
		await().atMost(Duration.ofSeconds(10)).until(() -> this.handlers.orders.size() == 1);
		assertThat(this.handlers.orders).containsExactly(new Order("o-1", 2));
		assertThat(this.quotes.quote("acme")).isEqualTo("ACME:42");
		assertThat(this.endpoints).extracting(IpcEndpoint::transport).containsOnly("local");
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ OrderClient.class, QuoteClient.class })
	static class Application {

		@Bean
		Handlers handlers() {
			return new Handlers();
		}

	}

	static class Handlers {

		final List<Order> orders = new CopyOnWriteArrayList<>();

		@ServiceActivator(inputChannel = "orders-in")
		void onOrder(Order order) {
			this.orders.add(order);
		}

		@ServiceActivator(inputChannel = "quotes-in")
		String quote(String symbol) {
			return symbol.toUpperCase(java.util.Locale.ROOT) + ":42";
		}

	}

}
