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

import java.nio.file.Path;
import java.time.Duration;

import org.hostipc.boot.autoconfigure.IpcProperties.Channel;
import org.hostipc.transport.Direction;
import org.hostipc.transport.MessagingPattern;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for binding {@link IpcProperties}.
 *
 * @author hostipc
 */
class IpcPropertiesTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(IpcAutoConfiguration.class))
		.withPropertyValues("ipc.enabled=false");

	@Test
	void whenNothingIsSetThenNothingHasAValue() {
		this.contextRunner.withPropertyValues("ipc.channels.orders.transport=uds").run((context) -> {
			IpcProperties properties = context.getBean(IpcProperties.class);
			assertThat(properties.getDirectory()).isNull();
			Channel orders = properties.getChannels().get("orders");
			assertThat(orders).hasAllNullFieldsOrPropertiesExcept("transport");
			assertThat(properties.getDefaults()).hasAllNullFieldsOrProperties();
		});
	}

	@Test
	void whenEverythingIsSetThenItBinds() {
		this.contextRunner
			.withPropertyValues("ipc.directory=/tmp/ipc-test", "ipc.channels.orders.transport=uds",
					"ipc.channels.orders.direction=outbound", "ipc.channels.orders.pattern=request-reply",
					"ipc.channels.orders.max-message-size=16MB", "ipc.channels.orders.send-timeout=250ms",
					"ipc.channels.orders.reply-timeout=2m", "ipc.channels.orders.payload-type=java.lang.String",
					"ipc.channels.orders.source-headers=true", "ipc.channels.orders.auto-startup=false")
			.run((context) -> {
				IpcProperties properties = context.getBean(IpcProperties.class);
				assertThat(properties.isEnabled()).isFalse();
				assertThat(properties.getDirectory()).isEqualTo(Path.of("/tmp/ipc-test"));
				Channel orders = properties.getChannels().get("orders");
				assertThat(orders.getTransport()).isEqualTo("uds");
				assertThat(orders.getDirection()).isEqualTo(Direction.OUTBOUND);
				assertThat(orders.getPattern()).isEqualTo(MessagingPattern.REQUEST_REPLY);
				assertThat(orders.getMaxMessageSize()).isEqualTo(DataSize.ofMegabytes(16));
				assertThat(orders.getSendTimeout()).isEqualTo(Duration.ofMillis(250));
				assertThat(orders.getReplyTimeout()).isEqualTo(Duration.ofMinutes(2));
				assertThat(orders.getPayloadType()).isEqualTo(String.class);
				assertThat(orders.getSourceHeaders()).isTrue();
				assertThat(orders.getAutoStartup()).isFalse();
			});
	}

	@Test
	void whenDefaultsAreSetThenAChannelTakesThoseItDoesNotSet() {
		this.contextRunner
			.withPropertyValues("ipc.defaults.transport=shm", "ipc.defaults.send-timeout=1s",
					"ipc.defaults.max-message-size=64KB", "ipc.channels.orders.transport=uds",
					"ipc.channels.orders.direction=inbound")
			.run((context) -> {
				IpcProperties properties = context.getBean(IpcProperties.class);
				Channel orders = properties.getChannels().get("orders").withDefaults(properties.getDefaults());
				assertThat(orders.getTransport()).isEqualTo("uds");
				assertThat(orders.getDirection()).isEqualTo(Direction.INBOUND);
				assertThat(orders.getSendTimeout()).isEqualTo(Duration.ofSeconds(1));
				assertThat(orders.getMaxMessageSize()).isEqualTo(DataSize.ofKilobytes(64));
				assertThat(orders.getReplyTimeout()).isNull();
			});
	}

	@Test
	void whenEnumValuesAreKebabCaseThenTheyBind() {
		this.contextRunner
			.withPropertyValues("ipc.channels.a.pattern=point-to-point", "ipc.channels.b.pattern=publish-subscribe",
					"ipc.channels.c.pattern=request-reply", "ipc.channels.d.pattern=POINT_TO_POINT",
					"ipc.channels.a.direction=inbound", "ipc.channels.b.direction=OUTBOUND",
					"ipc.channels.a.transport=uds")
			.run((context) -> {
				IpcProperties properties = context.getBean(IpcProperties.class);
				assertThat(properties.getChannels().get("a").getPattern()).isEqualTo(MessagingPattern.POINT_TO_POINT);
				assertThat(properties.getChannels().get("b").getPattern())
					.isEqualTo(MessagingPattern.PUBLISH_SUBSCRIBE);
				assertThat(properties.getChannels().get("c").getPattern()).isEqualTo(MessagingPattern.REQUEST_REPLY);
				assertThat(properties.getChannels().get("d").getPattern()).isEqualTo(MessagingPattern.POINT_TO_POINT);
				assertThat(properties.getChannels().get("a").getDirection()).isEqualTo(Direction.INBOUND);
				assertThat(properties.getChannels().get("b").getDirection()).isEqualTo(Direction.OUTBOUND);
				assertThat(properties.getChannels().get("a").getTransport()).isEqualTo("uds");
			});
	}

	@Test
	void whenChannelNameHasUpperCaseThenItIsKept() {
		this.contextRunner.withPropertyValues("ipc.channels.orderEvents.transport=uds")
			.run((context) -> assertThat(context.getBean(IpcProperties.class).getChannels())
				.containsOnlyKeys("orderEvents"));
	}

}
