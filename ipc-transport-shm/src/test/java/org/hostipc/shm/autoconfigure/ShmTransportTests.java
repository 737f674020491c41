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

package org.hostipc.shm.autoconfigure;

import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.hostipc.boot.autoconfigure.IpcAutoConfiguration;
import org.hostipc.shm.ShmBackpressurePolicy;
import org.hostipc.transport.IpcIdleStrategy;
import org.hostipc.shm.ShmOptions;
import org.hostipc.transport.ChannelDefinition;
import org.hostipc.transport.ChannelSettings;
import org.hostipc.transport.Direction;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.IpcEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import static org.hostipc.boot.testsupport.StartupFailures.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Auto-configured shared-memory channels: settings conversion and validation.
 *
 * @author hostipc
 */
class ShmTransportTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(IpcAutoConfiguration.class, ShmTransportAutoConfiguration.class,
				IntegrationAutoConfiguration.class))
		.withPropertyValues("ipc.channels.orders.transport=shm", "ipc.channels.orders.direction=inbound",
				"ipc.channels.orders.pattern=point-to-point", "ipc.channels.orders.auto-startup=false",
				"ipc.channels.orders.shm.directory=/dev/shm/hostipc-settings-test");

	@Test
	void whenShmChannelIsDeclaredThenShmEndpointIsCreatedWithDefaults() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			IpcEndpoint endpoint = context.getBean("orders.ipcEndpoint", InboundEndpoint.class);
			assertThat(endpoint.transport()).isEqualTo("shm");
			assertThat(endpoint.pattern()).isEqualTo(MessagingPattern.POINT_TO_POINT);
			assertThat(endpoint.describe()).containsEntry("path", "/dev/shm/hostipc-settings-test/orders.ring")
				.containsEntry("capacity", 16 * 1024 * 1024)
				.containsEntry("idleStrategy", "backoff")
				.containsEntry("backpressure", "block")
				.containsEntry("maxMessageSize", 1024 * 1024);
		});
	}

	@Test
	void whenOutboundShmChannelIsDeclaredThenProducerIsCreated() {
		this.contextRunner.withPropertyValues("ipc.channels.orders.direction=outbound").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean("orders.ipcEndpoint", OutboundEndpoint.class).describe()).containsEntry("role",
					"producer");
		});
	}

	@Test
	void settingsShouldBeConvertedToOptions() {
		ChannelSettings channel = ChannelSettings.builder("orders", Direction.INBOUND, MessagingPattern.POINT_TO_POINT)
			.maxMessageSize(8 * 1024)
			.sendTimeout(Duration.ofSeconds(2))
			.build();
		ShmProperties shm = new ShmProperties();
		shm.setDirectory(Path.of("/dev/shm/x"));
		shm.setCapacity(DataSize.ofMegabytes(2));
		shm.setIdleStrategy(IpcIdleStrategy.BUSY_SPIN);
		shm.setMaxPark(Duration.ofMillis(2));
		shm.setBackpressure(ShmBackpressurePolicy.DROP_NEWEST);
		shm.setHeartbeatInterval(Duration.ofMillis(50));
		shm.setHeartbeatTimeout(Duration.ofSeconds(1));
		shm.setProducerStallTimeout(Duration.ofSeconds(3));
		shm.setFillRatioThreshold(0.5);
		shm.setFileMode("0640");
		shm.setDirectoryMode("0750");
		shm.getAllowedUids().add(1234);
		shm.setMinSubscribers(2);
		shm.setRegistryScanInterval(Duration.ofMillis(20));
		ShmOptions options = new ShmTransport(List.of()).options(new ChannelDefinition<>(channel, shm));
		assertThat(options.directory()).isEqualTo(Path.of("/dev/shm/x"));
		assertThat(options.capacity()).isEqualTo(2 * 1024 * 1024);
		assertThat(options.limits().maxPayloadLength()).isEqualTo(8 * 1024);
		assertThat(options.sendTimeout()).isEqualTo(Duration.ofSeconds(2));
		assertThat(options.idleStrategy()).isEqualTo(IpcIdleStrategy.BUSY_SPIN);
		assertThat(options.maxPark()).isEqualTo(Duration.ofMillis(2));
		assertThat(options.backpressurePolicy()).isEqualTo(ShmBackpressurePolicy.DROP_NEWEST);
		assertThat(options.heartbeatInterval()).isEqualTo(Duration.ofMillis(50));
		assertThat(options.heartbeatTimeout()).isEqualTo(Duration.ofSeconds(1));
		assertThat(options.producerStallTimeout()).isEqualTo(Duration.ofSeconds(3));
		assertThat(options.fillRatioThreshold()).isEqualTo(0.5);
		assertThat(PosixFilePermissions.toString(options.filePermissions())).isEqualTo("rw-r-----");
		assertThat(PosixFilePermissions.toString(options.directoryPermissions())).isEqualTo("rwxr-x---");
		assertThat(options.allowedUids()).isEqualTo(Set.of(1234));
		assertThat(options.minSubscribers()).isEqualTo(2);
		assertThat(options.registryScanInterval()).isEqualTo(Duration.ofMillis(20));
	}

	@Test
	void whenNothingIsSetThenTheOptionsDefaultsApply() {
		ChannelSettings channel = ChannelSettings.builder("orders", Direction.INBOUND, MessagingPattern.POINT_TO_POINT)
			.build();
		ShmOptions options = new ShmTransport(List.of()).options(new ChannelDefinition<>(channel, new ShmProperties()));
		ShmOptions defaults = ShmOptions.builder().capacity(options.capacity()).limits(options.limits()).build();
		assertThat(options).usingRecursiveComparison().isEqualTo(defaults);
	}

	@Test
	void capacityShouldDefaultToTheSmallestRingThatHoldsTheLargestMessage() {
		ChannelSettings.Builder channel = ChannelSettings.builder("orders", Direction.INBOUND,
				MessagingPattern.POINT_TO_POINT);
		assertThat(ShmTransport.capacity(channel.maxMessageSize(4 * 1024).build(), new ShmProperties()))
			.isEqualTo(1024 * 1024);
		assertThat(ShmTransport.capacity(channel.maxMessageSize(1024 * 1024).build(), new ShmProperties()))
			.isEqualTo(16 * 1024 * 1024);
	}

	@Test
	void whenDefaultsAreSetForEveryShmChannelThenTheChannelSettingsOverrideThem() {
		this.contextRunner
			.withPropertyValues("ipc.defaults.shm.idle-strategy=yield", "ipc.defaults.shm.backpressure=drop-newest",
					"ipc.channels.orders.shm.backpressure=block")
			.run((context) -> assertThat(context.getBean("orders.ipcEndpoint", IpcEndpoint.class).describe())
				.containsEntry("idleStrategy", "yield")
				.containsEntry("backpressure", "block"));
	}

	@Test
	void whenCapacityIsNotAPowerOfTwoThenStartupFails() {
		this.contextRunner.withPropertyValues("ipc.channels.orders.shm.capacity=3MB")
			.run(failsWith("ipc.channels.orders.shm.capacity", "must be a power of two", "such as 16MB"));
	}

	@Test
	void whenCapacityCannotHoldTheLargestMessageThenStartupFails() {
		this.contextRunner.withPropertyValues("ipc.channels.orders.shm.capacity=1MB")
			.run(failsWith("ipc.channels.orders.shm.capacity", "1MB cannot hold messages of 1MB",
					"Raise 'ipc.channels.orders.shm.capacity' to at least 16MB"));
	}

	@Test
	void whenMessagesCannotFitAnyRingThenStartupFails() {
		this.contextRunner.withPropertyValues("ipc.channels.orders.max-message-size=512MB")
			.run(failsWith("ipc.channels.orders.max-message-size", "more than the largest ring capacity of 1GB",
					"use the 'uds' transport"));
	}

	@Test
	void whenHeartbeatTimeoutIsTooShortThenStartupFails() {
		this.contextRunner
			.withPropertyValues("ipc.channels.orders.shm.heartbeat-interval=1s",
					"ipc.channels.orders.shm.heartbeat-timeout=1500ms")
			.run(failsWith("ipc.channels.orders.shm.heartbeat-timeout", "must be at least twice heartbeat-interval",
					"Raise 'ipc.channels.orders.shm.heartbeat-timeout'"));
	}

	@Test
	void whenFileModeIsInvalidThenStartupFails() {
		this.contextRunner.withPropertyValues("ipc.channels.orders.shm.file-mode=rw")
			.run(failsWith("ipc.channels.orders.shm.file-mode", "'rw' is not an octal file mode", "0600"));
	}

	@Test
	void whenFillRatioThresholdIsOutOfRangeThenStartupFails() {
		this.contextRunner.withPropertyValues("ipc.channels.orders.shm.fill-ratio-threshold=1.5")
			.run(failsWith("ipc.channels.orders.shm.fill-ratio-threshold", "must be greater than 0 and at most 1",
					"such as 0.9"));
	}

	@Test
	void idleStrategyAndBackpressureShouldBindFromKebabCase() {
		this.contextRunner
			.withPropertyValues("ipc.channels.orders.shm.idle-strategy=busy-spin",
					"ipc.channels.orders.shm.backpressure=drop-newest")
			.run((context) -> assertThat(context.getBean("orders.ipcEndpoint", IpcEndpoint.class).describe())
				.containsEntry("idleStrategy", "busy-spin")
				.containsEntry("backpressure", "drop-newest"));
	}

	@Test
	void customizerShouldAdjustTheOptions() {
		this.contextRunner.withUserConfiguration(CustomizerConfiguration.class)
			.run((context) -> assertThat(context.getBean("orders.ipcEndpoint", IpcEndpoint.class).describe())
				.containsEntry("idleStrategy", "yield"));
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		@Bean
		ShmOptionsCustomizer yieldingCustomizer() {
			return (name, options) -> options.idleStrategy(IpcIdleStrategy.YIELD);
		}

	}

}
