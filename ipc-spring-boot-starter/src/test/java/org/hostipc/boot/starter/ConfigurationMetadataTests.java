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

package org.hostipc.boot.starter;

import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hostipc.boot.autoconfigure.IpcProperties;
import org.hostipc.transport.IpcTransport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata in the jars of the starter's modules lets an IDE complete
 * every key under {@code ipc.channels.<name>.*} and {@code ipc.defaults.*}: the common
 * keys and each transport's section, with value hints for the transport id and every
 * enumerated setting. The transports are those the starter brings, found through their
 * auto-configurations, so a new transport module is checked without changing this test.
 *
 * @author hostipc
 */
class ConfigurationMetadataTests {

	private static final Set<String> names = new HashSet<>();

	private static final Map<String, Set<String>> hints = new HashMap<>();

	private static List<IpcTransport<?>> transports;

	@BeforeAll
	static void readMetadata() throws IOException {
		JsonMapper mapper = JsonMapper.builder().build();
		Enumeration<URL> resources = ConfigurationMetadataTests.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json");
		while (resources.hasMoreElements()) {
			try (InputStream in = resources.nextElement().openStream()) {
				JsonNode metadata = mapper.readTree(in);
				metadata.path("properties").forEach((property) -> names.add(property.get("name").asString()));
				metadata.path("hints")
					.forEach(
							(hint) -> hint.path("values")
								.forEach((value) -> hints
									.computeIfAbsent(hint.get("name").asString(), (name) -> new HashSet<>())
									.add(value.get("value").asString())));
			}
		}
		List<Class<?>> ours = new ArrayList<>();
		ImportCandidates.load(AutoConfiguration.class, ConfigurationMetadataTests.class.getClassLoader())
			.forEach((name) -> {
				if (name.startsWith("org.hostipc.") && name.endsWith("TransportAutoConfiguration")) {
					ours.add(ClassUtils.resolveClassName(name, null));
				}
			});
		transports = new ArrayList<>();
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ours.toArray(Class<?>[]::new)))
			.run((context) -> context.getBeansOfType(IpcTransport.class).values().forEach(transports::add));
	}

	@Test
	void whenTheStarterIsUsedThenEveryBuiltInTransportIsThere() {
		assertThat(transports).extracting(IpcTransport::id).contains("uds", "shm", "chronicle", "local");
	}

	@Test
	void whenAChannelIsEditedThenEveryCommonKeyIsCompletedForChannelsAndDefaults() {
		for (PropertyDescriptor property : settable(IpcProperties.Channel.class)) {
			String key = DataObjectPropertyName.toDashedForm(property.getName());
			assertThat(names).contains("ipc.defaults." + key, "ipc.channels.*." + key);
			if (property.getPropertyType().isEnum()) {
				assertHints("ipc.defaults." + key, property.getPropertyType());
				assertHints("ipc.channels.*." + key, property.getPropertyType());
			}
		}
		assertThat(names).contains("ipc.enabled", "ipc.directory", "ipc.channels");
	}

	@Test
	void whenATransportSectionIsEditedThenEverySettingOfTheTransportIsCompleted() {
		for (IpcTransport<?> transport : transports) {
			for (PropertyDescriptor property : settable(transport.settingsType())) {
				String key = transport.id() + "." + DataObjectPropertyName.toDashedForm(property.getName());
				assertThat(names).as("metadata of transport '%s'", transport.id())
					.contains("ipc.defaults." + key, "ipc.channels.*." + key);
				if (property.getPropertyType().isEnum()) {
					assertHints("ipc.defaults." + key, property.getPropertyType());
					assertHints("ipc.channels.*." + key, property.getPropertyType());
				}
			}
		}
	}

	@Test
	void whenTheTransportIsEditedThenEveryTransportIdIsOffered() {
		List<String> ids = transports.stream().map(IpcTransport::id).toList();
		assertThat(hints.get("ipc.defaults.transport")).containsAll(ids);
		assertThat(hints.get("ipc.channels.*.transport")).containsAll(ids);
	}

	private static void assertHints(String name, Class<?> enumType) {
		Collection<String> expected = new ArrayList<>();
		for (Object constant : enumType.getEnumConstants()) {
			expected.add(((Enum<?>) constant).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
		}
		assertThat(hints.get(name)).as("value hints of '%s'", name)
			.isNotNull()
			.containsExactlyInAnyOrderElementsOf(expected);
	}

	private static List<PropertyDescriptor> settable(Class<?> type) {
		List<PropertyDescriptor> settable = new ArrayList<>();
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			boolean collection = property.getReadMethod() != null
					&& Collection.class.isAssignableFrom(property.getPropertyType());
			if (property.getWriteMethod() != null || collection) {
				settable.add(property);
			}
		}
		return settable;
	}

}
