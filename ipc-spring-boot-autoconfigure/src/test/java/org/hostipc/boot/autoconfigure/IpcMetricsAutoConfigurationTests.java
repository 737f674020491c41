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

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.hostipc.boot.metrics.IpcMetrics;
import org.hostipc.boot.testsupport.FakeIpcEndpoint;
import org.hostipc.transport.Direction;
import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.MessagingPattern;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link IpcMetricsAutoConfiguration}.
 *
 * @author hostipc
 */
class IpcMetricsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(IpcAutoConfiguration.class, IpcMetricsAutoConfiguration.class,
				MetricsAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
				CompositeMeterRegistryAutoConfiguration.class))
		.withBean("orders.ipcEndpoint", FakeIpcEndpoint.class,
				() -> new FakeIpcEndpoint("orders", Direction.INBOUND, MessagingPattern.POINT_TO_POINT));

	private final ApplicationContextRunner registryRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(IpcAutoConfiguration.class, IpcMetricsAutoConfiguration.class))
		.withBean(SimpleMeterRegistry.class)
		.withBean("orders.ipcEndpoint", FakeIpcEndpoint.class,
				() -> new FakeIpcEndpoint("orders", Direction.INBOUND, MessagingPattern.POINT_TO_POINT));

	@Test
	void whenEndpointExistsThenMetersAreRegisteredWithChannelTransportAndDirectionTags() {
		this.contextRunner.run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			for (String name : new String[] { "ipc.messages.sent", "ipc.messages.received", "ipc.bytes.sent",
					"ipc.bytes.received" }) {
				assertThat(registry.get(name)
					.tag("channel", "orders")
					.tag("transport", "fake")
					.tag("direction", "inbound")
					.functionCounter()
					.count()).as(name).isZero();
			}
			assertThat(registry.get("ipc.errors").functionCounters()).hasSize(ErrorReason.values().length);
			assertThat(registry.get("ipc.latency").tag("channel", "orders").timer().count()).isZero();
			assertThat(registry.get("ipc.bytes.sent").functionCounter().getId().getBaseUnit()).isEqualTo("bytes");
		});
	}

	@Test
	void whenCountersChangeThenMetersFollow() {
		this.contextRunner.run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			FakeIpcEndpoint orders = context.getBean(FakeIpcEndpoint.class);
			orders.counters().sent(120);
			orders.counters().sent(80);
			orders.counters().received(64, System.nanoTime() - 5_000);
			orders.counters().error(ErrorReason.OVERSIZE);
			orders.counters().error(ErrorReason.OVERSIZE);
			assertThat(registry.get("ipc.messages.sent").functionCounter().count()).isEqualTo(2);
			assertThat(registry.get("ipc.bytes.sent").functionCounter().count()).isEqualTo(200);
			assertThat(registry.get("ipc.messages.received").functionCounter().count()).isEqualTo(1);
			assertThat(registry.get("ipc.bytes.received").functionCounter().count()).isEqualTo(64);
			assertThat(registry.get("ipc.errors").tag("reason", "oversize").functionCounter().count()).isEqualTo(2);
			assertThat(registry.get("ipc.errors").tag("reason", "checksum").functionCounter().count()).isZero();
			Timer latency = registry.get("ipc.latency").timer();
			assertThat(latency.count()).isOne();
			assertThat(latency.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isGreaterThanOrEqualTo(5_000);
		});
	}

	@Test
	void whenNoMeterRegistryThenNoMetrics() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(IpcAutoConfiguration.class, IpcMetricsAutoConfiguration.class))
			.withBean("orders.ipcEndpoint", FakeIpcEndpoint.class,
					() -> new FakeIpcEndpoint("orders", Direction.INBOUND, MessagingPattern.POINT_TO_POINT))
			.run((context) -> assertThat(context).doesNotHaveBean(IpcMetrics.class));
	}

	@Test
	void whenMeterRegistryBeanExistsThenIpcMetricsIsCreatedWithoutBootMetrics() {
		this.registryRunner.run((context) -> assertThat(context).hasSingleBean(IpcMetrics.class));
	}

	@Test
	void whenMicrometerIsNotOnClasspathThenNoMetrics() {
		this.registryRunner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).doesNotHaveBean(IpcMetrics.class));
	}

	@Test
	void whenNoEndpointThenNoMetrics() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(IpcAutoConfiguration.class, IpcMetricsAutoConfiguration.class,
					MetricsAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
					CompositeMeterRegistryAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(IpcMetrics.class));
	}

	@Test
	void whenUserDefinesIpcMetricsThenAutoConfigurationBacksOff() {
		IpcMetrics custom = new IpcMetrics(java.util.stream.Stream::empty);
		this.contextRunner.withBean(IpcMetrics.class, () -> custom).run((context) -> {
			assertThat(context).getBean(IpcMetrics.class).isSameAs(custom);
			assertThat(context.getBean(MeterRegistry.class).find("ipc.messages.sent").meter()).isNull();
		});
	}

}
