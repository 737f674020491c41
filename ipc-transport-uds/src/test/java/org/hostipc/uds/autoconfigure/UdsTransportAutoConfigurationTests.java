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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hostipc.boot.autoconfigure.IpcAutoConfiguration;
import org.hostipc.transport.IpcEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link UdsTransportAutoConfiguration} with {@link IpcAutoConfiguration}.
 *
 * @author hostipc
 */
class UdsTransportAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(IpcAutoConfiguration.class, UdsTransportAutoConfiguration.class,
				IntegrationAutoConfiguration.class))
		.withPropertyValues("ipc.directory=/tmp/hostipc-autoconfig");

	@ParameterizedTest
	@CsvSource({ "inbound, point-to-point, server", "inbound, publish-subscribe, client",
			"inbound, request-reply, server", "outbound, point-to-point, client", "outbound, publish-subscribe, server",
			"outbound, request-reply, client" })
	void whenAChannelOfAnyPatternIsDeclaredThenItGetsAUdsEndpointInItsRole(String direction, String pattern,
			String role) {
		this.contextRunner.withPropertyValues(channel("orders", direction, pattern)).run((context) -> {
			IpcEndpoint endpoint = context.getBean("orders.ipcEndpoint", IpcEndpoint.class);
			assertThat(endpoint.transport()).isEqualTo("uds");
			assertThat(endpoint.direction().tag()).isEqualTo(direction);
			assertThat(endpoint.pattern().id()).isEqualTo(pattern);
			assertThat(endpoint.describe()).containsEntry("role", role);
		});
	}

	@Test
	void whenUdsSettingsAreSetThenTheEndpointUsesThem() {
		this.contextRunner.withPropertyValues(channel("orders", "inbound", "point-to-point"))
			.withPropertyValues("ipc.channels.orders.max-message-size=64KB", "ipc.channels.orders.send-timeout=750ms",
					"ipc.channels.orders.uds.path=/tmp/hostipc-autoconfig/custom/orders.socket")
			.run((context) -> {
				Map<String, Object> description = context.getBean("orders.ipcEndpoint", IpcEndpoint.class).describe();
				assertThat(description).containsEntry("path", "/tmp/hostipc-autoconfig/custom/orders.socket")
					.containsEntry("maxMessageSize", 64 * 1024)
					.containsEntry("sendTimeout", "PT0.75S");
			});
	}

	@Test
	void whenNoPathIsSetThenTheSocketIsNamedAfterTheChannelInTheDirectory() {
		this.contextRunner.withPropertyValues(channel("orders", "outbound", "point-to-point"))
			.run((context) -> assertThat(context.getBean("orders.ipcEndpoint", IpcEndpoint.class).describe())
				.containsEntry("path", "/tmp/hostipc-autoconfig/orders.sock"));
	}

	@Test
	void whenUdsOptionsCustomizersExistThenTheyCustomizeEveryChannel() {
		List<String> customized = new ArrayList<>();
		this.contextRunner.withPropertyValues(channel("orders", "inbound", "point-to-point"))
			.withPropertyValues(channel("quotes", "outbound", "request-reply"))
			.withBean(UdsOptionsCustomizer.class, () -> (name, options) -> {
				customized.add(name);
				options.sendTimeout(Duration.ofMillis(1234));
			})
			.run((context) -> {
				assertThat(customized).containsExactlyInAnyOrder("orders", "quotes");
				assertThat(context.getBean("quotes.ipcEndpoint", IpcEndpoint.class).describe())
					.containsEntry("sendTimeout", "PT1.234S");
			});
	}

	private static String[] channel(String name, String direction, String pattern) {
		String prefix = "ipc.channels." + name + ".";
		return new String[] { prefix + "transport=uds", prefix + "direction=" + direction,
				prefix + "pattern=" + pattern, prefix + "auto-startup=false" };
	}

}
