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

import org.hostipc.InvalidIpcConfigurationException;
import org.hostipc.boot.autoconfigure.gateway.Orders;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ContextConsumer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.integration.annotation.IntegrationComponentScan;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the startup validation of {@code ipc.*} properties.
 *
 * @author hostipc
 */
class IpcConfigurationValidationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(IpcAutoConfiguration.class, IntegrationAutoConfiguration.class))
		.withPropertyValues("ipc.directory=/tmp/hostipc-validation");

	private final String[] orders = { "ipc.channels.orders.transport=uds", "ipc.channels.orders.direction=inbound",
			"ipc.channels.orders.pattern=point-to-point", "ipc.channels.orders.auto-startup=false" };

	@Test
	void whenChannelIsCompleteThenContextStarts() {
		this.contextRunner.withPropertyValues(this.orders).run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void whenTransportIsMissingThenStartupFailsNamingTheProperty() {
		this.contextRunner
			.withPropertyValues("ipc.channels.orders.direction=inbound", "ipc.channels.orders.pattern=point-to-point")
			.run(failsWith("ipc.channels.orders.transport", "no transport is set",
					"Set 'ipc.channels.orders.transport' to one of 'uds', 'shm' or 'chronicle'."));
	}

	@Test
	void whenDirectionIsMissingThenStartupFailsNamingTheProperty() {
		this.contextRunner
			.withPropertyValues("ipc.channels.orders.transport=uds", "ipc.channels.orders.pattern=point-to-point")
			.run(failsWith("ipc.channels.orders.direction", "no direction is set", "'inbound'"));
	}

	@Test
	void whenPatternIsMissingThenStartupFailsNamingTheProperty() {
		this.contextRunner
			.withPropertyValues("ipc.channels.orders.transport=uds", "ipc.channels.orders.direction=inbound")
			.run(failsWith("ipc.channels.orders.pattern", "no pattern is set",
					"Set 'ipc.channels.orders.pattern' to one of 'point-to-point', 'publish-subscribe' or 'request-reply'."));
	}

	@Test
	void whenPatternIsUnknownThenBindFailureNamesThePropertyAndTheValidValues() {
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.channels.orders.pattern=fan-out")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("ipc.channels.orders.pattern").contains("fan-out");
				assertThat(analysis.getAction()).contains("POINT_TO_POINT")
					.contains("PUBLISH_SUBSCRIBE")
					.contains("REQUEST_REPLY");
			});
	}

	@Test
	void whenTransportIsUnknownThenBindFailureNamesThePropertyAndTheValidValues() {
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.channels.orders.transport=carrier-pigeon")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("ipc.channels.orders.transport")
					.contains("carrier-pigeon");
				assertThat(analysis.getAction()).contains("UDS").contains("SHM");
			});
	}

	@Test
	void whenSocketModeIsNotOctalThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.channels.orders.uds.socket-mode=0800")
			.run(failsWith("ipc.channels.orders.uds.socket-mode", "'0800' is not an octal file mode", "0600"));
	}

	@Test
	void whenDirectoryModeIsNotOctalThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.channels.orders.uds.directory-mode=rwx")
			.run(failsWith("ipc.channels.orders.uds.directory-mode", "'rwx' is not an octal file mode", "0700"));
	}

	@Test
	void whenMaxMessageSizeIsZeroThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.channels.orders.max-message-size=0")
			.run(failsWith("ipc.channels.orders.max-message-size", "but was 0B", "1MB"));
	}

	@Test
	void whenMaxMessageSizeIsAboveOneGigabyteThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.channels.orders.max-message-size=2GB")
			.run(failsWith("ipc.channels.orders.max-message-size", "at most 1GB, but was 2GB", "1MB"));
	}

	@Test
	void whenSendTimeoutIsZeroThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.channels.orders.send-timeout=0s")
			.run(failsWith("ipc.channels.orders.send-timeout", "must be a positive duration, but was 0s", "5s"));
	}

	@Test
	void whenReplyTimeoutIsNegativeThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.channels.orders.reply-timeout=-1s")
			.run(failsWith("ipc.channels.orders.reply-timeout", "must be a positive duration, but was -1s", "5s"));
	}

	@Test
	void whenReconnectBackoffIsZeroThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.channels.orders.uds.reconnect-initial-backoff=0ms")
			.run(failsWith("ipc.channels.orders.uds.reconnect-initial-backoff", "must be a positive duration", "5s"));
	}

	@Test
	void whenReconnectMaxBackoffIsBelowInitialThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.channels.orders.uds.reconnect-initial-backoff=1s",
					"ipc.channels.orders.uds.reconnect-max-backoff=100ms")
			.run(failsWith("ipc.channels.orders.uds.reconnect-max-backoff",
					"must not be less than reconnect-initial-backoff (1s), but was 100ms",
					"ipc.channels.orders.uds.reconnect-initial-backoff"));
	}

	@Test
	void whenMinSubscribersIsNegativeThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.channels.orders.uds.min-subscribers=-1")
			.run(failsWith("ipc.channels.orders.uds.min-subscribers", "must not be negative", "0 or more"));
	}

	@Test
	void whenDefaultSocketPathIsTooLongThenStartupFailsSuggestingAShorterDirectory() {
		String directory = "/tmp/" + "d".repeat(110);
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.directory=" + directory)
			.run(failsWith("ipc.channels.orders.uds.path", "socket path '" + directory + "/orders.sock' is 127 bytes",
					"Set a shorter 'ipc.directory'"));
	}

	@Test
	void whenExplicitSocketPathIsTooLongThenStartupFailsNamingThePath() {
		String path = "/tmp/" + "p".repeat(103);
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.channels.orders.uds.path=" + path)
			.run(failsWith("ipc.channels.orders.uds.path", "at most 107 bytes",
					"Set 'ipc.channels.orders.uds.path' to a shorter path."));
	}

	@Test
	void whenSocketPathIsAtTheLimitThenContextStarts() {
		String path = "/tmp/" + "p".repeat(102);
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.channels.orders.uds.path=" + path)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void whenChannelNameIsNotAValidBeanNameThenStartupFailsNamingTheChannel() {
		this.contextRunner
			.withPropertyValues("ipc.channels[my.orders].transport=uds", "ipc.channels[my.orders].direction=inbound",
					"ipc.channels[my.orders].pattern=point-to-point")
			.run(failsWith("ipc.channels.my.orders", "'my.orders' is not a valid channel name",
					"starts with a letter"));
	}

	@Test
	void whenChannelNameStartsWithADigitThenStartupFails() {
		this.contextRunner
			.withPropertyValues("ipc.channels.9orders.transport=uds", "ipc.channels.9orders.direction=inbound",
					"ipc.channels.9orders.pattern=point-to-point")
			.run(failsWith("ipc.channels.9orders", "'9orders' is not a valid channel name", "for example 'orders'"));
	}

	@Test
	void whenTwoChannelsListenOnTheSameSocketThenStartupFailsNamingTheSecond() {
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.channels.orders.uds.path=/tmp/hostipc-validation/shared.sock",
					"ipc.channels.audit.transport=uds", "ipc.channels.audit.direction=inbound",
					"ipc.channels.audit.pattern=request-reply",
					"ipc.channels.audit.uds.path=/tmp/hostipc-validation/shared.sock")
			.run(failsWith("ipc.channels.audit.uds.path",
					"channels 'orders' and 'audit' both listen on socket '/tmp/hostipc-validation/shared.sock'",
					"Give each channel its own socket"));
	}

	@Test
	void whenServerAndClientShareASocketThenContextStarts() {
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.channels.orders.uds.path=/tmp/hostipc-validation/loop.sock",
					"ipc.channels.loop.transport=uds", "ipc.channels.loop.direction=outbound",
					"ipc.channels.loop.pattern=point-to-point", "ipc.channels.loop.auto-startup=false",
					"ipc.channels.loop.uds.path=/tmp/hostipc-validation/loop.sock")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void whenABeanNamedLikeTheChannelIsNotAChannelThenStartupFailsNamingTheChannel() {
		this.contextRunner.withPropertyValues(this.orders)
			.withBean("orders", String.class, () -> "not a channel")
			.run(failsWith("ipc.channels.orders",
					"a bean named 'orders' already exists and is not a MessageChannel but a java.lang.String",
					"Rename that bean"));
	}

	@Test
	void whenAScannedGatewayHasTheChannelNameThenStartupFailsSuggestingAGatewayName() {
		this.contextRunner.withPropertyValues(this.orders)
			.withUserConfiguration(GatewayScan.class)
			.run(failsWith("ipc.channels.orders", "not a MessageChannel but a " + Orders.class.getName(),
					"@MessagingGateway(name = \"ordersGateway\", defaultRequestChannel = \"orders\")"));
	}

	@Test
	void whenIpcIsDisabledThenInvalidChannelsAreIgnored() {
		this.contextRunner.withPropertyValues("ipc.enabled=false", "ipc.channels.orders.direction=inbound")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("orders.ipcEndpoint"));
	}

	@Configuration(proxyBeanMethods = false)
	@IntegrationComponentScan(basePackageClasses = Orders.class)
	static class GatewayScan {

	}

	private static ContextConsumer<AssertableApplicationContext> failsWith(String property, String message,
			String action) {
		return (context) -> {
			assertThat(context).hasFailed();
			Throwable rootCause = rootCause(context.getStartupFailure());
			assertThat(rootCause).isInstanceOf(InvalidIpcConfigurationException.class);
			InvalidIpcConfigurationException failure = (InvalidIpcConfigurationException) rootCause;
			assertThat(failure.getProperty()).isEqualTo(property);
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).startsWith("Invalid configuration property '" + property + "': ")
				.contains(message);
			assertThat(analysis.getAction()).contains(action);
		};
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	/**
	 * Analyze a failure with the registered analyzers that need no context, like Spring
	 * Boot does when an application fails to start.
	 * @param failure the startup failure
	 * @return the first analysis
	 */
	private static FailureAnalysis analyze(Throwable failure) {
		for (FailureAnalyzer analyzer : SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, null, (factoryType, implementationName, ex) -> {
			})) {
			FailureAnalysis analysis = analyzer.analyze(failure);
			if (analysis != null) {
				return analysis;
			}
		}
		throw new AssertionError("No failure analyzer explained " + failure);
	}

}
