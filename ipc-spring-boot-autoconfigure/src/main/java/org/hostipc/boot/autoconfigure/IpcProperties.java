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
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hostipc.transport.Direction;
import org.hostipc.transport.MessagingPattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties for inter-process channels: the settings every transport
 * understands. Each transport binds its own section of a channel
 * ({@code ipc.channels.<name>.<transport>.*}) and of the defaults
 * ({@code ipc.defaults.<transport>.*}) into a settings class of its own.
 *
 * @author hostipc
 */
@ConfigurationProperties("ipc")
public class IpcProperties {

	/**
	 * Whether to create the channels declared under 'ipc.channels'.
	 */
	private boolean enabled = true;

	/**
	 * Base directory of the files of transports whose own settings name no directory (the
	 * socket files of 'uds'). Defaults to 'hostipc-' followed by the user name, in the
	 * temporary directory.
	 */
	private Path directory;

	/**
	 * Settings that apply to every channel unless the channel sets them; each transport's
	 * defaults go in a section named after it, such as 'ipc.defaults.shm.directory'.
	 */
	private Channel defaults = new Channel();

	/**
	 * Channels by name. The name is also the name of the MessageChannel bean that the
	 * application sends to or consumes from.
	 */
	private Map<String, Channel> channels = new LinkedHashMap<>();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Path getDirectory() {
		return this.directory;
	}

	public void setDirectory(Path directory) {
		this.directory = directory;
	}

	public Channel getDefaults() {
		return this.defaults;
	}

	public void setDefaults(Channel defaults) {
		this.defaults = defaults;
	}

	public Map<String, Channel> getChannels() {
		return this.channels;
	}

	public void setChannels(Map<String, Channel> channels) {
		this.channels = channels;
	}

	/**
	 * The settings of one channel that every transport understands; the transport's own
	 * settings are in a section named after it. A setting left unset takes the value of
	 * {@code ipc.defaults}, then the default of the channel's options.
	 */
	public static class Channel {

		/**
		 * Id of the transport that carries the messages, such as 'uds', 'shm',
		 * 'chronicle' or 'local'.
		 */
		private String transport;

		/**
		 * Direction of the application messages, seen from this process.
		 */
		private Direction direction;

		/**
		 * Exchange pattern.
		 */
		private MessagingPattern pattern;

		/**
		 * Maximum size of a message payload, enforced when sending and receiving.
		 * Defaults to 1MB.
		 */
		private DataSize maxMessageSize;

		/**
		 * Maximum time to wait for a peer or for room when sending, and for the
		 * application to accept an inbound request. Defaults to 5s.
		 */
		private Duration sendTimeout;

		/**
		 * Maximum time to wait for a reply, for the request-reply pattern. Defaults to
		 * 5s.
		 */
		private Duration replyTimeout;

		/**
		 * Type to convert inbound payloads to; for outbound request-reply channels, the
		 * type of the reply payload. When not set, payloads are passed as they were sent.
		 */
		private Class<?> payloadType;

		/**
		 * Whether sent messages carry their Spring 'id' and 'timestamp' as the
		 * 'ipc_sourceId' and 'ipc_sourceTimestamp' headers. Off by default: as with
		 * Spring Integration's other adapters, received messages get a new id and
		 * timestamp, and frames stay smaller.
		 */
		private Boolean sourceHeaders;

		/**
		 * Whether to start the channel's adapter automatically. Defaults to true.
		 */
		private Boolean autoStartup;

		public String getTransport() {
			return this.transport;
		}

		public void setTransport(String transport) {
			this.transport = transport;
		}

		public Direction getDirection() {
			return this.direction;
		}

		public void setDirection(Direction direction) {
			this.direction = direction;
		}

		public MessagingPattern getPattern() {
			return this.pattern;
		}

		public void setPattern(MessagingPattern pattern) {
			this.pattern = pattern;
		}

		public DataSize getMaxMessageSize() {
			return this.maxMessageSize;
		}

		public void setMaxMessageSize(DataSize maxMessageSize) {
			this.maxMessageSize = maxMessageSize;
		}

		public Duration getSendTimeout() {
			return this.sendTimeout;
		}

		public void setSendTimeout(Duration sendTimeout) {
			this.sendTimeout = sendTimeout;
		}

		public Duration getReplyTimeout() {
			return this.replyTimeout;
		}

		public void setReplyTimeout(Duration replyTimeout) {
			this.replyTimeout = replyTimeout;
		}

		public Class<?> getPayloadType() {
			return this.payloadType;
		}

		public void setPayloadType(Class<?> payloadType) {
			this.payloadType = payloadType;
		}

		public Boolean getSourceHeaders() {
			return this.sourceHeaders;
		}

		public void setSourceHeaders(Boolean sourceHeaders) {
			this.sourceHeaders = sourceHeaders;
		}

		public Boolean getAutoStartup() {
			return this.autoStartup;
		}

		public void setAutoStartup(Boolean autoStartup) {
			this.autoStartup = autoStartup;
		}

		/**
		 * Return these settings with every unset one taken from the defaults.
		 * @param defaults the defaults ({@code ipc.defaults})
		 * @return a new instance
		 */
		Channel withDefaults(Channel defaults) {
			Channel merged = new Channel();
			merged.transport = (this.transport != null) ? this.transport : defaults.transport;
			merged.direction = (this.direction != null) ? this.direction : defaults.direction;
			merged.pattern = (this.pattern != null) ? this.pattern : defaults.pattern;
			merged.maxMessageSize = (this.maxMessageSize != null) ? this.maxMessageSize : defaults.maxMessageSize;
			merged.sendTimeout = (this.sendTimeout != null) ? this.sendTimeout : defaults.sendTimeout;
			merged.replyTimeout = (this.replyTimeout != null) ? this.replyTimeout : defaults.replyTimeout;
			merged.payloadType = (this.payloadType != null) ? this.payloadType : defaults.payloadType;
			merged.sourceHeaders = (this.sourceHeaders != null) ? this.sourceHeaders : defaults.sourceHeaders;
			merged.autoStartup = (this.autoStartup != null) ? this.autoStartup : defaults.autoStartup;
			return merged;
		}

	}

}
