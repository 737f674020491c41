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

package org.hostipc.sample.demo;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One-line rendering of an {@code ipc} health component.
 *
 * @author hostipc
 */
final class HealthSummary {

	private HealthSummary() {
	}

	static String describe(JsonNode health) {
		if (health == null) {
			return "no answer";
		}
		StringBuilder line = new StringBuilder(health.path("status").asString("?"));
		JsonNode components = health.path("components");
		for (Map.Entry<String, JsonNode> component : components.properties()) {
			line.append(' ')
				.append(component.getKey())
				.append('=')
				.append(component.getValue().path("status").asString("?"));
			String reason = component.getValue().path("details").path("reason").asString("");
			if (!reason.isEmpty()) {
				line.append(" (").append(reason).append(')');
			}
		}
		return line.toString();
	}

}
