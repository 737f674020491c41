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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hostipc.transport.Direction;
import org.hostipc.transport.MessagingPattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties for inter-process channels.
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
	 * Base directory of socket files. Defaults to 'hostipc-' followed by the user name,
	 * in the temporary directory.
	 */
	private Path directory;

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

	/**
	 * Return the configured directory, or the default one under {@code java.io.tmpdir}.
	 * @return the base directory of socket files
	 */
	public Path determineDirectory() {
		if (this.directory != null) {
			return this.directory;
		}
		return Path.of(System.getProperty("java.io.tmpdir"), "hostipc-" + System.getProperty("user.name"));
	}

	public Map<String, Channel> getChannels() {
		return this.channels;
	}

	public void setChannels(Map<String, Channel> channels) {
		this.channels = channels;
	}

	/**
	 * Transports a channel can use.
	 */
	public enum Transport {

		/**
		 * Unix domain stream sockets.
		 */
		UDS("uds", "org.hostipc.uds.UdsEndpoints");

		private final String id;

		private final String markerClass;

		Transport(String id, String markerClass) {
			this.id = id;
			this.markerClass = markerClass;
		}

		/**
		 * Return the transport id used in configuration, metrics and health.
		 * @return the transport id
		 */
		public String id() {
			return this.id;
		}

		/**
		 * Return the name of a class that is present when the transport is available.
		 * @return the class name
		 */
		String markerClass() {
			return this.markerClass;
		}

	}

	/**
	 * One channel between this process and another one on the same host.
	 */
	public static class Channel {

		/**
		 * Transport that carries the messages.
		 */
		private Transport transport;

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
		 */
		private DataSize maxMessageSize = DataSize.ofMegabytes(1);

		/**
		 * Maximum time to wait for a peer or for room when sending, and for the
		 * application to accept an inbound request.
		 */
		private Duration sendTimeout = Duration.ofSeconds(5);

		/**
		 * Maximum time to wait for a reply, for the request-reply pattern.
		 */
		private Duration replyTimeout = Duration.ofSeconds(5);

		/**
		 * Type to convert inbound payloads to; for outbound request-reply channels, the
		 * type of the reply payload. When not set, payloads are passed as they were sent.
		 */
		private Class<?> payloadType;

		/**
		 * Whether to start the channel's adapter automatically.
		 */
		private boolean autoStartup = true;

		/**
		 * Settings of the 'uds' transport.
		 */
		private final Uds uds = new Uds();

		public Transport getTransport() {
			return this.transport;
		}

		public void setTransport(Transport transport) {
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

		public boolean isAutoStartup() {
			return this.autoStartup;
		}

		public void setAutoStartup(boolean autoStartup) {
			this.autoStartup = autoStartup;
		}

		public Uds getUds() {
			return this.uds;
		}

	}

	/**
	 * Settings of a channel that uses Unix domain sockets.
	 */
	public static class Uds {

		/**
		 * Socket file. Defaults to the channel name followed by '.sock', in
		 * 'ipc.directory'.
		 */
		private Path path;

		/**
		 * Permissions of the socket file, as an octal file mode.
		 */
		private String socketMode = "0600";

		/**
		 * Permissions of directories created for the socket file, as an octal file mode.
		 */
		private String directoryMode = "0700";

		/**
		 * User ids of peers allowed to connect. When neither uids nor gids are set, only
		 * peers running as the same user as this process are allowed.
		 */
		private List<Integer> allowedUids = new ArrayList<>();

		/**
		 * Group ids of peers allowed to connect, in addition to the allowed uids.
		 */
		private List<Integer> allowedGids = new ArrayList<>();

		/**
		 * Delay before the first reconnect attempt of a client.
		 */
		private Duration reconnectInitialBackoff = Duration.ofMillis(50);

		/**
		 * Largest delay between reconnect attempts of a client.
		 */
		private Duration reconnectMaxBackoff = Duration.ofSeconds(2);

		/**
		 * Number of subscribers that must be connected before a publish-subscribe
		 * publisher sends; a send waits for them up to the send timeout.
		 */
		private int minSubscribers = 1;

		public Path getPath() {
			return this.path;
		}

		public void setPath(Path path) {
			this.path = path;
		}

		public String getSocketMode() {
			return this.socketMode;
		}

		public void setSocketMode(String socketMode) {
			this.socketMode = socketMode;
		}

		public String getDirectoryMode() {
			return this.directoryMode;
		}

		public void setDirectoryMode(String directoryMode) {
			this.directoryMode = directoryMode;
		}

		public List<Integer> getAllowedUids() {
			return this.allowedUids;
		}

		public void setAllowedUids(List<Integer> allowedUids) {
			this.allowedUids = allowedUids;
		}

		public List<Integer> getAllowedGids() {
			return this.allowedGids;
		}

		public void setAllowedGids(List<Integer> allowedGids) {
			this.allowedGids = allowedGids;
		}

		public Duration getReconnectInitialBackoff() {
			return this.reconnectInitialBackoff;
		}

		public void setReconnectInitialBackoff(Duration reconnectInitialBackoff) {
			this.reconnectInitialBackoff = reconnectInitialBackoff;
		}

		public Duration getReconnectMaxBackoff() {
			return this.reconnectMaxBackoff;
		}

		public void setReconnectMaxBackoff(Duration reconnectMaxBackoff) {
			this.reconnectMaxBackoff = reconnectMaxBackoff;
		}

		public int getMinSubscribers() {
			return this.minSubscribers;
		}

		public void setMinSubscribers(int minSubscribers) {
			this.minSubscribers = minSubscribers;
		}

	}

}
