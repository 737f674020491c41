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

import java.util.function.Supplier;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.hostipc.transport.IpcEndpoint;

import org.springframework.util.Assert;

/**
 * A {@link MeterBinder} that binds {@link IpcEndpointMetrics} for every endpoint that a
 * supplier returns when the registry is bound.
 *
 * @author hostipc
 */
public class IpcMetrics implements MeterBinder {

	private final Supplier<Stream<IpcEndpoint>> endpoints;

	private final Iterable<Tag> tags;

	/**
	 * Create a new instance.
	 * @param endpoints supplies the endpoints to instrument
	 */
	public IpcMetrics(Supplier<Stream<IpcEndpoint>> endpoints) {
		this(endpoints, Tags.empty());
	}

	/**
	 * Create a new instance.
	 * @param endpoints supplies the endpoints to instrument
	 * @param tags additional tags of every meter
	 */
	public IpcMetrics(Supplier<Stream<IpcEndpoint>> endpoints, Iterable<Tag> tags) {
		Assert.notNull(endpoints, "'endpoints' must not be null");
		Assert.notNull(tags, "'tags' must not be null");
		this.endpoints = endpoints;
		this.tags = tags;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.endpoints.get().forEach((endpoint) -> new IpcEndpointMetrics(endpoint, this.tags).bindTo(registry));
	}

}
