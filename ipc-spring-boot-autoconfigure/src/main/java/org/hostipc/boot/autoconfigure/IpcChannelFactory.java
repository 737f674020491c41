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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hostipc.InvalidIpcConfigurationException;
import org.hostipc.boot.autoconfigure.IpcProperties.Channel;
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
 * On first use it resolves every channel at once, so that a mistake in any of them fails
 * startup before an endpoint opens anything: the transport id, unknown keys and sections
 * ({@link ChannelKeyCheck}), and each transport's own checks of its channels
 * ({@link IpcTransport#validate(List)}). A transport's settings are bound from
 * {@code ipc.defaults.<id>}, then from the channel's {@code <id>} section over them.
 *
 * @author hostipc
 */
public final class IpcChannelFactory {

	private final Environment environment;

	private final List<IpcTransport<?>> transports;

	private Map<String, Resolved> channels;

	/**
	 * Create a new instance.
	 * @param environment the environment that holds {@code ipc.*}
	 * @param transports the transports on the class path
	 */
	public IpcChannelFactory(Environment environment, List<IpcTransport<?>> transports) {
		this.environment = environment;
		this.transports = List.copyOf(transports);
	}

	/**
	 * Create the endpoint of an inbound channel.
	 * @param name the channel name
	 * @return the endpoint, not started
	 */
	public InboundEndpoint createInbound(String name) {
		Resolved channel = resolved(name);
		return channel.transport().createInbound(channel.definition());
	}

	/**
	 * Create the endpoint of an outbound channel.
	 * @param name the channel name
	 * @return the endpoint, not started
	 */
	public OutboundEndpoint createOutbound(String name) {
		Resolved channel = resolved(name);
		return channel.transport().createOutbound(channel.definition());
	}

	/**
	 * Return the ids of the transports on the class path.
	 * @return the ids, sorted
	 */
	public List<String> transportIds() {
		return List.copyOf(transportsById().keySet());
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
		IpcProperties properties = binder.bindOrCreate("ipc", IpcProperties.class);
		Map<String, IpcTransport<?>> byId = transportsById();
		ChannelKeyCheck keys = new ChannelKeyCheck(this.environment, byId);
		keys.checkDefaults();
		Map<String, Resolved> resolved = new LinkedHashMap<>();
		Map<IpcTransport<Object>, List<ChannelDefinition<Object>>> byTransport = new LinkedHashMap<>();
		properties.getChannels().forEach((name, declared) -> {
			Channel channel = declared.withDefaults(properties.getDefaults());
			ChannelSettings settings = ChannelSettingsMapper.toSettings(properties, name, channel);
			IpcTransport<Object> transport = transport(byId, name, channel.getTransport());
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
	private static IpcTransport<Object> transport(Map<String, IpcTransport<?>> byId, String name, String id) {
		String property = "ipc.channels." + name + ".transport";
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

	private record Resolved(IpcTransport<Object> transport, ChannelDefinition<Object> definition) {
	}

}
