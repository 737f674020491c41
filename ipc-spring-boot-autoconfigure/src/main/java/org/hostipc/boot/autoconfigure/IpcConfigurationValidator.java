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

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.hostipc.InvalidIpcConfigurationException;
import org.hostipc.boot.autoconfigure.IpcProperties.Channel;
import org.hostipc.boot.autoconfigure.IpcProperties.Transport;
import org.hostipc.boot.autoconfigure.IpcProperties.Uds;
import org.hostipc.transport.MessagingPattern;

import org.springframework.util.ClassUtils;
import org.springframework.util.unit.DataSize;

/**
 * Checks {@link IpcProperties} before any channel is created, so that a configuration
 * that cannot work fails the startup with the property at fault and how to fix it.
 *
 * @author hostipc
 */
final class IpcConfigurationValidator {

	/** Largest {@code max-message-size} accepted. */
	static final DataSize MAX_MESSAGE_SIZE = DataSize.ofGigabytes(1);

	private static final Pattern CHANNEL_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

	private final ClassLoader classLoader;

	IpcConfigurationValidator(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	/**
	 * Validate every channel and the channels against each other.
	 * @param properties the properties
	 * @throws InvalidIpcConfigurationException on the first problem found
	 */
	void validate(IpcProperties properties) {
		Map<String, String> socketUsers = new HashMap<>();
		properties.getChannels().forEach((name, channel) -> {
			validateChannel(name, channel);
			switch (channel.getTransport()) {
				case UDS -> validateUds(properties, name, channel, socketUsers);
				case SHM -> ShmSettingsValidator.validate(name, channel);
				case CHRONICLE -> ChronicleSettingsValidator.validate(name, channel);
			}
		});
	}

	private void validateChannel(String name, Channel channel) {
		String prefix = "ipc.channels." + name;
		if (!CHANNEL_NAME.matcher(name).matches()) {
			throw new InvalidIpcConfigurationException(prefix,
					"'" + name
							+ "' is not a valid channel name; it is also the name of the channel's MessageChannel bean",
					"Rename the channel so that it starts with a letter and contains only letters, digits, '-' and '_', "
							+ "for example 'orders'.");
		}
		if (channel.getTransport() == null) {
			throw missing(prefix + ".transport", "transport",
					choices(Arrays.stream(Transport.values()).map(Transport::id).toList()));
		}
		if (!ClassUtils.isPresent(channel.getTransport().markerClass(), this.classLoader)) {
			throw new InvalidIpcConfigurationException(prefix + ".transport",
					"transport '" + channel.getTransport().id() + "' is not on the classpath",
					"Add the module that provides the '" + channel.getTransport().id()
							+ "' transport to the classpath, or choose another transport.");
		}
		if (channel.getDirection() == null) {
			throw missing(prefix + ".direction", "direction",
					"'inbound' (this process receives) or 'outbound' (this process sends)");
		}
		if (channel.getPattern() == null) {
			throw missing(prefix + ".pattern", "pattern",
					choices(Arrays.stream(MessagingPattern.values()).map(MessagingPattern::id).toList()));
		}
		DataSize maxMessageSize = channel.getMaxMessageSize();
		if (maxMessageSize == null || maxMessageSize.toBytes() <= 0 || maxMessageSize.compareTo(MAX_MESSAGE_SIZE) > 0) {
			throw new InvalidIpcConfigurationException(prefix + ".max-message-size",
					"must be greater than 0B and at most 1GB, but was "
							+ ((maxMessageSize != null) ? format(maxMessageSize) : "not set"),
					"Set '" + prefix + ".max-message-size' to a size such as 1MB.");
		}
		requirePositive(prefix + ".send-timeout", channel.getSendTimeout());
		requirePositive(prefix + ".reply-timeout", channel.getReplyTimeout());
	}

	private void validateUds(IpcProperties properties, String name, Channel channel, Map<String, String> socketUsers) {
		String prefix = "ipc.channels." + name + ".uds";
		Uds uds = channel.getUds();
		requireFileMode(prefix + ".socket-mode", uds.getSocketMode(), "0600 (owner read and write)");
		requireFileMode(prefix + ".directory-mode", uds.getDirectoryMode(), "0700 (owner only)");
		requirePositive(prefix + ".reconnect-initial-backoff", uds.getReconnectInitialBackoff());
		requirePositive(prefix + ".reconnect-max-backoff", uds.getReconnectMaxBackoff());
		if (uds.getReconnectMaxBackoff().compareTo(uds.getReconnectInitialBackoff()) < 0) {
			throw new InvalidIpcConfigurationException(prefix + ".reconnect-max-backoff",
					"must not be less than reconnect-initial-backoff (" + format(uds.getReconnectInitialBackoff())
							+ "), but was " + format(uds.getReconnectMaxBackoff()),
					"Raise '" + prefix + ".reconnect-max-backoff' or lower '" + prefix
							+ ".reconnect-initial-backoff'.");
		}
		if (uds.getMinSubscribers() < 0) {
			throw new InvalidIpcConfigurationException(prefix + ".min-subscribers",
					"must not be negative, but was " + uds.getMinSubscribers(),
					"Set '" + prefix + ".min-subscribers' to 0 or more.");
		}
		Path path = UdsChannelSettings.socketPath(properties, name, channel);
		validatePathLength(prefix, path, uds.getPath() != null);
		boolean server = UdsChannelSettings.isServer(channel.getDirection(), channel.getPattern());
		String other = socketUsers.putIfAbsent((server ? "server:" : "client:") + path, name);
		if (other != null) {
			throw new InvalidIpcConfigurationException(prefix + ".path",
					"channels '" + other + "' and '" + name + "' both " + (server ? "listen on" : "connect to")
							+ " socket '" + path + "'",
					"Give each channel its own socket with '" + prefix
							+ ".path', or declare the exchange once as a single channel.");
		}
	}

	private void validatePathLength(String prefix, Path path, boolean explicit) {
		int length = path.toString().getBytes(StandardCharsets.UTF_8).length;
		if (length > UdsChannelSettings.MAX_PATH_BYTES) {
			String action = explicit ? "Set '" + prefix + ".path' to a shorter path."
					: "Set a shorter 'ipc.directory' (for example /tmp/hostipc) or set '" + prefix
							+ ".path' to a shorter path.";
			throw new InvalidIpcConfigurationException(prefix + ".path",
					"socket path '" + path + "' is " + length
							+ " bytes long, but a Unix domain socket path can hold at most "
							+ UdsChannelSettings.MAX_PATH_BYTES + " bytes",
					action);
		}
	}

	static void requireFileMode(String property, String mode, String example) {
		if (!UdsChannelSettings.isFileMode(mode)) {
			throw new InvalidIpcConfigurationException(property, "'" + mode + "' is not an octal file mode",
					"Set '" + property + "' to an octal file mode such as " + example + ".");
		}
	}

	static void requirePositive(String property, Duration duration) {
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw new InvalidIpcConfigurationException(property,
					"must be a positive duration, but was " + ((duration != null) ? format(duration) : "not set"),
					"Set '" + property + "' to a positive duration such as 5s.");
		}
	}

	private static InvalidIpcConfigurationException missing(String property, String what, String values) {
		return new InvalidIpcConfigurationException(property, "no " + what + " is set",
				"Set '" + property + "' to " + values + ".");
	}

	private static String choices(List<String> values) {
		List<String> quoted = values.stream().map((value) -> "'" + value + "'").toList();
		if (quoted.size() == 1) {
			return quoted.get(0);
		}
		return "one of " + String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or "
				+ quoted.get(quoted.size() - 1);
	}

	static String format(Duration duration) {
		if (duration.toNanos() % 1_000_000_000L == 0) {
			return duration.toSeconds() + "s";
		}
		if (duration.toNanos() % 1_000_000L == 0) {
			return duration.toMillis() + "ms";
		}
		return duration.toNanos() + "ns";
	}

	static String format(DataSize size) {
		long bytes = size.toBytes();
		String[] units = { "GB", "MB", "KB" };
		long[] factors = { 1L << 30, 1L << 20, 1L << 10 };
		for (int i = 0; i < units.length; i++) {
			if (bytes != 0 && bytes % factors[i] == 0) {
				return (bytes / factors[i]) + units[i];
			}
		}
		return bytes + "B";
	}

}
