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

package org.hostipc.uds.autoconfigure;

import org.hostipc.boot.testsupport.ChannelFixtures;
import org.hostipc.boot.testsupport.ChannelFixtures.Order;
import org.hostipc.boot.testsupport.ChannelFixtures.Orders;
import org.hostipc.boot.testsupport.ChannelFixtures.Quotes;
import org.hostipc.boot.testsupport.ChannelFixtures.OrderService;
import org.hostipc.boot.testsupport.ChannelFixtures.OrderClient;
import org.hostipc.boot.testsupport.ChannelFixtures.QuoteService;
import org.hostipc.boot.testsupport.ChannelFixtures.QuoteClient;
import org.hostipc.boot.autoconfigure.IpcMetricsAutoConfiguration;
import org.hostipc.boot.autoconfigure.IpcHealthContributorAutoConfiguration;
import org.hostipc.boot.autoconfigure.IpcAutoConfiguration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.integration.annotation.MessagingGateway;
import org.springframework.integration.annotation.ServiceActivator;
import org.springframework.util.FileSystemUtils;

import static org.hostipc.boot.testsupport.ChannelFixtures.messages;
import static org.hostipc.boot.testsupport.ChannelFixtures.health;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End-to-end tests of auto-configured channels: two application contexts in this JVM
 * exchange messages through a Unix domain socket, one with a {@code @MessagingGateway}
 * and the other with a {@code @ServiceActivator}.
 *
 * @author hostipc
 */
class UdsChannelsEndToEndTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private Path directory;

	private ApplicationContextRunner contextRunner;

	@BeforeEach
	void createSocketDirectory() throws IOException {
		this.directory = Files.createTempDirectory(Path.of("/tmp"), "ipc");
		this.contextRunner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(IpcAutoConfiguration.class, UdsTransportAutoConfiguration.class,
					IntegrationAutoConfiguration.class, IpcHealthContributorAutoConfiguration.class,
					IpcMetricsAutoConfiguration.class, MetricsAutoConfiguration.class,
					SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class))
			.withPropertyValues("ipc.directory=" + this.directory);
	}

	@AfterEach
	void deleteSocketDirectory() throws IOException {
		FileSystemUtils.deleteRecursively(this.directory);
	}

	@Test
	void whenGatewaySendsToPointToPointChannelThenServiceActivatorReceivesTheConvertedPayload() {
		this.contextRunner.withUserConfiguration(OrderService.class)
			.withPropertyValues(channel("orders", "inbound", "point-to-point"))
			.withPropertyValues("ipc.channels.orders.payload-type=" + Order.class.getName())
			.run((inbound) -> this.contextRunner.withUserConfiguration(OrderClient.class)
				.withPropertyValues(channel("orders", "outbound", "point-to-point"))
				.run((outbound) -> {
					assertThat(inbound).hasNotFailed();
					assertThat(outbound).hasNotFailed();
					outbound.getBean(Orders.class).place(new Order("o-1", 3));
					OrderService service = inbound.getBean(OrderService.class);
					await().atMost(TIMEOUT)
						.untilAsserted(() -> assertThat(service.orders).containsExactly(new Order("o-1", 3)));
					assertThat(messages(outbound, "ipc.messages.sent", "orders")).isOne();
					assertThat(messages(inbound, "ipc.messages.received", "orders")).isOne();
					await().atMost(TIMEOUT).untilAsserted(() -> {
						assertThat(health(inbound, "orders").getStatus()).isEqualTo(Status.UP);
						assertThat(health(outbound, "orders").getStatus()).isEqualTo(Status.UP);
					});
				}));
	}

	@Test
	void whenGatewayRequestsOnRequestReplyChannelThenServiceActivatorReplies() {
		this.contextRunner.withUserConfiguration(QuoteService.class)
			.withPropertyValues(channel("quotes", "inbound", "request-reply"))
			.run((inbound) -> this.contextRunner.withUserConfiguration(QuoteClient.class)
				.withPropertyValues(channel("quotes", "outbound", "request-reply"))
				.run((outbound) -> {
					Quotes quotes = outbound.getBean(Quotes.class);
					assertThat(quotes.quote("acme")).isEqualTo("ACME:42");
					assertThat(quotes.quote("initech")).isEqualTo("INITECH:42");
				}));
	}

	@Test
	void whenPublisherSendsToPublishSubscribeChannelThenEverySubscriberReceives() {
		this.contextRunner.withUserConfiguration(OrderService.class)
			.withPropertyValues(channel("orders", "inbound", "publish-subscribe"))
			.withPropertyValues("ipc.channels.orders.payload-type=" + Order.class.getName())
			.run((first) -> this.contextRunner.withUserConfiguration(OrderService.class)
				.withPropertyValues(channel("orders", "inbound", "publish-subscribe"))
				.withPropertyValues("ipc.channels.orders.payload-type=" + Order.class.getName())
				.run((second) -> this.contextRunner.withUserConfiguration(OrderClient.class)
					.withPropertyValues(channel("orders", "outbound", "publish-subscribe"))
					.withPropertyValues("ipc.channels.orders.uds.min-subscribers=2")
					.run((publisher) -> {
						publisher.getBean(Orders.class).place(new Order("o-2", 1));
						await().atMost(TIMEOUT).untilAsserted(() -> {
							assertThat(first.getBean(OrderService.class).orders).containsExactly(new Order("o-2", 1));
							assertThat(second.getBean(OrderService.class).orders).containsExactly(new Order("o-2", 1));
						});
					})));
	}

	private static String[] channel(String name, String direction, String pattern) {
		return ChannelFixtures.channel("uds", name, direction, pattern);
	}

}
