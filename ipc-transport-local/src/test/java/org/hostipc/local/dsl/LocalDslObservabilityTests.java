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

import io.micrometer.core.instrument.MeterRegistry;
import org.hostipc.boot.autoconfigure.IpcAutoConfiguration;
import org.hostipc.boot.autoconfigure.IpcChannelsEndpointAutoConfiguration;
import org.hostipc.boot.autoconfigure.IpcHealthContributorAutoConfiguration;
import org.hostipc.boot.autoconfigure.IpcMetricsAutoConfiguration;
import org.hostipc.boot.endpoint.IpcChannelsEndpoint;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.MessageChannels;
import org.springframework.messaging.support.GenericMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Channels built with the Java DSL appear in health, metrics and the {@code ipc} actuator
 * endpoint like channels declared in configuration.
 *
 * @author hostipc
 */
class LocalDslObservabilityTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(IpcAutoConfiguration.class, IntegrationAutoConfiguration.class,
				IpcHealthContributorAutoConfiguration.class, IpcMetricsAutoConfiguration.class,
				IpcChannelsEndpointAutoConfiguration.class, MetricsAutoConfiguration.class,
				SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class))
		.withPropertyValues("management.endpoints.web.exposure.include=ipc")
		.withUserConfiguration(Flows.class);

	@Test
	void whenFlowsUseTheDslThenTheirEndpointsAreInHealthMetricsAndTheActuatorEndpoint() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			context.getBean("toPrices", org.springframework.messaging.MessageChannel.class)
				.send(new GenericMessage<>("ACME=42"));
			Flows flows = context.getBean(Flows.class);
			await().atMost(Duration.ofSeconds(10)).until(() -> flows.received.size() == 1);
			CompositeHealthContributor ipc = context.getBean("ipcHealthContributor", CompositeHealthContributor.class);
			assertThat(ipc.stream().map(HealthContributors.Entry::name)).containsExactlyInAnyOrder("prices",
					"pricesIn");
			assertThat(((HealthIndicator) ipc.getContributor("prices")).health().getStatus()).isEqualTo(Status.UP);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("ipc.messages.sent").tag("channel", "prices").functionCounter().count()).isOne();
			assertThat(registry.get("ipc.messages.received").tag("channel", "pricesIn").functionCounter().count())
				.isOne();
			assertThat(context.getBean(IpcChannelsEndpoint.class).channels().channels()).containsOnlyKeys("prices",
					"pricesIn");
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class Flows {

		final List<Object> received = new CopyOnWriteArrayList<>();

		@Bean
		IntegrationFlow pricesOut() {
			return IntegrationFlow.from(MessageChannels.direct("toPrices"))
				.handle(Local.outboundChannelAdapter("prices"))
				.get();
		}

		@Bean
		IntegrationFlow pricesIn() {
			return IntegrationFlow.from(Local.inboundChannelAdapter("pricesIn", Local.options("prices").build()))
				.handle((payload, headers) -> {
					this.received.add(payload);
					return null;
				})
				.get();
		}

	}

}
