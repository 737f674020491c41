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

import java.util.Arrays;
import java.util.regex.Pattern;

import org.hostipc.InvalidIpcConfigurationException;
import org.hostipc.boot.autoconfigure.IpcProperties.Channel;
import org.hostipc.transport.ChannelSettings;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.SettingChecks;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.util.unit.DataSize;

/**
 * Checks the settings of a channel that every transport understands (but the transport
 * id, which {@link IpcChannelFactory} resolves), and turns them into the transport
 * contract's {@link ChannelSettings}.
 *
 * @author hostipc
 */
final class ChannelSettingsMapper {

	private static final Pattern CHANNEL_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

	private ChannelSettingsMapper() {
	}

	/**
	 * Check a channel (with the defaults applied) and return its settings.
	 * @param properties the properties, for the base directory
	 * @param name the channel name
	 * @param channel the channel with the defaults applied
	 * @return the settings
	 * @throws InvalidIpcConfigurationException on the first problem found
	 */
	static ChannelSettings toSettings(IpcProperties properties, String name, Channel channel) {
		validate(name, channel);
		ChannelSettings.Builder builder = ChannelSettings.builder(name, channel.getDirection(), channel.getPattern());
		PropertyMapper map = PropertyMapper.get();
		map.from(channel::getMaxMessageSize).as(DataSize::toBytes).as(Math::toIntExact).to(builder::maxMessageSize);
		map.from(channel::getSendTimeout).to(builder::sendTimeout);
		map.from(channel::getReplyTimeout).to(builder::replyTimeout);
		map.from(properties::getDirectory).to(builder::baseDirectory);
		return builder.build();
	}

	private static void validate(String name, Channel channel) {
		String prefix = "ipc.channels." + name;
		if (!CHANNEL_NAME.matcher(name).matches()) {
			throw new InvalidIpcConfigurationException(prefix,
					"'" + name
							+ "' is not a valid channel name; it is also the name of the channel's MessageChannel bean",
					"Rename the channel so that it starts with a letter and contains only letters, digits, '-' and '_', "
							+ "for example 'orders'.");
		}
		if (channel.getDirection() == null) {
			throw missing(prefix + ".direction", "direction",
					"'inbound' (this process receives) or 'outbound' (this process sends)");
		}
		if (channel.getPattern() == null) {
			throw missing(prefix + ".pattern", "pattern",
					SettingChecks.choices(Arrays.stream(MessagingPattern.values()).map(MessagingPattern::id).toList()));
		}
		DataSize maxMessageSize = channel.getMaxMessageSize();
		if (maxMessageSize != null && (maxMessageSize.toBytes() <= 0
				|| maxMessageSize.compareTo(ChannelSettings.MAX_MESSAGE_SIZE_LIMIT) > 0)) {
			throw new InvalidIpcConfigurationException(prefix + ".max-message-size",
					"must be greater than 0B and at most 1GB, but was " + SettingChecks.format(maxMessageSize),
					"Set '" + prefix + ".max-message-size' to a size such as 1MB.");
		}
		SettingChecks.requirePositiveIfSet(prefix + ".send-timeout", channel.getSendTimeout());
		SettingChecks.requirePositiveIfSet(prefix + ".reply-timeout", channel.getReplyTimeout());
	}

	static InvalidIpcConfigurationException missing(String property, String what, String values) {
		return new InvalidIpcConfigurationException(property, "no " + what + " is set",
				"Set '" + property + "' to " + values + ".");
	}

}
