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

import java.beans.PropertyDescriptor;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.hostipc.InvalidIpcConfigurationException;
import org.hostipc.transport.IpcTransport;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;

/**
 * Fails startup on a key under {@code ipc.*} that nothing reads: an unknown key (naming
 * the nearest valid one), or a section of a transport that the channel does not use.
 * Spring Boot's binder ignores such keys, so a misspelt setting would otherwise be
 * silently replaced by its default.
 *
 * @author hostipc
 */
final class ChannelKeyCheck {

	private static final ConfigurationPropertyName IPC = ConfigurationPropertyName.of("ipc");

	private static final ConfigurationPropertyName DEFAULTS = ConfigurationPropertyName.of("ipc.defaults");

	private static final ConfigurationPropertyName CHANNELS = ConfigurationPropertyName.of("ipc.channels");

	private static final List<String> ROOT_KEYS = keys(IpcProperties.class);

	private static final List<String> CHANNEL_KEYS = keys(IpcProperties.Channel.class);

	private final List<ConfigurationPropertyName> names;

	private final Map<String, IpcTransport<?>> transports;

	ChannelKeyCheck(Environment environment, Map<String, IpcTransport<?>> transports) {
		this.names = StreamSupport.stream(ConfigurationPropertySources.get(environment).spliterator(), false)
			.flatMap((source) -> (source instanceof IterableConfigurationPropertySource iterable) ? iterable.stream()
					: Stream.empty())
			.filter(IPC::isAncestorOf)
			.distinct()
			.toList();
		this.transports = transports;
	}

	/**
	 * Return the configuration name of a channel as its property sources spell it, so
	 * that binding under it finds them whatever the form of the name ({@code orders},
	 * {@code quotes-shm}, {@code orderEvents}).
	 * @param channel the channel name, a key of {@code ipc.channels}
	 * @return {@code ipc.channels.<name>}
	 */
	ConfigurationPropertyName channelName(String channel) {
		return this.names.stream()
			.filter((name) -> isOfChannel(name, channel))
			.findFirst()
			.map((name) -> name.chop(CHANNELS.getNumberOfElements() + 1))
			.orElseGet(() -> ConfigurationPropertyName.of("ipc.channels[" + channel + "]"));
	}

	private static boolean isOfChannel(ConfigurationPropertyName name, String channel) {
		return name.getNumberOfElements() > CHANNELS.getNumberOfElements() && CHANNELS.isAncestorOf(name)
				&& name.getElement(CHANNELS.getNumberOfElements(), Form.ORIGINAL).equals(channel);
	}

	/**
	 * Check the keys directly under {@code ipc} and under {@code ipc.defaults}, where the
	 * common keys and a section per transport on the class path are valid.
	 */
	void checkDefaults() {
		for (ConfigurationPropertyName name : this.names) {
			if (!contains(ROOT_KEYS, key(IPC, name))) {
				throw unknown(IPC, original(IPC, name), ROOT_KEYS);
			}
		}
		for (ConfigurationPropertyName name : under(DEFAULTS)) {
			String key = key(DEFAULTS, name);
			IpcTransport<?> transport = this.transports.get(key);
			if (transport != null) {
				checkSection(DEFAULTS.append(key), name, transport);
			}
			else if (!contains(CHANNEL_KEYS, key)) {
				throw unknown(DEFAULTS, original(DEFAULTS, name),
						Stream.concat(CHANNEL_KEYS.stream(), this.transports.keySet().stream()).toList());
			}
		}
	}

	/**
	 * Check the keys of a channel: the common keys and the section of its transport are
	 * valid.
	 * @param channel the channel name
	 * @param transportId the id of its transport
	 */
	void checkChannel(String channel, String transportId) {
		ConfigurationPropertyName prefix = channelName(channel);
		for (ConfigurationPropertyName name : this.names.stream()
			.filter((name) -> isOfChannel(name, channel))
			.toList()) {
			String key = key(prefix, name);
			if (key.equals(transportId)) {
				checkSection(prefix.append(key), name, this.transports.get(key));
			}
			else if (this.transports.containsKey(key)) {
				String property = display(prefix) + "." + key;
				throw new InvalidIpcConfigurationException(property,
						"is the section of the '" + key + "' transport, but the channel's transport is '" + transportId
								+ "', so nothing would read it",
						"Remove the '" + property + "' settings, or set '" + display(prefix) + ".transport' to '" + key
								+ "'.");
			}
			else if (!contains(CHANNEL_KEYS, key)) {
				throw unknown(prefix, original(prefix, name),
						Stream.concat(CHANNEL_KEYS.stream(), Stream.of(transportId)).toList());
			}
		}
	}

	private void checkSection(ConfigurationPropertyName section, ConfigurationPropertyName name,
			IpcTransport<?> transport) {
		if (name.getNumberOfElements() > section.getNumberOfElements()) {
			List<String> valid = keys(transport.settingsType());
			if (!contains(valid, key(section, name))) {
				throw unknown(section, original(section, name), valid);
			}
		}
	}

	private List<ConfigurationPropertyName> under(ConfigurationPropertyName prefix) {
		return this.names.stream().filter(prefix::isAncestorOf).toList();
	}

	private static String key(ConfigurationPropertyName prefix, ConfigurationPropertyName name) {
		return name.getElement(prefix.getNumberOfElements(), Form.UNIFORM);
	}

	private static String original(ConfigurationPropertyName prefix, ConfigurationPropertyName name) {
		return name.getElement(prefix.getNumberOfElements(), Form.ORIGINAL);
	}

	private static boolean contains(Collection<String> keys, String uniformKey) {
		return keys.stream().anyMatch((key) -> uniform(key).equals(uniformKey));
	}

	private static String uniform(String dashed) {
		return dashed.replace("-", "");
	}

	private static InvalidIpcConfigurationException unknown(ConfigurationPropertyName prefix, String key,
			Collection<String> valid) {
		String nearest = nearest(DataObjectPropertyName.toDashedForm(key), valid);
		String property = display(prefix) + "." + key;
		return new InvalidIpcConfigurationException(property, "is not a known setting", "Did you mean '"
				+ display(prefix) + "." + nearest + "'? The keys here are " + String.join(", ", valid) + ".");
	}

	private static String display(ConfigurationPropertyName name) {
		StringBuilder display = new StringBuilder();
		for (int i = 0; i < name.getNumberOfElements(); i++) {
			display.append((i > 0) ? "." : "").append(name.getElement(i, Form.ORIGINAL));
		}
		return display.toString();
	}

	/**
	 * Return the keys of a settings class: its writable properties and collections, in
	 * dashed form.
	 * @param type the class
	 * @return the keys
	 */
	static List<String> keys(Class<?> type) {
		Set<String> keys = new LinkedHashSet<>();
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			boolean collection = property.getReadMethod() != null
					&& (Collection.class.isAssignableFrom(property.getPropertyType())
							|| Map.class.isAssignableFrom(property.getPropertyType()));
			if (property.getWriteMethod() != null || collection) {
				keys.add(DataObjectPropertyName.toDashedForm(property.getName()));
			}
		}
		keys.remove("class");
		return List.copyOf(keys);
	}

	private static String nearest(String key, Collection<String> valid) {
		String nearest = null;
		int best = Integer.MAX_VALUE;
		for (String candidate : valid) {
			int distance = distance(key, candidate);
			if (distance < best) {
				best = distance;
				nearest = candidate;
			}
		}
		return nearest;
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
