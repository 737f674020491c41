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

package org.hostipc.boot.metrics;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.hostipc.boot.testsupport.FakeIpcEndpoint;
import org.hostipc.transport.Direction;
import org.hostipc.transport.MessagingPattern;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link IpcEndpointMetrics}.
 *
 * @author hostipc
 */
class IpcEndpointMetricsTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final FakeIpcEndpoint endpoint = new FakeIpcEndpoint("quotes", Direction.OUTBOUND,
			MessagingPattern.REQUEST_REPLY);

	@Test
	void bindToShouldRegisterEveryMeterWithTheEndpointAndAdditionalTags() {
		new IpcEndpointMetrics(this.endpoint, Tags.of("host", "a")).bindTo(this.registry);
		assertThat(this.registry.getMeters()).extracting((meter) -> meter.getId().getName())
			.containsOnly("ipc.messages.sent", "ipc.messages.received", "ipc.bytes.sent", "ipc.bytes.received",
					"ipc.errors", "ipc.latency", "ipc.messages.dropped");
		for (Meter meter : this.registry.getMeters()) {
			assertThat(meter.getId().getTag("channel")).isEqualTo("quotes");
			assertThat(meter.getId().getTag("transport")).isEqualTo("fake");
			assertThat(meter.getId().getTag("direction")).isEqualTo("outbound");
			assertThat(meter.getId().getTag("host")).isEqualTo("a");
		}
	}

	@Test
	void bindToShouldRecordLatencyOfReceivedMessagesInTheTimer() {
		new IpcEndpointMetrics(this.endpoint, Tags.empty()).bindTo(this.registry);
		this.endpoint.counters().received(10, System.nanoTime() - TimeUnit.MICROSECONDS.toNanos(3));
		this.endpoint.counters().received(10, 0);
		assertThat(this.registry.get("ipc.latency").timer().count()).isOne();
		assertThat(this.registry.get("ipc.latency").timer().max(TimeUnit.MICROSECONDS)).isGreaterThanOrEqualTo(3);
	}

	@Test
	void bindToShouldRegisterBacklogAndBackpressureMetersOfABufferingEndpoint() {
		BufferingEndpoint buffering = new BufferingEndpoint();
		new IpcEndpointMetrics(buffering, Tags.empty()).bindTo(this.registry);
		assertThat(this.registry.get("ipc.backlog").tag("channel", "ring").gauge().value()).isEqualTo(4096);
		assertThat(this.registry.get("ipc.backlog").gauge().getId().getBaseUnit()).isEqualTo("bytes");
		buffering.counters().backpressureWaited(TimeUnit.MILLISECONDS.toNanos(5));
		buffering.counters().dropped();
		assertThat(this.registry.get("ipc.backpressure.wait").timer().count()).isOne();
		assertThat(this.registry.get("ipc.backpressure.wait").timer().totalTime(TimeUnit.MILLISECONDS)).isEqualTo(5);
		assertThat(this.registry.get("ipc.messages.dropped").functionCounter().count()).isOne();
	}

	@Test
	void bindToShouldNotRegisterBacklogOfAnEndpointWithoutBuffer() {
		new IpcEndpointMetrics(this.endpoint, Tags.empty()).bindTo(this.registry);
		assertThat(this.registry.find("ipc.backlog").gauge()).isNull();
		assertThat(this.registry.find("ipc.backpressure.wait").timer()).isNull();
	}

	@Test
	void ipcMetricsShouldBindEverySuppliedEndpoint() {
		FakeIpcEndpoint other = new FakeIpcEndpoint("orders", Direction.INBOUND, MessagingPattern.POINT_TO_POINT);
		new IpcMetrics(() -> java.util.stream.Stream.of(this.endpoint, other)).bindTo(this.registry);
		assertThat(this.registry.get("ipc.messages.sent").functionCounters()).hasSize(2);
		assertThat(this.registry.get("ipc.messages.sent").tag("channel", "orders").functionCounter()).isNotNull();
	}

	static class BufferingEndpoint extends FakeIpcEndpoint {

		BufferingEndpoint() {
			super("ring", Direction.INBOUND, MessagingPattern.POINT_TO_POINT);
		}

		@Override
		public long backlog() {
			return 4096;
		}

	}

}
