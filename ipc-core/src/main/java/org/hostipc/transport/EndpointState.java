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

package org.hostipc.transport;

import java.util.Map;

/**
 * A snapshot of an endpoint's health.
 *
 * @param status up or down
 * @param reason why the endpoint is down, or a short description when up
 * @param details transport-specific facts (path, peers, ...)
 * @author hostipc
 */
public record EndpointState(EndpointStatus status, String reason, Map<String, Object> details) {

	public EndpointState {
		details = (details != null) ? Map.copyOf(details) : Map.of();
	}

	public static EndpointState up(String reason, Map<String, Object> details) {
		return new EndpointState(EndpointStatus.UP, reason, details);
	}

	public static EndpointState down(String reason, Map<String, Object> details) {
		return new EndpointState(EndpointStatus.DOWN, reason, details);
	}

	public boolean isUp() {
		return this.status == EndpointStatus.UP;
	}

}
