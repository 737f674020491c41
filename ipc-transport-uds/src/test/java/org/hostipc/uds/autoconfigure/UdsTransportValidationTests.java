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

import org.hostipc.boot.autoconfigure.IpcAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.hostipc.boot.testsupport.StartupFailures.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the startup validation of the {@code uds} settings.
 *
 * @author hostipc
 */
class UdsTransportValidationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(IpcAutoConfiguration.class, UdsTransportAutoConfiguration.class,
				IntegrationAutoConfiguration.class))
		.withPropertyValues("ipc.directory=/tmp/hostipc-validation");

	private final String[] orders = { "ipc.channels.orders.transport=uds", "ipc.channels.orders.direction=inbound",
			"ipc.channels.orders.pattern=point-to-point", "ipc.channels.orders.auto-startup=false" };

	@Test
	void whenChannelIsCompleteThenContextStarts() {
		this.contextRunner.withPropertyValues(this.orders).run((context) -> assertThat(context).hasNotFailed());
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

}
