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

import org.hostipc.transport.EndpointCounters;
import org.hostipc.transport.EndpointState;
import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.IpcEndpoint;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.util.Assert;

/**
 * {@link HealthIndicator} for one {@link IpcEndpoint}: up when the endpoint says messages
 * can flow, down with its reason otherwise.
 *
 * @author hostipc
 */
public class IpcHealthIndicator extends AbstractHealthIndicator {

	private final IpcEndpoint endpoint;

	/**
	 * Create a new instance.
	 * @param endpoint the endpoint to report on
	 */
	public IpcHealthIndicator(IpcEndpoint endpoint) {
		super("IPC health check failed");
		Assert.notNull(endpoint, "'endpoint' must not be null");
		this.endpoint = endpoint;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		EndpointState state = this.endpoint.state();
		if (state.isUp()) {
			builder.up();
		}
		else {
			builder.down();
		}
		builder.withDetail("transport", this.endpoint.transport())
			.withDetail("direction", this.endpoint.direction().tag())
			.withDetail("pattern", this.endpoint.pattern().id());
		if (state.reason() != null) {
			builder.withDetail("reason", state.reason());
		}
		if (!state.details().isEmpty()) {
			builder.withDetail("details", state.details());
		}
		EndpointCounters counters = this.endpoint.counters();
		builder.withDetail("messagesSent", counters.messagesSent())
			.withDetail("messagesReceived", counters.messagesReceived())
			.withDetail("errors", errors(counters));
	}

	private static Map<String, Long> errors(EndpointCounters counters) {
		Map<String, Long> errors = new LinkedHashMap<>();
		for (ErrorReason reason : ErrorReason.values()) {
			long count = counters.errors(reason);
			if (count > 0) {
				errors.put(reason.tag(), count);
			}
		}
		return errors;
	}

}
