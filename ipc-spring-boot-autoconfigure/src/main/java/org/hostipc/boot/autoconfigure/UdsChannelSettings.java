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

import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.hostipc.boot.autoconfigure.IpcProperties.Channel;
import org.hostipc.boot.autoconfigure.IpcProperties.Uds;
import org.hostipc.transport.Direction;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.uds.UdsEndpoints;
import org.hostipc.uds.UdsOptions;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;

/**
 * Turns the {@code uds} settings of a channel into {@link UdsOptions} and the definition
 * of its endpoint.
 *
 * @author hostipc
 */
final class UdsChannelSettings {

	/**
	 * Longest socket path in bytes: {@code sun_path} holds 108 bytes including the
	 * terminating NUL on Linux.
	 */
	static final int MAX_PATH_BYTES = 107;

	private static final Pattern FILE_MODE = Pattern.compile("0?[0-7]{3}");

	private static final PosixFilePermission[] PERMISSION_BITS = { PosixFilePermission.OTHERS_EXECUTE,
			PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE,
			PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE,
			PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ };

	private UdsChannelSettings() {
	}

	/**
	 * Return the socket file of a channel: the configured path or
	 * {@code <directory>/<name>.sock}.
	 * @param properties the properties
	 * @param name the channel name
	 * @param channel the channel
	 * @return the absolute socket path
	 */
	static Path socketPath(IpcProperties properties, String name, Channel channel) {
		Path path = channel.getUds().getPath();
		if (path == null) {
			path = properties.determineDirectory().resolve(name + ".sock");
		}
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

	/**
	 * Return whether a string is an octal file mode such as {@code 0600}.
	 * @param mode the mode
	 * @return whether the mode is valid
	 */
	static boolean isFileMode(String mode) {
		return mode != null && FILE_MODE.matcher(mode).matches();
	}

	/**
	 * Convert an octal file mode to permissions.
	 * @param mode a mode accepted by {@link #isFileMode(String)}
	 * @return the permissions
	 */
	static Set<PosixFilePermission> permissions(String mode) {
		if (!isFileMode(mode)) {
			throw new IllegalArgumentException("'" + mode + "' is not an octal file mode");
		}
		int bits = Integer.parseInt(mode, 8);
		Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
		for (int i = 0; i < PERMISSION_BITS.length; i++) {
			if ((bits & (1 << i)) != 0) {
				permissions.add(PERMISSION_BITS[i]);
			}
		}
		return permissions;
	}

	/**
	 * Build the options of a validated channel.
	 * @param path the socket path
	 * @param channel the channel
	 * @return a builder with every configured setting applied
	 */
	static UdsOptions.Builder options(Path path, Channel channel) {
		Uds uds = channel.getUds();
		Duration initialBackoff = uds.getReconnectInitialBackoff();
		return UdsOptions.builder(path)
			.maxMessageSize((int) channel.getMaxMessageSize().toBytes())
			.sendTimeout(channel.getSendTimeout())
			.reconnectBackoff(initialBackoff, uds.getReconnectMaxBackoff())
			.socketPermissions(permissions(uds.getSocketMode()))
			.directoryPermissions(permissions(uds.getDirectoryMode()))
			.allowedUids(new LinkedHashSet<>(uds.getAllowedUids()))
			.allowedGids(new LinkedHashSet<>(uds.getAllowedGids()))
			.minSubscribers(uds.getMinSubscribers());
	}

	/**
	 * Return the definition of a validated channel's endpoint. The options are built when
	 * the endpoint is created, after the customizers have run.
	 * @param properties the properties
	 * @param name the channel name
	 * @param channel the channel
	 * @param customizers the customizers to apply
	 * @return the endpoint definition
	 */
	static BeanDefinition endpointDefinition(IpcProperties properties, String name, Channel channel,
			ObjectProvider<UdsOptionsCustomizer> customizers) {
		UdsOptions.Builder options = options(socketPath(properties, name, channel), channel);
		MessagingPattern pattern = channel.getPattern();
		Supplier<UdsOptions> customizedOptions = () -> {
			customizers.orderedStream().forEach((customizer) -> customizer.customize(name, options));
			return options.build();
		};
		if (channel.getDirection() == Direction.INBOUND) {
			return BeanDefinitionBuilder
				.rootBeanDefinition(InboundEndpoint.class,
						() -> UdsEndpoints.inbound(name, pattern, customizedOptions.get()))
				.getBeanDefinition();
		}
		return BeanDefinitionBuilder
			.rootBeanDefinition(OutboundEndpoint.class,
					() -> UdsEndpoints.outbound(name, pattern, customizedOptions.get()))
			.getBeanDefinition();
	}

}
