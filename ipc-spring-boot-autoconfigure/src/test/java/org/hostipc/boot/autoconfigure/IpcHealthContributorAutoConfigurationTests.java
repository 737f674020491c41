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

package org.hostipc.boot.autoconfigure;

import java.util.Map;

import org.hostipc.boot.health.IpcHealthIndicator;
import org.hostipc.boot.testsupport.FakeIpcEndpoint;
import org.hostipc.transport.Direction;
import org.hostipc.transport.EndpointState;
import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.MessagingPattern;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link IpcHealthContributorAutoConfiguration}.
 *
 * @author hostipc
 */
class IpcHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(IpcAutoConfiguration.class, IpcHealthContributorAutoConfiguration.class,
						HealthContributorAutoConfiguration.class, HealthContributorRegistryAutoConfiguration.class))
		.withBean("orders.ipcEndpoint", FakeIpcEndpoint.class,
				() -> new FakeIpcEndpoint("orders", Direction.INBOUND, MessagingPattern.POINT_TO_POINT))
		.withBean("quotes.ipcEndpoint", FakeIpcEndpoint.class,
				() -> new FakeIpcEndpoint("quotes", Direction.OUTBOUND, MessagingPattern.REQUEST_REPLY));

	@Test
	void whenEndpointsExistThenIpcContributorHasOneIndicatorPerChannel() {
		this.contextRunner.run((context) -> {
			HealthContributor contributor = context.getBean(HealthContributorRegistry.class).getContributor("ipc");
			assertThat(contributor).isInstanceOf(CompositeHealthContributor.class);
			CompositeHealthContributor composite = (CompositeHealthContributor) contributor;
			assertThat(composite.stream().map((entry) -> entry.name())).containsExactly("orders", "quotes");
			assertThat(composite.getContributor("orders")).isInstanceOf(IpcHealthIndicator.class);
		});
	}

	@Test
	void whenEndpointIsUpThenIndicatorIsUpWithDetails() {
		this.contextRunner.run((context) -> {
			FakeIpcEndpoint orders = context.getBean("orders.ipcEndpoint", FakeIpcEndpoint.class);
			orders.setState(EndpointState.up("listening", Map.of("peers", 2)));
			orders.counters().sent(100);
			orders.counters().received(50, 0);
			orders.counters().received(50, 0);
			orders.counters().error(ErrorReason.CHECKSUM);
			Health health = indicator(context, "orders").health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("transport", "fake")
				.containsEntry("direction", "inbound")
				.containsEntry("pattern", "point-to-point")
				.containsEntry("reason", "listening")
				.containsEntry("details", Map.of("peers", 2))
				.containsEntry("messagesSent", 1L)
				.containsEntry("messagesReceived", 2L)
				.containsEntry("errors", Map.of("checksum", 1L));
		});
	}

	@Test
	void whenEndpointIsDownThenIndicatorIsDownWithReason() {
		this.contextRunner.run((context) -> {
			FakeIpcEndpoint quotes = context.getBean("quotes.ipcEndpoint", FakeIpcEndpoint.class);
			quotes.setState(EndpointState.down("no server listening on /tmp/quotes.sock", Map.of()));
			Health health = indicator(context, "quotes").health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("reason", "no server listening on /tmp/quotes.sock")
				.containsEntry("direction", "outbound")
				.containsEntry("pattern", "request-reply")
				.doesNotContainKey("details");
		});
	}

	@Test
	void whenEndpointStateFailsThenIndicatorIsDown() {
		this.contextRunner.run((context) -> {
			FakeIpcEndpoint orders = context.getBean("orders.ipcEndpoint", FakeIpcEndpoint.class);
			orders.setState(null);
			assertThat(indicator(context, "orders").health().getStatus()).isEqualTo(Status.DOWN);
		});
	}

	@Test
	void whenHealthIndicatorIsDisabledThenNoContributor() {
		this.contextRunner.withPropertyValues("management.health.ipc.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("ipcHealthContributor"));
	}

	@Test
	void whenNoEndpointThenNoContributor() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(IpcAutoConfiguration.class, IpcHealthContributorAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean("ipcHealthContributor"));
	}

	@Test
	void whenHealthIsNotOnClasspathThenNoContributor() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(HealthContributor.class))
			.run((context) -> assertThat(context).doesNotHaveBean("ipcHealthContributor"));
	}

	@Test
	void whenUserDefinesContributorThenAutoConfigurationBacksOff() {
		HealthIndicator custom = () -> Health.up().build();
		this.contextRunner.withBean("ipcHealthContributor", HealthIndicator.class, () -> custom)
			.run((context) -> assertThat(context.getBean("ipcHealthContributor")).isSameAs(custom));
	}

	private static HealthIndicator indicator(org.springframework.context.ApplicationContext context, String channel) {
		CompositeHealthContributor composite = context.getBean("ipcHealthContributor",
				CompositeHealthContributor.class);
		return (HealthIndicator) composite.getContributor(channel);
	}

}
