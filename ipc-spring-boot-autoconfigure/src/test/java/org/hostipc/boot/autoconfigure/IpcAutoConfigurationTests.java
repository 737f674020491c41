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

import java.time.Duration;
import java.util.List;

import org.hostipc.boot.testsupport.FakeIpcEndpoint;
import org.hostipc.boot.testsupport.FakeTransport;
import org.hostipc.inbound.IpcInboundChannelAdapter;
import org.hostipc.inbound.IpcInboundGateway;
import org.hostipc.outbound.IpcOutboundChannelAdapter;
import org.hostipc.outbound.IpcOutboundGateway;
import org.hostipc.support.IpcMessageMapper;
import org.hostipc.transport.Direction;
import org.hostipc.transport.FrameHandler;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.IpcEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.channel.PublishSubscribeChannel;
import org.springframework.integration.endpoint.EventDrivenConsumer;
import org.springframework.messaging.MessageChannel;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link IpcAutoConfiguration}.
 *
 * @author hostipc
 */
class IpcAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(IpcAutoConfiguration.class, IntegrationAutoConfiguration.class))
		.withBean(FakeTransport.class, () -> new FakeTransport("fake"));

	@ParameterizedTest
	@CsvSource({ "inbound, point-to-point, org.hostipc.inbound.IpcInboundChannelAdapter",
			"inbound, publish-subscribe, org.hostipc.inbound.IpcInboundChannelAdapter",
			"inbound, request-reply, org.hostipc.inbound.IpcInboundGateway",
			"outbound, point-to-point, org.hostipc.outbound.IpcOutboundChannelAdapter",
			"outbound, publish-subscribe, org.hostipc.outbound.IpcOutboundChannelAdapter",
			"outbound, request-reply, org.hostipc.outbound.IpcOutboundGateway" })
	void whenChannelIsDeclaredThenChannelEndpointAndAdapterAreRegistered(String direction, String pattern,
			Class<?> adapterType) {
		this.contextRunner.withPropertyValues(channel("orders", direction, pattern)).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean("orders")).isInstanceOf(DirectChannel.class);
			IpcEndpoint endpoint = context.getBean("orders.ipcEndpoint", IpcEndpoint.class);
			assertThat(endpoint.name()).isEqualTo("orders");
			assertThat(endpoint.transport()).isEqualTo("fake");
			assertThat(endpoint.direction().tag()).isEqualTo(direction);
			assertThat(endpoint.pattern().id()).isEqualTo(pattern);
			assertThat(endpoint).isInstanceOf(
					(endpoint.direction() == Direction.INBOUND) ? InboundEndpoint.class : OutboundEndpoint.class);
			assertThat(context.getBean("orders.ipcAdapter")).isInstanceOf(adapterType);
			if (endpoint.direction() == Direction.OUTBOUND) {
				EventDrivenConsumer consumer = context.getBean("orders.ipcConsumer", EventDrivenConsumer.class);
				assertThat(consumer.getInputChannel()).isSameAs(context.getBean("orders"));
				assertThat(consumer.getHandler()).isSameAs(context.getBean("orders.ipcAdapter"));
			}
			else {
				assertThat(context).doesNotHaveBean("orders.ipcConsumer");
			}
		});
	}

	@Test
	void whenInboundChannelAdapterIsRegisteredThenItSendsToTheChannel() {
		this.contextRunner.withPropertyValues(channel("orders", "inbound", "point-to-point")).run((context) -> {
			IpcInboundChannelAdapter adapter = context.getBean(IpcInboundChannelAdapter.class);
			assertThat(adapter.getOutputChannel()).isSameAs(context.getBean("orders"));
			assertThat(adapter.isAutoStartup()).isFalse();
			assertThat(adapter.isRunning()).isFalse();
		});
	}

	@Test
	void whenInboundGatewayIsRegisteredThenItSendsRequestsToTheChannel() {
		this.contextRunner.withPropertyValues(channel("quotes", "inbound", "request-reply"))
			.run((context) -> assertThat(context.getBean(IpcInboundGateway.class).getRequestChannel())
				.isSameAs(context.getBean("quotes")));
	}

	@Test
	void whenSeveralChannelsAreDeclaredThenEachHasItsBeans() {
		this.contextRunner.withPropertyValues(channel("orders", "inbound", "point-to-point"))
			.withPropertyValues(channel("quotes", "outbound", "request-reply"))
			.withPropertyValues(channel("prices", "outbound", "publish-subscribe"))
			.run((context) -> {
				assertThat(context.getBeansOfType(IpcEndpoint.class)).containsOnlyKeys("orders.ipcEndpoint",
						"quotes.ipcEndpoint", "prices.ipcEndpoint");
				assertThat(context).hasSingleBean(IpcInboundChannelAdapter.class)
					.hasSingleBean(IpcOutboundGateway.class)
					.hasSingleBean(IpcOutboundChannelAdapter.class);
			});
	}

	@Test
	void whenChannelBeanExistsThenItIsUsed() {
		this.contextRunner.withPropertyValues(channel("orders", "inbound", "publish-subscribe"))
			.withBean("orders", PublishSubscribeChannel.class)
			.run((context) -> {
				assertThat(context.getBean("orders")).isInstanceOf(PublishSubscribeChannel.class);
				assertThat(context.getBeansOfType(MessageChannel.class).values())
					.filteredOn(DirectChannel.class::isInstance)
					.isEmpty();
				assertThat(context.getBean(IpcInboundChannelAdapter.class).getOutputChannel())
					.isSameAs(context.getBean("orders"));
			});
	}

	@Test
	void whenEndpointBeanExistsThenItIsUsed() {
		FakeInboundEndpoint custom = new FakeInboundEndpoint();
		this.contextRunner.withPropertyValues(channel("orders", "inbound", "point-to-point"))
			.withBean("orders.ipcEndpoint", InboundEndpoint.class, () -> custom)
			.run((context) -> {
				assertThat(context.getBean("orders.ipcEndpoint")).isSameAs(custom);
				assertThat(context).hasSingleBean(IpcInboundChannelAdapter.class);
			});
	}

	@Test
	void whenAdapterBeanExistsThenItIsKept() {
		this.contextRunner.withPropertyValues(channel("orders", "inbound", "point-to-point"))
			.withBean("orders.ipcAdapter", String.class, () -> "custom")
			.run((context) -> {
				assertThat(context.getBean("orders.ipcAdapter")).isEqualTo("custom");
				assertThat(context).doesNotHaveBean(IpcInboundChannelAdapter.class);
			});
	}

	@Test
	void whenCommonAndTransportSettingsAreSetThenTheTransportGetsThem() {
		this.contextRunner.withPropertyValues(channel("orders", "inbound", "point-to-point"))
			.withPropertyValues("ipc.channels.orders.max-message-size=64KB", "ipc.channels.orders.send-timeout=750ms",
					"ipc.channels.orders.fake.address=here", "ipc.channels.orders.fake.level=3")
			.run((context) -> assertThat(context.getBean("orders.ipcEndpoint", IpcEndpoint.class).describe())
				.containsEntry("maxMessageSize", 64 * 1024)
				.containsEntry("sendTimeout", "PT0.75S")
				.containsEntry("replyTimeout", "PT5S")
				.containsEntry("address", "here")
				.containsEntry("level", "3"));
	}

	@Test
	void whenDefaultsAreSetThenEveryChannelGetsThemUnlessItOverridesThem() {
		this.contextRunner.withPropertyValues(channel("orders", "inbound", "point-to-point"))
			.withPropertyValues(channel("quotes", "outbound", "request-reply"))
			.withPropertyValues("ipc.defaults.reply-timeout=9s", "ipc.defaults.fake.address=everywhere",
					"ipc.defaults.fake.level=1", "ipc.channels.quotes.reply-timeout=2s",
					"ipc.channels.quotes.fake.level=7")
			.run((context) -> {
				assertThat(context.getBean("orders.ipcEndpoint", IpcEndpoint.class).describe())
					.containsEntry("replyTimeout", "PT9S")
					.containsEntry("address", "everywhere")
					.containsEntry("level", "1");
				assertThat(context.getBean("quotes.ipcEndpoint", IpcEndpoint.class).describe())
					.containsEntry("replyTimeout", "PT2S")
					.containsEntry("address", "everywhere")
					.containsEntry("level", "7");
			});
	}

	@ParameterizedTest
	@CsvSource({ "quotes-shm", "orderEvents", "order_events", "orders2" })
	void whenTheChannelNameIsNotASingleLowerCaseWordThenItsTransportSettingsStillBind(String name) {
		this.contextRunner.withPropertyValues(channel(name, "inbound", "point-to-point"))
			.withPropertyValues("ipc.channels." + name + ".fake.address=" + name)
			.run((context) -> assertThat(context.getBean(name + ".ipcEndpoint", IpcEndpoint.class).describe())
				.containsEntry("address", name));
	}

	@ParameterizedTest
	@CsvSource({ "quotes-shm", "orderEvents" })
	void whenTheChannelNameIsNotASingleLowerCaseWordThenItsUnknownKeysStillFail(String name) {
		this.contextRunner.withPropertyValues(channel(name, "inbound", "point-to-point"))
			.withPropertyValues("ipc.channels." + name + ".fake.adress=x")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("ipc.channels." + name + ".fake.adress"));
	}

	@Test
	void whenTheTransportIsSetInTheDefaultsThenChannelsNeedNotNameIt() {
		this.contextRunner
			.withPropertyValues("ipc.defaults.transport=fake", "ipc.channels.orders.direction=inbound",
					"ipc.channels.orders.pattern=point-to-point", "ipc.channels.orders.auto-startup=false")
			.run((context) -> assertThat(context.getBean("orders.ipcEndpoint", IpcEndpoint.class).transport())
				.isEqualTo("fake"));
	}

	@Test
	void whenSeveralChannelsUseATransportThenItValidatesThemTogether() {
		this.contextRunner.withPropertyValues(channel("orders", "inbound", "point-to-point"))
			.withPropertyValues(channel("quotes", "outbound", "request-reply"))
			.run((context) -> assertThat(context.getBean(FakeTransport.class).validated())
				.containsExactly(List.of("orders", "quotes")));
	}

	@Test
	void whenPayloadTypeIsSetThenTheAdapterMapperConvertsToIt() {
		this.contextRunner.withPropertyValues(channel("orders", "inbound", "point-to-point"))
			.withPropertyValues(channel("quotes", "outbound", "request-reply"))
			.withPropertyValues("ipc.channels.orders.payload-type=java.lang.String",
					"ipc.channels.quotes.payload-type=java.lang.Integer")
			.run((context) -> {
				assertThat(mapper(context.getBean("orders.ipcAdapter")).getPayloadType()).isEqualTo(String.class);
				assertThat(mapper(context.getBean("quotes.ipcAdapter")).getPayloadType()).isEqualTo(Integer.class);
			});
	}

	@Test
	void whenSourceHeadersAreEnabledThenOnlyThatChannelsMapperSendsThem() {
		this.contextRunner.withPropertyValues(channel("orders", "outbound", "point-to-point"))
			.withPropertyValues(channel("quotes", "outbound", "request-reply"))
			.withPropertyValues("ipc.channels.orders.source-headers=true")
			.run((context) -> {
				assertThat(mapper(context.getBean("orders.ipcAdapter")).isSourceHeaders()).isTrue();
				assertThat(mapper(context.getBean("quotes.ipcAdapter")).isSourceHeaders()).isFalse();
			});
	}

	@Test
	void whenAutoStartupIsFalseThenOutboundAdapterAndEndpointStayStopped() {
		this.contextRunner.withPropertyValues(channel("orders", "outbound", "point-to-point")).run((context) -> {
			IpcOutboundChannelAdapter adapter = context.getBean(IpcOutboundChannelAdapter.class);
			assertThat(adapter.isAutoStartup()).isFalse();
			assertThat(adapter.isRunning()).isFalse();
			assertThat(context.getBean("orders.ipcConsumer", EventDrivenConsumer.class).isRunning()).isFalse();
			assertThat(context.getBean(IpcEndpoint.class).isRunning()).isFalse();
		});
	}

	@Test
	void whenOutboundGatewayIsRegisteredThenItUsesTheReplyTimeout() {
		this.contextRunner.withPropertyValues(channel("quotes", "outbound", "request-reply"))
			.withPropertyValues("ipc.channels.quotes.reply-timeout=1500ms")
			.run((context) -> assertThat(context.getBean(IpcOutboundGateway.class)).extracting("replyTimeout")
				.isEqualTo(Duration.ofMillis(1500)));
	}

	@Test
	void whenIpcIsDisabledThenNoChannelIsCreated() {
		this.contextRunner.withPropertyValues(channel("orders", "inbound", "point-to-point"))
			.withPropertyValues("ipc.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(IpcProperties.class)
				.doesNotHaveBean("orders")
				.doesNotHaveBean(IpcEndpoint.class));
	}

	@Test
	void whenAdaptersAreNotOnClasspathThenAutoConfigurationBacksOff() {
		this.contextRunner.withPropertyValues(channel("orders", "inbound", "point-to-point"))
			.withClassLoader(new FilteredClassLoader(IpcInboundChannelAdapter.class))
			.run((context) -> assertThat(context).doesNotHaveBean(IpcProperties.class)
				.doesNotHaveBean(IpcEndpoint.class));
	}

	private static IpcMessageMapper mapper(Object adapter) {
		return (IpcMessageMapper) ReflectionTestUtils.getField(adapter, "messageMapper");
	}

	private static String[] channel(String name, String direction, String pattern) {
		String prefix = "ipc.channels." + name + ".";
		return new String[] { prefix + "transport=fake", prefix + "direction=" + direction,
				prefix + "pattern=" + pattern, prefix + "auto-startup=false" };
	}

	static class FakeInboundEndpoint extends FakeIpcEndpoint implements InboundEndpoint {

		FakeInboundEndpoint() {
			super("orders", Direction.INBOUND, MessagingPattern.POINT_TO_POINT);
		}

		private FrameHandler handler;

		@Override
		public void setHandler(FrameHandler handler) {
			this.handler = handler;
		}

		FrameHandler getHandler() {
			return this.handler;
		}

	}

}
