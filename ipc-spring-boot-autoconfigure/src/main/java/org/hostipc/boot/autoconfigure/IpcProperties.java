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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hostipc.chronicle.ChronicleOptions;
import org.hostipc.chronicle.ChronicleRollCycle;
import org.hostipc.chronicle.ChronicleStartPosition;
import org.hostipc.shm.ShmBackpressurePolicy;
import org.hostipc.transport.IpcIdleStrategy;
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
		UDS("uds", "org.hostipc.uds.UdsEndpoints"),

		/**
		 * Shared-memory rings in memory-mapped files (Agrona).
		 */
		SHM("shm", "org.agrona.concurrent.ringbuffer.ManyToOneRingBuffer"),

		/**
		 * Durable queue in memory-mapped files (Chronicle Queue).
		 */
		CHRONICLE("chronicle", "net.openhft.chronicle.queue.ChronicleQueue");

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
		 * Whether sent messages carry their Spring 'id' and 'timestamp' as the
		 * 'ipc_sourceId' and 'ipc_sourceTimestamp' headers. Off by default: as with
		 * Spring Integration's other adapters, received messages get a new id and
		 * timestamp, and frames stay smaller.
		 */
		private boolean sourceHeaders;

		/**
		 * Whether to start the channel's adapter automatically.
		 */
		private boolean autoStartup = true;

		/**
		 * Settings of the 'uds' transport.
		 */
		private final Uds uds = new Uds();

		/**
		 * Settings of the 'shm' transport.
		 */
		private final Shm shm = new Shm();

		/**
		 * Settings of the 'chronicle' transport.
		 */
		private final Chronicle chronicle = new Chronicle();

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

		public boolean isSourceHeaders() {
			return this.sourceHeaders;
		}

		public void setSourceHeaders(boolean sourceHeaders) {
			this.sourceHeaders = sourceHeaders;
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

		public Shm getShm() {
			return this.shm;
		}

		public Chronicle getChronicle() {
			return this.chronicle;
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

	/**
	 * Settings of a channel that uses shared-memory rings.
	 */
	public static class Shm {

		/**
		 * Directory of the ring files. Defaults to 'hostipc-' followed by the user name,
		 * in /dev/shm (or in the temporary directory where /dev/shm does not exist).
		 */
		private Path directory;

		/**
		 * Capacity of each ring, a power of two. A ring takes messages up to an eighth of
		 * its capacity. Defaults to the smallest power of two (at least 1MB) that holds
		 * the largest message.
		 */
		private DataSize capacity;

		/**
		 * How the reader thread and blocked senders wait: 'busy-spin' (lowest latency, a
		 * core per waiting thread), 'yield', or 'backoff' (low CPU when idle).
		 */
		private IpcIdleStrategy idleStrategy = IpcIdleStrategy.BACKOFF;

		/**
		 * Longest park of the 'backoff' idle strategy: the wake-up latency after an idle
		 * period.
		 */
		private Duration maxPark = Duration.ofMillis(1);

		/**
		 * What a send does when the ring is full: 'block' (wait up to the send timeout,
		 * then fail) or 'drop-newest' (drop the message, counted).
		 */
		private ShmBackpressurePolicy backpressure = ShmBackpressurePolicy.BLOCK;

		/**
		 * How often a consumer writes its heartbeat into its ring.
		 */
		private Duration heartbeatInterval = Duration.ofMillis(100);

		/**
		 * Age after which a consumer heartbeat is stale: producers report DOWN and time
		 * out, publishers drop the subscriber.
		 */
		private Duration heartbeatTimeout = Duration.ofSeconds(3);

		/**
		 * How long a consumer waits for a record a producer claimed but did not commit
		 * before it assumes the producer died mid-write and skips the record.
		 */
		private Duration producerStallTimeout = Duration.ofSeconds(5);

		/**
		 * Fill ratio of a ring, between 0 and 1, from which the channel reports DOWN.
		 */
		private double fillRatioThreshold = 0.9;

		/**
		 * Permissions of ring files, as an octal file mode.
		 */
		private String fileMode = "0600";

		/**
		 * Permissions of directories created for ring files, as an octal file mode.
		 */
		private String directoryMode = "0700";

		/**
		 * User ids, besides this process's own, whose ring files may be attached to.
		 */
		private List<Integer> allowedUids = new ArrayList<>();

		/**
		 * Number of live subscribers a publish-subscribe publisher needs before it sends;
		 * a send waits for them up to the send timeout.
		 */
		private int minSubscribers = 1;

		/**
		 * How often a publish-subscribe publisher looks for subscribers that joined or
		 * left.
		 */
		private Duration registryScanInterval = Duration.ofMillis(100);

		public Path getDirectory() {
			return this.directory;
		}

		public void setDirectory(Path directory) {
			this.directory = directory;
		}

		public DataSize getCapacity() {
			return this.capacity;
		}

		public void setCapacity(DataSize capacity) {
			this.capacity = capacity;
		}

		public IpcIdleStrategy getIdleStrategy() {
			return this.idleStrategy;
		}

		public void setIdleStrategy(IpcIdleStrategy idleStrategy) {
			this.idleStrategy = idleStrategy;
		}

		public Duration getMaxPark() {
			return this.maxPark;
		}

		public void setMaxPark(Duration maxPark) {
			this.maxPark = maxPark;
		}

		public ShmBackpressurePolicy getBackpressure() {
			return this.backpressure;
		}

		public void setBackpressure(ShmBackpressurePolicy backpressure) {
			this.backpressure = backpressure;
		}

		public Duration getHeartbeatInterval() {
			return this.heartbeatInterval;
		}

		public void setHeartbeatInterval(Duration heartbeatInterval) {
			this.heartbeatInterval = heartbeatInterval;
		}

		public Duration getHeartbeatTimeout() {
			return this.heartbeatTimeout;
		}

		public void setHeartbeatTimeout(Duration heartbeatTimeout) {
			this.heartbeatTimeout = heartbeatTimeout;
		}

		public Duration getProducerStallTimeout() {
			return this.producerStallTimeout;
		}

		public void setProducerStallTimeout(Duration producerStallTimeout) {
			this.producerStallTimeout = producerStallTimeout;
		}

		public double getFillRatioThreshold() {
			return this.fillRatioThreshold;
		}

		public void setFillRatioThreshold(double fillRatioThreshold) {
			this.fillRatioThreshold = fillRatioThreshold;
		}

		public String getFileMode() {
			return this.fileMode;
		}

		public void setFileMode(String fileMode) {
			this.fileMode = fileMode;
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

		public int getMinSubscribers() {
			return this.minSubscribers;
		}

		public void setMinSubscribers(int minSubscribers) {
			this.minSubscribers = minSubscribers;
		}

		public Duration getRegistryScanInterval() {
			return this.registryScanInterval;
		}

		public void setRegistryScanInterval(Duration registryScanInterval) {
			this.registryScanInterval = registryScanInterval;
		}

	}

	/**
	 * Settings of a channel that uses a Chronicle queue.
	 */
	public static class Chronicle {

		/**
		 * Base directory of the queues (required): the channel's queue is
		 * '<directory>/<channel>'.
		 */
		private Path directory;

		/**
		 * Name under which an inbound channel saves its position; publish-subscribe
		 * subscribers of one channel need distinct names.
		 */
		private String subscriber = ChronicleOptions.DEFAULT_SUBSCRIBER;

		/**
		 * How often the queue starts a new cycle file.
		 */
		private ChronicleRollCycle rollCycle = ChronicleRollCycle.DAILY;

		/**
		 * Where an inbound channel starts reading.
		 */
		private ChronicleStartPosition startPosition = ChronicleStartPosition.SAVED;

		/**
		 * Queue index to start at with start-position 'index'.
		 */
		private Long startIndex;

		/**
		 * Instant to start at with start-position 'timestamp'.
		 */
		private Instant startTimestamp;

		/**
		 * Wait before the first retry of a failed message, doubled on each retry.
		 */
		private Duration retryBackoff = Duration.ofMillis(100);

		/**
		 * Handler calls before a message goes to the dead-letter queue.
		 */
		private int maxAttempts = 3;

		/**
		 * Queue directory of dead letters; '<directory>/<channel>.dead-letter' when not
		 * set.
		 */
		private Path deadLetterDirectory;

		/**
		 * Disk space the queue may use before sends fail; no limit when not set.
		 */
		private DataSize diskUsageLimit;

		/**
		 * How the reader waits when the queue has nothing new: busy-spin, yield or
		 * backoff (low CPU when idle).
		 */
		private IpcIdleStrategy idleStrategy = IpcIdleStrategy.BACKOFF;

		/**
		 * Longest park of an idle reader with the backoff idle strategy.
		 */
		private Duration maxPark = Duration.ofMillis(1);

		/**
		 * How long a cycle file is kept after its cycle ended, once every known
		 * subscriber consumed it. Cycle files are kept forever when not set.
		 */
		private Duration retention;

		/**
		 * How often a channel with a retention looks for cycle files to delete.
		 */
		private Duration retentionCheckInterval = ChronicleOptions.DEFAULT_RETENTION_CHECK_INTERVAL;

		public Path getDirectory() {
			return this.directory;
		}

		public void setDirectory(Path directory) {
			this.directory = directory;
		}

		public String getSubscriber() {
			return this.subscriber;
		}

		public void setSubscriber(String subscriber) {
			this.subscriber = subscriber;
		}

		public ChronicleRollCycle getRollCycle() {
			return this.rollCycle;
		}

		public void setRollCycle(ChronicleRollCycle rollCycle) {
			this.rollCycle = rollCycle;
		}

		public ChronicleStartPosition getStartPosition() {
			return this.startPosition;
		}

		public void setStartPosition(ChronicleStartPosition startPosition) {
			this.startPosition = startPosition;
		}

		public Long getStartIndex() {
			return this.startIndex;
		}

		public void setStartIndex(Long startIndex) {
			this.startIndex = startIndex;
		}

		public Instant getStartTimestamp() {
			return this.startTimestamp;
		}

		public void setStartTimestamp(Instant startTimestamp) {
			this.startTimestamp = startTimestamp;
		}

		public Duration getRetryBackoff() {
			return this.retryBackoff;
		}

		public void setRetryBackoff(Duration retryBackoff) {
			this.retryBackoff = retryBackoff;
		}

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Path getDeadLetterDirectory() {
			return this.deadLetterDirectory;
		}

		public void setDeadLetterDirectory(Path deadLetterDirectory) {
			this.deadLetterDirectory = deadLetterDirectory;
		}

		public DataSize getDiskUsageLimit() {
			return this.diskUsageLimit;
		}

		public void setDiskUsageLimit(DataSize diskUsageLimit) {
			this.diskUsageLimit = diskUsageLimit;
		}

		public IpcIdleStrategy getIdleStrategy() {
			return this.idleStrategy;
		}

		public void setIdleStrategy(IpcIdleStrategy idleStrategy) {
			this.idleStrategy = idleStrategy;
		}

		public Duration getMaxPark() {
			return this.maxPark;
		}

		public void setMaxPark(Duration maxPark) {
			this.maxPark = maxPark;
		}

		public Duration getRetention() {
			return this.retention;
		}

		public void setRetention(Duration retention) {
			this.retention = retention;
		}

		public Duration getRetentionCheckInterval() {
			return this.retentionCheckInterval;
		}

		public void setRetentionCheckInterval(Duration retentionCheckInterval) {
			this.retentionCheckInterval = retentionCheckInterval;
		}

	}

}
