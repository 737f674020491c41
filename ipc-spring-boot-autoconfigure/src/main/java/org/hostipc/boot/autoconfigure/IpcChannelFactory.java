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

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hostipc.InvalidIpcConfigurationException;
import org.hostipc.transport.ChannelDefinition;
import org.hostipc.transport.ChannelSettings;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.IpcTransport;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.transport.SettingChecks;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.core.env.Environment;

/**
 * Creates the endpoint of every channel declared under {@code ipc.channels} through the
 * transport that its {@code transport} names. The transports are the {@link IpcTransport}
 * beans that transport modules contribute; nothing here knows any of them.
 * <p>
 * The common settings come from {@link IpcChannelRegistrar}, which bound and checked them
 * while registering the channels' beans. On first use the factory resolves every channel
 * at once, so that a mistake in any of them fails startup before an endpoint opens
 * anything: the transport id, unknown keys and sections ({@link ChannelKeyCheck}), and
 * each transport's own checks of its channels ({@link IpcTransport#validate(List)}). A
 * transport's settings are bound from {@code ipc.defaults.<id>}, then from the channel's
 * {@code <id>} section over them.
 *
 * @author hostipc
 */
final class IpcChannelFactory {

	private final Environment environment;

	private final Map<String, DeclaredChannel> declared;

	private final List<IpcTransport<?>> transports;

	private Map<String, Resolved> channels;

	/**
	 * Create a new instance.
	 * @param environment the environment that holds {@code ipc.*}
	 * @param declared the channels, by name in declaration order, with their common
	 * settings checked
	 * @param transports the transports on the class path
	 */
	IpcChannelFactory(Environment environment, Map<String, DeclaredChannel> declared,
			List<IpcTransport<?>> transports) {
		this.environment = environment;
		this.declared = Collections.unmodifiableMap(new LinkedHashMap<>(declared));
		this.transports = List.copyOf(transports);
	}

	/**
	 * Create the endpoint of an inbound channel.
	 * @param name the channel name
	 * @return the endpoint, not started
	 */
	InboundEndpoint createInbound(String name) {
		Resolved channel = resolved(name);
		return channel.transport().createInbound(channel.definition());
	}

	/**
	 * Create the endpoint of an outbound channel.
	 * @param name the channel name
	 * @return the endpoint, not started
	 */
	OutboundEndpoint createOutbound(String name) {
		Resolved channel = resolved(name);
		return channel.transport().createOutbound(channel.definition());
	}

	private synchronized Resolved resolved(String name) {
		if (this.channels == null) {
			this.channels = resolveAll();
		}
		Resolved channel = this.channels.get(name);
		if (channel == null) {
			throw new IllegalArgumentException("No IPC channel named '" + name + "' is declared under ipc.channels");
		}
		return channel;
	}

	private Map<String, Resolved> resolveAll() {
		Binder binder = Binder.get(this.environment);
		Map<String, IpcTransport<?>> byId = transportsById();
		ChannelKeyCheck keys = new ChannelKeyCheck(this.environment, byId);
		keys.checkDefaults();
		Map<String, Resolved> resolved = new LinkedHashMap<>();
		Map<IpcTransport<Object>, List<ChannelDefinition<Object>>> byTransport = new LinkedHashMap<>();
		this.declared.forEach((name, channel) -> {
			ChannelSettings settings = channel.settings();
			IpcTransport<Object> transport = transport(byId, settings, channel.transport());
			keys.checkChannel(name, transport.id());
			ChannelDefinition<Object> definition = new ChannelDefinition<>(settings,
					bindSettings(binder, keys.channelName(name), transport));
			resolved.put(name, new Resolved(transport, definition));
			byTransport.computeIfAbsent(transport, (key) -> new ArrayList<>()).add(definition);
		});
		byTransport.forEach(IpcTransport::validate);
		return resolved;
	}

	private Object bindSettings(Binder binder, ConfigurationPropertyName channel, IpcTransport<Object> transport) {
		Object settings = BeanUtils.instantiateClass(transport.settingsType());
		Bindable<Object> target = Bindable.ofInstance(settings);
		binder.bind(ConfigurationPropertyName.of("ipc.defaults").append(transport.id()), target);
		binder.bind(channel.append(transport.id()), target);
		return settings;
	}

	@SuppressWarnings("unchecked")
	private static IpcTransport<Object> transport(Map<String, IpcTransport<?>> byId, ChannelSettings channel,
			String id) {
		String property = channel.property("transport");
		List<String> available = List.copyOf(byId.keySet());
		String choice = available.isEmpty() ? "the id of a transport" : SettingChecks.choices(available);
		if (id == null) {
			throw ChannelSettingsMapper.missing(property, "transport", choice);
		}
		IpcTransport<?> transport = byId.get(id);
		if (transport == null) {
			throw new InvalidIpcConfigurationException(property,
					"no transport '" + id + "' is on the class path; "
							+ (available.isEmpty() ? "there is none" : "the transports there are " + choice),
					"Add the dependency org.hostipc:ipc-transport-" + id
							+ " (ipc-spring-boot-starter brings every built-in transport), or set '" + property
							+ "' to " + choice + ".");
		}
		return (IpcTransport<Object>) transport;
	}

	private Map<String, IpcTransport<?>> transportsById() {
		Map<String, IpcTransport<?>> byId = new TreeMap<>();
		for (IpcTransport<?> transport : this.transports) {
			IpcTransport<?> other = byId.putIfAbsent(transport.id(), transport);
			if (other != null) {
				throw new IllegalStateException("Two transports have the id '" + transport.id() + "': "
						+ other.getClass().getName() + " and " + transport.getClass().getName());
			}
		}
		return byId;
	}

	/**
	 * A channel as the registrar found it: its transport id (not checked yet) and its
	 * common settings.
	 *
	 * @param transport the transport id, {@code null} when none is set
	 * @param settings the common settings
	 */
	record DeclaredChannel(String transport, ChannelSettings settings) {
	}

	private record Resolved(IpcTransport<Object> transport, ChannelDefinition<Object> definition) {
	}

}
