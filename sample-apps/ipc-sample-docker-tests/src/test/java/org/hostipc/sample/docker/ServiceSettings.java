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

package org.hostipc.sample.docker;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The settings of one sample service, passed as {@code SPRING_APPLICATION_JSON} because
 * channel names contain dashes, which environment variable names cannot carry.
 *
 * @author hostipc
 */
final class ServiceSettings {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, Object> root = new LinkedHashMap<>();

	/**
	 * Set a property.
	 * @param name the property name, dot-separated (no key may contain a dot)
	 * @param value the value
	 * @return these settings
	 */
	@SuppressWarnings("unchecked")
	ServiceSettings set(String name, Object value) {
		String[] keys = name.split("\\.");
		Map<String, Object> node = this.root;
		for (int i = 0; i < keys.length - 1; i++) {
			node = (Map<String, Object>) node.computeIfAbsent(keys[i], (key) -> new LinkedHashMap<String, Object>());
		}
		node.put(keys[keys.length - 1], value);
		return this;
	}

	/**
	 * Set a property of several channels.
	 * @param property the property below {@code ipc.channels.<name>}
	 * @param value the value
	 * @param channels the channel names
	 * @return these settings
	 */
	ServiceSettings setForChannels(String property, Object value, String... channels) {
		for (String channel : channels) {
			set("ipc.channels." + channel + "." + property, value);
		}
		return this;
	}

	String toJson() {
		return JSON.writeValueAsString(this.root);
	}

}
