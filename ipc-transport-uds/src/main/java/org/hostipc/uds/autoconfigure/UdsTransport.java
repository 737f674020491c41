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

package org.hostipc.uds.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.hostipc.InvalidIpcConfigurationException;
import org.hostipc.transport.ChannelDefinition;
import org.hostipc.transport.ChannelSettings;
import org.hostipc.transport.Direction;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.IpcTransport;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.transport.SettingChecks;
import org.hostipc.uds.UdsEndpoints;
import org.hostipc.uds.UdsOptions;

import org.springframework.boot.context.properties.PropertyMapper;

/**
 * The {@code uds} transport: channels over Unix domain sockets.
 *
 * @author hostipc
 */
public final class UdsTransport implements IpcTransport<UdsProperties> {

	/** The transport id. */
	public static final String ID = "uds";

	/**
	 * Longest socket path in bytes: {@code sun_path} holds 108 bytes including the
	 * terminating NUL on Linux.
	 */
	static final int MAX_PATH_BYTES = 107;

	private final List<UdsOptionsCustomizer> customizers;

	/**
	 * Create a new instance.
	 * @param customizers the customizers applied to every channel's options, in order
	 */
	public UdsTransport(List<UdsOptionsCustomizer> customizers) {
		this.customizers = List.copyOf(customizers);
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public Class<UdsProperties> settingsType() {
		return UdsProperties.class;
	}

	@Override
	public void validate(List<ChannelDefinition<UdsProperties>> channels) {
		Map<String, String> socketUsers = new HashMap<>();
		for (ChannelDefinition<UdsProperties> channel : channels) {
			ChannelSettings settings = channel.channel();
			Path path = socketPath(channel);
			validate(settings, channel.settings(), path);
			boolean server = isServer(settings.direction(), settings.pattern());
			String other = socketUsers.putIfAbsent((server ? "server:" : "client:") + path, settings.name());
			if (other != null) {
				String property = settings.property(ID, "path");
				throw new InvalidIpcConfigurationException(property,
						"channels '" + other + "' and '" + settings.name() + "' both "
								+ (server ? "listen on" : "connect to") + " socket '" + path + "'",
						"Give each channel its own socket with '" + property
								+ "', or declare the exchange once as a single channel.");
			}
		}
	}

	private static void validate(ChannelSettings channel, UdsProperties uds, Path path) {
		SettingChecks.requireFileMode(channel.property(ID, "socket-mode"), uds.getSocketMode(),
				"0600 (owner read and write)");
		SettingChecks.requireFileMode(channel.property(ID, "directory-mode"), uds.getDirectoryMode(),
				"0700 (owner only)");
		Duration initial = reconnectInitialBackoff(uds);
		Duration max = reconnectMaxBackoff(uds);
		SettingChecks.requirePositive(channel.property(ID, "reconnect-initial-backoff"), initial);
		SettingChecks.requirePositive(channel.property(ID, "reconnect-max-backoff"), max);
		if (max.compareTo(initial) < 0) {
			String maxProperty = channel.property(ID, "reconnect-max-backoff");
			throw new InvalidIpcConfigurationException(maxProperty,
					"must not be less than reconnect-initial-backoff (" + SettingChecks.format(initial) + "), but was "
							+ SettingChecks.format(max),
					"Raise '" + maxProperty + "' or lower '" + channel.property(ID, "reconnect-initial-backoff")
							+ "'.");
		}
		SettingChecks.requireNotNegative(channel.property(ID, "min-subscribers"), uds.getMinSubscribers());
		validatePathLength(channel, path, uds.getPath() != null);
	}

	private static Duration reconnectInitialBackoff(UdsProperties uds) {
		return (uds.getReconnectInitialBackoff() != null) ? uds.getReconnectInitialBackoff()
				: UdsOptions.DEFAULT_RECONNECT_INITIAL_BACKOFF;
	}

	private static Duration reconnectMaxBackoff(UdsProperties uds) {
		return (uds.getReconnectMaxBackoff() != null) ? uds.getReconnectMaxBackoff()
				: UdsOptions.DEFAULT_RECONNECT_MAX_BACKOFF;
	}

	private static void validatePathLength(ChannelSettings channel, Path path, boolean explicit) {
		int length = path.toString().getBytes(StandardCharsets.UTF_8).length;
		if (length > MAX_PATH_BYTES) {
			String property = channel.property(ID, "path");
			String action = explicit ? "Set '" + property + "' to a shorter path."
					: "Set a shorter 'ipc.directory' (for example /tmp/hostipc) or set '" + property
							+ "' to a shorter path.";
			throw new InvalidIpcConfigurationException(property, "socket path '" + path + "' is " + length
					+ " bytes long, but a Unix domain socket path can hold at most " + MAX_PATH_BYTES + " bytes",
					action);
		}
	}

	@Override
	public InboundEndpoint createInbound(ChannelDefinition<UdsProperties> channel) {
		return UdsEndpoints.inbound(channel.name(), channel.channel().pattern(), options(channel));
	}

	@Override
	public OutboundEndpoint createOutbound(ChannelDefinition<UdsProperties> channel) {
		return UdsEndpoints.outbound(channel.name(), channel.channel().pattern(), options(channel));
	}

	/**
	 * Return the options of a validated channel, customized.
	 * @param channel the channel
	 * @return the options
	 */
	UdsOptions options(ChannelDefinition<UdsProperties> channel) {
		UdsProperties uds = channel.settings();
		UdsOptions.Builder builder = UdsOptions.builder(socketPath(channel))
			.maxMessageSize(channel.channel().maxMessageSize())
			.sendTimeout(channel.channel().sendTimeout())
			.reconnectBackoff(reconnectInitialBackoff(uds), reconnectMaxBackoff(uds));
		PropertyMapper map = PropertyMapper.get();
		map.from(uds::getSocketMode).as(SettingChecks::permissions).to(builder::socketPermissions);
		map.from(uds::getDirectoryMode).as(SettingChecks::permissions).to(builder::directoryPermissions);
		map.from(uds::getAllowedUids).as(LinkedHashSet::new).to(builder::allowedUids);
		map.from(uds::getAllowedGids).as(LinkedHashSet::new).to(builder::allowedGids);
		map.from(uds::getMinSubscribers).to(builder::minSubscribers);
		this.customizers.forEach((customizer) -> customizer.customize(channel.name(), builder));
		return builder.build();
	}

	/**
	 * Return the socket file of a channel: the configured path or
	 * {@code <base directory>/<name>.sock}.
	 * @param channel the channel
	 * @return the absolute socket path
	 */
	static Path socketPath(ChannelDefinition<UdsProperties> channel) {
		ChannelSettings settings = channel.channel();
		UdsProperties uds = channel.settings();
		Path path = (uds.getPath() != null) ? uds.getPath()
				: settings.baseDirectory().resolve(settings.name() + ".sock");
		return path.toAbsolutePath().normalize();
	}

	/**
	 * Return whether the endpoint binds the socket (server) rather than connecting to it
	 * (client): the receiver for point-to-point and request-reply, the publisher for
	 * publish-subscribe.
	 * @param direction the direction
	 * @param pattern the pattern
	 * @return whether the endpoint is the socket server
	 */
	static boolean isServer(Direction direction, MessagingPattern pattern) {
		if (pattern == MessagingPattern.PUBLISH_SUBSCRIBE) {
			return direction == Direction.OUTBOUND;
		}
		return direction == Direction.INBOUND;
	}

}
