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

package org.hostipc.local.autoconfigure;

import java.util.List;

import org.hostipc.InvalidIpcConfigurationException;
import org.hostipc.local.LocalEndpoints;
import org.hostipc.local.LocalOptions;
import org.hostipc.transport.ChannelDefinition;
import org.hostipc.transport.ChannelSettings;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.IpcTransport;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.transport.SettingChecks;

import org.springframework.boot.context.properties.PropertyMapper;

/**
 * The {@code local} transport: both ends of a channel in one JVM, with the same patterns,
 * frame encoding, limits and backpressure as the transports between processes. For tests
 * and for running both sides of an exchange in one application.
 *
 * @author hostipc
 */
public final class LocalTransport implements IpcTransport<LocalProperties> {

	private final List<LocalOptionsCustomizer> customizers;

	/**
	 * Create a new instance.
	 * @param customizers the customizers applied to every channel's options, in order
	 */
	public LocalTransport(List<LocalOptionsCustomizer> customizers) {
		this.customizers = List.copyOf(customizers);
	}

	@Override
	public String id() {
		return LocalEndpoints.ID;
	}

	@Override
	public Class<LocalProperties> settingsType() {
		return LocalProperties.class;
	}

	@Override
	public void validate(List<ChannelDefinition<LocalProperties>> channels) {
		for (ChannelDefinition<LocalProperties> channel : channels) {
			ChannelSettings settings = channel.channel();
			LocalProperties local = channel.settings();
			if (local.getAddress() != null && local.getAddress().isBlank()) {
				String property = settings.property(LocalEndpoints.ID, "address");
				throw new InvalidIpcConfigurationException(property, "must not be blank",
						"Set '" + property + "' to a name, or remove it to use the channel name.");
			}
			if (local.getCapacity() != null && local.getCapacity() < 1) {
				String property = settings.property(LocalEndpoints.ID, "capacity");
				throw new InvalidIpcConfigurationException(property,
						"must be at least 1, but was " + local.getCapacity(),
						"Set '" + property + "' to the number of frames a receiver buffers, such as 1024.");
			}
			if (local.getMinSubscribers() != null) {
				SettingChecks.requireNotNegative(settings.property(LocalEndpoints.ID, "min-subscribers"),
						local.getMinSubscribers());
			}
		}
	}

	@Override
	public InboundEndpoint createInbound(ChannelDefinition<LocalProperties> channel) {
		return LocalEndpoints.inbound(channel.name(), channel.channel().pattern(), options(channel));
	}

	@Override
	public OutboundEndpoint createOutbound(ChannelDefinition<LocalProperties> channel) {
		return LocalEndpoints.outbound(channel.name(), channel.channel().pattern(), options(channel));
	}

	/**
	 * Return the options of a validated channel, customized.
	 * @param channel the channel
	 * @return the options
	 */
	LocalOptions options(ChannelDefinition<LocalProperties> channel) {
		LocalProperties local = channel.settings();
		LocalOptions.Builder builder = LocalOptions
			.builder((local.getAddress() != null) ? local.getAddress() : channel.name())
			.maxMessageSize(channel.channel().maxMessageSize())
			.sendTimeout(channel.channel().sendTimeout());
		PropertyMapper map = PropertyMapper.get();
		map.from(local::getCapacity).to(builder::capacity);
		map.from(local::getMinSubscribers).to(builder::minSubscribers);
		this.customizers.forEach((customizer) -> customizer.customize(channel.name(), builder));
		return builder.build();
	}

}
