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
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.hostipc.transport.EndpointCounters;
import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.IpcEndpoint;

import org.springframework.util.Assert;

/**
 * A {@link MeterBinder} for one {@link IpcEndpoint}: messages, bytes and errors from its
 * {@link EndpointCounters}, and its one-way latency as a {@link Timer}. Every meter is
 * tagged with {@code channel}, {@code transport} and {@code direction}.
 * <p>
 * Binding sets the endpoint's latency recorder to the {@code ipc.latency} timer of the
 * registry bound last.
 *
 * @author hostipc
 */
public class IpcEndpointMetrics implements MeterBinder {

	private final IpcEndpoint endpoint;

	private final Iterable<Tag> tags;

	/**
	 * Create a new instance.
	 * @param endpoint the endpoint to instrument
	 * @param tags additional tags
	 */
	public IpcEndpointMetrics(IpcEndpoint endpoint, Iterable<Tag> tags) {
		Assert.notNull(endpoint, "'endpoint' must not be null");
		this.endpoint = endpoint;
		this.tags = Tags.of(tags)
			.and("channel", endpoint.name())
			.and("transport", endpoint.transport())
			.and("direction", endpoint.direction().tag());
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		EndpointCounters counters = this.endpoint.counters();
		counter(registry, "ipc.messages.sent", "Messages sent", null, counters, EndpointCounters::messagesSent);
		counter(registry, "ipc.messages.received", "Messages received", null, counters,
				EndpointCounters::messagesReceived);
		counter(registry, "ipc.bytes.sent", "Bytes sent, frame overhead included", BaseUnits.BYTES, counters,
				EndpointCounters::bytesSent);
		counter(registry, "ipc.bytes.received", "Bytes received, frame overhead included", BaseUnits.BYTES, counters,
				EndpointCounters::bytesReceived);
		for (ErrorReason reason : ErrorReason.values()) {
			FunctionCounter.builder("ipc.errors", counters, (c) -> c.errors(reason))
				.description("Messages that could not be sent or received")
				.tags(this.tags)
				.tag("reason", reason.tag())
				.register(registry);
		}
		counter(registry, "ipc.messages.dropped", "Messages dropped by an explicit drop policy", null, counters,
				EndpointCounters::messagesDropped);
		if (this.endpoint.backlog() != IpcEndpoint.NO_BACKLOG) {
			Gauge.builder("ipc.backlog", this.endpoint, IpcEndpoint::backlog)
				.description("Written and not yet consumed: bytes in a ring, messages behind a subscriber")
				.baseUnit(this.endpoint.backlogUnit())
				.tags(this.tags)
				.register(registry);
			Timer backpressure = Timer.builder("ipc.backpressure.wait")
				.description("Time a send waited for room in a full buffer or for a live consumer")
				.tags(this.tags)
				.register(registry);
			counters.setBackpressureWaitRecorder((nanos) -> backpressure.record(nanos, TimeUnit.NANOSECONDS));
		}
		Timer latency = Timer.builder("ipc.latency")
			.description("One-way latency from the sender's send to this process's receive")
			.tags(this.tags)
			.register(registry);
		counters.setLatencyRecorder((nanos) -> latency.record(nanos, TimeUnit.NANOSECONDS));
	}

	private void counter(MeterRegistry registry, String name, String description, String baseUnit,
			EndpointCounters counters, ToDoubleFunction<EndpointCounters> value) {
		FunctionCounter.builder(name, counters, value)
			.description(description)
			.baseUnit(baseUnit)
			.tags(this.tags)
			.register(registry);
	}

}
