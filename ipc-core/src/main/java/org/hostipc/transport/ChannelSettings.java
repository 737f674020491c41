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

package org.hostipc.transport;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.util.unit.DataSize;

import static org.hostipc.transport.OptionChecks.positive;
import static org.hostipc.transport.OptionChecks.require;

/**
 * The settings of a channel that every transport understands: its name, direction,
 * pattern, size limit and timeouts, and the configuration prefix under which they were
 * declared, so that a transport can name the property at fault in its messages. The
 * defaults of these settings live here, in the {@link Builder}.
 *
 * @param name the channel name
 * @param direction the direction of application messages
 * @param pattern the exchange pattern
 * @param maxMessageSize the largest payload in bytes
 * @param sendTimeout how long a send waits for a peer or for room
 * @param replyTimeout how long a request waits for its reply, and a responder for its
 * handler
 * @param baseDirectory the directory under which a transport puts its files when its own
 * settings name none
 * @param prefix the configuration prefix of the channel, such as
 * {@code ipc.channels.orders}
 * @author hostipc
 */
public record ChannelSettings(String name, Direction direction, MessagingPattern pattern, int maxMessageSize,
		Duration sendTimeout, Duration replyTimeout, Path baseDirectory, String prefix) {

	/** Default largest payload: 1 MiB. */
	public static final DataSize DEFAULT_MAX_MESSAGE_SIZE = DataSize.ofMegabytes(1);

	/** Largest payload a channel may declare: 1 GiB. */
	public static final DataSize MAX_MESSAGE_SIZE_LIMIT = DataSize.ofGigabytes(1);

	/** Default send and reply timeout: 5 seconds. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

	/**
	 * Return the full name of one of these settings, for messages.
	 * @param key the key, such as {@code max-message-size}
	 * @return the property, such as {@code ipc.channels.orders.max-message-size}
	 */
	public String property(String key) {
		return this.prefix + "." + key;
	}

	/**
	 * Return the full name of a setting of the transport's own section, for messages.
	 * @param transport the transport id
	 * @param key the key, such as {@code capacity}
	 * @return the property, such as {@code ipc.channels.orders.shm.capacity}
	 */
	public String property(String transport, String key) {
		return this.prefix + "." + transport + "." + key;
	}

	/**
	 * Start building the settings of a channel.
	 * @param name the channel name
	 * @param direction the direction
	 * @param pattern the pattern
	 * @return a builder with the defaults
	 */
	public static Builder builder(String name, Direction direction, MessagingPattern pattern) {
		return new Builder(name, direction, pattern);
	}

	/**
	 * Builds {@link ChannelSettings}; holds the defaults.
	 */
	public static final class Builder {

		private final String name;

		private final Direction direction;

		private final MessagingPattern pattern;

		private int maxMessageSize = (int) DEFAULT_MAX_MESSAGE_SIZE.toBytes();

		private Duration sendTimeout = DEFAULT_TIMEOUT;

		private Duration replyTimeout = DEFAULT_TIMEOUT;

		private Path baseDirectory = defaultBaseDirectory();

		private String prefix;

		private Builder(String name, Direction direction, MessagingPattern pattern) {
			this.name = require(name, "name");
			this.direction = require(direction, "direction");
			this.pattern = require(pattern, "pattern");
			this.prefix = "ipc.channels." + name;
		}

		/**
		 * Set the largest payload (default 1 MiB).
		 * @param maxMessageSize the size in bytes, above 0 and at most 1 GiB
		 * @return this builder
		 */
		public Builder maxMessageSize(int maxMessageSize) {
			if (maxMessageSize <= 0 || maxMessageSize > MAX_MESSAGE_SIZE_LIMIT.toBytes()) {
				throw new IllegalArgumentException("'maxMessageSize' must be greater than 0 and at most 1 GiB");
			}
			this.maxMessageSize = maxMessageSize;
			return this;
		}

		/**
		 * Set how long a send waits for a peer or for room (default 5 s).
		 * @param sendTimeout a positive duration
		 * @return this builder
		 */
		public Builder sendTimeout(Duration sendTimeout) {
			this.sendTimeout = positive(sendTimeout, "sendTimeout");
			return this;
		}

		/**
		 * Set how long a request waits for its reply (default 5 s).
		 * @param replyTimeout a positive duration
		 * @return this builder
		 */
		public Builder replyTimeout(Duration replyTimeout) {
			this.replyTimeout = positive(replyTimeout, "replyTimeout");
			return this;
		}

		/**
		 * Set the directory for transports whose own settings name none (default
		 * {@code hostipc-<user>} in the temporary directory).
		 * @param baseDirectory the directory
		 * @return this builder
		 */
		public Builder baseDirectory(Path baseDirectory) {
			this.baseDirectory = require(baseDirectory, "baseDirectory");
			return this;
		}

		/**
		 * Set the configuration prefix named in messages (default
		 * {@code ipc.channels.<name>}).
		 * @param prefix the prefix
		 * @return this builder
		 */
		public Builder prefix(String prefix) {
			this.prefix = require(prefix, "prefix");
			return this;
		}

		/**
		 * Build the settings.
		 * @return the settings
		 */
		public ChannelSettings build() {
			return new ChannelSettings(this.name, this.direction, this.pattern, this.maxMessageSize, this.sendTimeout,
					this.replyTimeout, this.baseDirectory.toAbsolutePath().normalize(), this.prefix);
		}

		private static Path defaultBaseDirectory() {
			return Path.of(System.getProperty("java.io.tmpdir"), "hostipc-" + System.getProperty("user.name"));
		}

	}

}
