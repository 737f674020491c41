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

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.hostipc.boot.autoconfigure.IpcAutoConfiguration;
import org.hostipc.chronicle.ChronicleOptions;
import org.hostipc.chronicle.ChronicleRollCycle;
import org.hostipc.chronicle.ChronicleStartPosition;
import org.hostipc.transport.ChannelDefinition;
import org.hostipc.transport.ChannelSettings;
import org.hostipc.transport.Direction;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.IpcEndpoint;
import org.hostipc.transport.IpcIdleStrategy;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

import static org.hostipc.boot.testsupport.StartupFailures.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Auto-configured Chronicle Queue channels: settings conversion and validation.
 *
 * @author hostipc
 */
class ChronicleTransportTests {

	@TempDir
	Path directory;

	private ApplicationContextRunner contextRunner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(IpcAutoConfiguration.class,
					ChronicleTransportAutoConfiguration.class, IntegrationAutoConfiguration.class))
			.withPropertyValues("ipc.channels.orders.transport=chronicle", "ipc.channels.orders.direction=inbound",
					"ipc.channels.orders.pattern=publish-subscribe", "ipc.channels.orders.auto-startup=false",
					"ipc.channels.orders.chronicle.directory=" + this.directory,
					"ipc.channels.orders.chronicle.subscriber=billing");
	}

	@Test
	void whenChronicleChannelIsDeclaredThenSubscriberIsCreated() {
		contextRunner().run((context) -> {
			assertThat(context).hasNotFailed();
			IpcEndpoint endpoint = context.getBean("orders.ipcEndpoint", InboundEndpoint.class);
			assertThat(endpoint.transport()).isEqualTo("chronicle");
			assertThat(endpoint.pattern()).isEqualTo(MessagingPattern.PUBLISH_SUBSCRIBE);
			assertThat(endpoint.describe()).containsEntry("path", this.directory.resolve("orders").toString())
				.containsEntry("subscriber", "billing")
				.containsEntry("startPosition", "saved")
				.containsEntry("maxAttempts", 3)
				.containsEntry("rollCycle", "daily");
		});
	}

	@Test
	void whenOutboundChronicleChannelIsDeclaredThenAppenderIsCreated() {
		contextRunner().withPropertyValues("ipc.channels.orders.direction=outbound").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean("orders.ipcEndpoint", OutboundEndpoint.class).describe()).containsEntry("role",
					"appender");
		});
	}

	@Test
	void settingsShouldBeConvertedToOptions() {
		ChannelSettings channel = ChannelSettings
			.builder("orders", Direction.INBOUND, MessagingPattern.PUBLISH_SUBSCRIBE)
			.maxMessageSize(8 * 1024)
			.sendTimeout(Duration.ofSeconds(2))
			.build();
		ChronicleProperties chronicle = new ChronicleProperties();
		chronicle.setDirectory(Path.of("/var/tmp/q"));
		chronicle.setSubscriber("audit");
		chronicle.setRollCycle(ChronicleRollCycle.HOURLY);
		chronicle.setStartPosition(ChronicleStartPosition.TIMESTAMP);
		chronicle.setStartTimestamp(Instant.parse("2026-01-01T00:00:00Z"));
		chronicle.setRetryBackoff(Duration.ofMillis(50));
		chronicle.setMaxAttempts(7);
		chronicle.setDiskUsageLimit(DataSize.ofGigabytes(2));
		chronicle.setMaxPark(Duration.ofMillis(5));
		chronicle.setIdleStrategy(IpcIdleStrategy.BUSY_SPIN);
		chronicle.setRetention(Duration.ofHours(6));
		chronicle.setRetentionCheckInterval(Duration.ofSeconds(30));
		ChronicleOptions options = new ChronicleTransport(List.of())
			.options(new ChannelDefinition<>(channel, chronicle));
		assertThat(options.directory()).isEqualTo(Path.of("/var/tmp/q"));
		assertThat(options.subscriberName()).isEqualTo("audit");
		assertThat(options.limits().maxPayloadLength()).isEqualTo(8 * 1024);
		assertThat(options.rollCycle()).isEqualTo(ChronicleRollCycle.HOURLY);
		assertThat(options.startPosition()).isEqualTo(ChronicleStartPosition.TIMESTAMP);
		assertThat(options.startTimestamp()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
		assertThat(options.retryBackoff()).isEqualTo(Duration.ofMillis(50));
		assertThat(options.maxAttempts()).isEqualTo(7);
		assertThat(options.diskUsageLimit()).isEqualTo(DataSize.ofGigabytes(2).toBytes());
		assertThat(options.sendTimeout()).isEqualTo(Duration.ofSeconds(2));
		assertThat(options.maxPark()).isEqualTo(Duration.ofMillis(5));
		assertThat(options.idleStrategy()).isEqualTo(IpcIdleStrategy.BUSY_SPIN);
		assertThat(options.retention()).isEqualTo(Duration.ofHours(6));
		assertThat(options.retentionCheckInterval()).isEqualTo(Duration.ofSeconds(30));
		assertThat(options.deadLetterDirectory("orders")).isEqualTo(Path.of("/var/tmp/q/orders.dead-letter"));
	}

	@Test
	void whenPatternIsRequestReplyThenStartupFails() {
		contextRunner().withPropertyValues("ipc.channels.orders.pattern=request-reply")
			.run(failsWith("ipc.channels.orders.pattern", "not request-reply", "'uds' or 'shm'"));
	}

	@Test
	void whenDirectoryIsMissingThenStartupFails() {
		contextRunner().withPropertyValues("ipc.channels.orders.chronicle.directory=")
			.run(failsWith("ipc.channels.orders.chronicle.directory", "must be set", "persistent file system"));
	}

	@Test
	void whenStartPositionIsIndexWithoutIndexThenStartupFails() {
		contextRunner().withPropertyValues("ipc.channels.orders.chronicle.start-position=index")
			.run(failsWith("ipc.channels.orders.chronicle.start-index", "must be set", "ipc_queueIndex"));
	}

	@Test
	void whenRetentionIsNotSetThenEveryCycleFileIsKept() {
		contextRunner()
			.run((context) -> assertThat(context.getBean("orders.ipcEndpoint", InboundEndpoint.class).describe())
				.containsEntry("retention", "keep-all"));
	}

	@Test
	void whenRetentionIsSetThenEndpointUsesIt() {
		contextRunner().withPropertyValues("ipc.channels.orders.chronicle.retention=7d")
			.run((context) -> assertThat(context.getBean("orders.ipcEndpoint", InboundEndpoint.class).describe())
				.containsEntry("retention", "PT168H"));
	}

	@Test
	void whenRetentionIsNotPositiveThenStartupFails() {
		contextRunner().withPropertyValues("ipc.channels.orders.chronicle.retention=0s")
			.run(failsWith("ipc.channels.orders.chronicle.retention", "must be a positive duration", "5s"));
	}

	@Test
	void whenRetentionCheckIntervalIsNotPositiveThenStartupFails() {
		contextRunner().withPropertyValues("ipc.channels.orders.chronicle.retention-check-interval=-1s")
			.run(failsWith("ipc.channels.orders.chronicle.retention-check-interval", "must be a positive duration",
					"5s"));
	}

	@Test
	void whenMaxAttemptsIsZeroThenStartupFails() {
		contextRunner().withPropertyValues("ipc.channels.orders.chronicle.max-attempts=0")
			.run(failsWith("ipc.channels.orders.chronicle.max-attempts", "at least 1", "1 or more"));
	}

}
