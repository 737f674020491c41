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

package org.hostipc.boot.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.hostipc.transport.IpcEndpoint;

import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthContributors;

/**
 * The {@code ipc} health component: one {@link IpcHealthIndicator} per channel, named
 * after the channel (after the bean when two endpoints share a channel name). The
 * endpoints are looked up at every health check, so that channels built with the Java
 * DSL, whose endpoints are registered while their flows are set up, appear like
 * configured ones.
 *
 * @author hostipc
 */
public class IpcHealthContributor implements CompositeHealthContributor {

	private final Supplier<Map<String, IpcEndpoint>> endpoints;

	/**
	 * Create a new instance.
	 * @param endpoints supplies the endpoints by bean name, read at every check
	 */
	public IpcHealthContributor(Supplier<Map<String, IpcEndpoint>> endpoints) {
		this.endpoints = endpoints;
	}

	@Override
	public HealthContributor getContributor(String name) {
		IpcEndpoint endpoint = byChannel().get(name);
		return (endpoint != null) ? new IpcHealthIndicator(endpoint) : null;
	}

	@Override
	public Stream<HealthContributors.Entry> stream() {
		return byChannel().entrySet()
			.stream()
			.map((entry) -> new HealthContributors.Entry(entry.getKey(), new IpcHealthIndicator(entry.getValue())));
	}

	private Map<String, IpcEndpoint> byChannel() {
		Map<String, IpcEndpoint> byChannel = new LinkedHashMap<>();
		this.endpoints.get().forEach((beanName, endpoint) -> {
			if (byChannel.putIfAbsent(endpoint.name(), endpoint) != null) {
				byChannel.put(beanName, endpoint);
			}
		});
		return byChannel;
	}

}
