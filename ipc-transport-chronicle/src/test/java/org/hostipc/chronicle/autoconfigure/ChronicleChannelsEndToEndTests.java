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

package org.hostipc.chronicle.autoconfigure;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.hostipc.boot.testsupport.ChannelFixtures.Order;
import org.hostipc.boot.testsupport.ChannelFixtures.Orders;
import org.hostipc.boot.testsupport.ChannelFixtures.OrderService;
import org.hostipc.boot.testsupport.ChannelFixtures.OrderClient;
import org.hostipc.boot.autoconfigure.IpcChannelsEndpointAutoConfiguration;
import org.hostipc.boot.autoconfigure.IpcMetricsAutoConfiguration;
import org.hostipc.boot.autoconfigure.IpcHealthContributorAutoConfiguration;
import org.hostipc.boot.autoconfigure.IpcAutoConfiguration;
import org.hostipc.boot.endpoint.IpcChannelsEndpoint;
import org.hostipc.boot.endpoint.IpcChannelsEndpoint.ChannelDescriptor;
import org.hostipc.chronicle.CorruptedQueueFileException;
import org.hostipc.IpcException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.hostipc.boot.testsupport.ChannelFixtures.health;
import static org.hostipc.boot.testsupport.ChannelFixtures.details;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.awaitility.Awaitility.await;

/**
 * End-to-end tests of auto-configured Chronicle Queue channels: two application contexts
 * in this JVM share a queue directory, and the health indicator, the meters and the
 * {@code ipc} actuator endpoint describe each side.
 *
 * @author hostipc
 */
class ChronicleChannelsEndToEndTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	@TempDir
	Path directory;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(IpcAutoConfiguration.class, ChronicleTransportAutoConfiguration.class,
				IntegrationAutoConfiguration.class, IpcHealthContributorAutoConfiguration.class,
				IpcMetricsAutoConfiguration.class, IpcChannelsEndpointAutoConfiguration.class,
				MetricsAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
				CompositeMeterRegistryAutoConfiguration.class))
		.withPropertyValues("management.endpoints.web.exposure.include=ipc");

	@Test
	void whenGatewaySendsThenSubscriberReceivesAndBothSidesReportTheChannel() {
		subscriber().run((inbound) -> publisher().run((outbound) -> {
			assertThat(inbound).hasNotFailed();
			assertThat(outbound).hasNotFailed();
			outbound.getBean(Orders.class).place(new Order("o-1", 3));
			OrderService service = inbound.getBean(OrderService.class);
			await().atMost(TIMEOUT)
				.untilAsserted(() -> assertThat(service.orders).containsExactly(new Order("o-1", 3)));
			await().atMost(TIMEOUT)
				.untilAsserted(() -> assertThat(health(inbound, "orders").getDetails().get("details"))
					.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
					.containsEntry("lag", 0L));
			Health subscriberHealth = health(inbound, "orders");
			assertThat(subscriberHealth.getStatus()).isEqualTo(Status.UP);
			assertThat(details(subscriberHealth)).containsEntry("path", this.directory.resolve("orders").toString())
				.containsEntry("writable", true)
				.containsEntry("subscriber", "billing")
				.containsKeys("freeDiskBytes", "acknowledgedIndex");
			assertThat((Long) details(subscriberHealth).get("freeDiskBytes")).isPositive();
			Health publisherHealth = health(outbound, "orders");
			assertThat(publisherHealth.getStatus()).isEqualTo(Status.UP);
			assertThat(details(publisherHealth)).containsEntry("subscriberLag", Map.of("billing", 0L))
				.containsEntry("writable", true)
				.containsKeys("usedBytes", "freeDiskBytes", "lastIndex");
			MeterRegistry registry = outbound.getBean(MeterRegistry.class);
			assertThat(registry.get("ipc.messages.sent").tag("channel", "orders").functionCounter().count()).isOne();
			assertThat(inbound.getBean(MeterRegistry.class)
				.get("ipc.messages.received")
				.tag("channel", "orders")
				.functionCounter()
				.count()).isOne();
			Gauge backlog = registry.get("ipc.backlog").tag("channel", "orders").tag("transport", "chronicle").gauge();
			assertThat(backlog.value()).isZero();
			assertThat(backlog.getId().getBaseUnit()).isEqualTo("messages");
			ChannelDescriptor appender = outbound.getBean(IpcChannelsEndpoint.class).channel("orders");
			assertThat(appender.transport()).isEqualTo("chronicle");
			assertThat(appender.status()).isEqualTo("UP");
			assertThat(appender.details()).containsEntry("role", "appender")
				.containsEntry("retention", "PT1H")
				.containsEntry("rollCycle", "daily");
			assertThat(appender.state()).containsKey("subscriberLag");
			assertThat(appender.counters().messagesSent()).isOne();
			ChannelDescriptor reader = inbound.getBean(IpcChannelsEndpoint.class).channels().channels().get("orders");
			assertThat(reader.details()).containsEntry("role", "subscriber").containsEntry("subscriber", "billing");
			assertThat(reader.state()).containsEntry("lag", 0L);
		}));
	}

	@Test
	void whenSubscriberIsStoppedThenLagIsShownAndItCatchesUpOnRestart() {
		subscriber().run((first) -> {
			assertThat(first).hasNotFailed();
		});
		publisher().run((outbound) -> {
			Orders orders = outbound.getBean(Orders.class);
			for (int i = 0; i < 3; i++) {
				orders.place(new Order("o-" + i, i));
			}
			MeterRegistry registry = outbound.getBean(MeterRegistry.class);
			assertThat(details(health(outbound, "orders"))).containsEntry("subscriberLag", Map.of("billing", 3L));
			assertThat(registry.get("ipc.backlog").tag("channel", "orders").gauge().value()).isEqualTo(3);
			assertThat(outbound.getBean(IpcChannelsEndpoint.class).channel("orders").state())
				.containsEntry("subscriberLag", Map.of("billing", 3L));
			subscriber().run((inbound) -> {
				await().atMost(TIMEOUT)
					.untilAsserted(() -> assertThat(inbound.getBean(OrderService.class).orders).hasSize(3));
				await().atMost(TIMEOUT)
					.untilAsserted(() -> assertThat(registry.get("ipc.backlog").gauge().value()).isZero());
				assertThat(details(health(inbound, "orders"))).containsEntry("lag", 0L);
			});
		});
	}

	@Test
	void whenDiskUsageLimitIsReachedThenHealthIsDownAndSendsFail() {
		publisher().withPropertyValues("ipc.channels.orders.chronicle.disk-usage-limit=1B").run((outbound) -> {
			Health health = health(outbound, "orders");
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat((String) health.getDetails().get("reason")).contains("disk usage limit of 1 bytes");
			assertThat(details(health)).containsKeys("usedBytes", "freeDiskBytes");
			assertThatException().isThrownBy(() -> outbound.getBean(Orders.class).place(new Order("o-1", 1)))
				.withStackTraceContaining(IpcException.class.getName())
				.withStackTraceContaining("disk usage limit of 1 bytes");
			assertThat(outbound.getBean(IpcChannelsEndpoint.class).channel("orders").status()).isEqualTo("DOWN");
			assertThat(outbound.getBean(MeterRegistry.class)
				.get("ipc.errors")
				.tag("channel", "orders")
				.tag("reason", "io")
				.functionCounter()
				.count()).isOne();
		});
	}

	@Test
	void whenQueueFileIsTruncatedThenStartupFailsNamingTheFile() throws IOException {
		publisher().run((outbound) -> outbound.getBean(Orders.class).place(new Order("o-1", 1)));
		Path cycle;
		try (Stream<Path> files = Files.list(this.directory.resolve("orders"))) {
			cycle = files.filter((file) -> file.toString().endsWith(".cq4")).findFirst().orElseThrow();
		}
		try (RandomAccessFile file = new RandomAccessFile(cycle.toFile(), "rw")) {
			file.setLength(10);
		}
		subscriber().run((inbound) -> {
			assertThat(inbound).hasFailed();
			assertThat(inbound.getStartupFailure()).rootCause()
				.isInstanceOf(CorruptedQueueFileException.class)
				.hasMessageContaining(cycle.toString())
				.hasMessageContaining("is truncated");
		});
	}

	private ApplicationContextRunner subscriber() {
		return this.contextRunner.withUserConfiguration(OrderService.class)
			.withPropertyValues(channel("inbound"))
			.withPropertyValues("ipc.channels.orders.chronicle.subscriber=billing");
	}

	private ApplicationContextRunner publisher() {
		return this.contextRunner.withUserConfiguration(OrderClient.class)
			.withPropertyValues(channel("outbound"))
			.withPropertyValues("ipc.channels.orders.chronicle.retention=1h");
	}

	private String[] channel(String direction) {
		String prefix = "ipc.channels.orders.";
		return new String[] { prefix + "transport=chronicle", prefix + "direction=" + direction,
				prefix + "pattern=publish-subscribe", prefix + "chronicle.directory=" + this.directory,
				prefix + "payload-type=" + Order.class.getName(), prefix + "max-message-size=64KB" };
	}

}
