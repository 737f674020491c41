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

package org.hostipc.shm.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.hostipc.shm.ShmBackpressurePolicy;
import org.hostipc.transport.IpcIdleStrategy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The settings of a channel's {@code shm} section ({@code ipc.channels.<name>.shm.*},
 * over {@code ipc.defaults.shm.*}). A setting left unset takes the default of
 * {@link org.hostipc.shm.ShmOptions}.
 *
 * <p>
 * Annotated for the configuration metadata of {@code ipc.defaults.shm.*}; bound per
 * channel by the IPC auto-configuration, not as a bean of its own.
 *
 * @author hostipc
 */
@ConfigurationProperties("ipc.defaults.shm")
public class ShmProperties {

	/**
	 * Directory of the ring files. Defaults to 'hostipc-' followed by the user name, in
	 * /dev/shm (or in the temporary directory where /dev/shm does not exist).
	 */
	private Path directory;

	/**
	 * Capacity of each ring, a power of two. A ring takes messages up to an eighth of its
	 * capacity. Defaults to the smallest power of two (at least 1MB) that holds the
	 * largest message.
	 */
	private DataSize capacity;

	/**
	 * How the reader thread and blocked senders wait: 'busy-spin' (lowest latency, a core
	 * per waiting thread), 'yield', or 'backoff' (low CPU when idle). Defaults to
	 * 'backoff'.
	 */
	private IpcIdleStrategy idleStrategy;

	/**
	 * Longest park of the 'backoff' idle strategy: the wake-up latency after an idle
	 * period. Defaults to 1ms.
	 */
	private Duration maxPark;

	/**
	 * What a send does when the ring is full: 'block' (wait up to the send timeout, then
	 * fail) or 'drop-newest' (drop the message, counted). Defaults to 'block'.
	 */
	private ShmBackpressurePolicy backpressure;

	/**
	 * How often a consumer writes its heartbeat into its ring. Defaults to 100ms.
	 */
	private Duration heartbeatInterval;

	/**
	 * Age after which a consumer heartbeat is stale: producers report DOWN and time out,
	 * publishers drop the subscriber. Defaults to 3s.
	 */
	private Duration heartbeatTimeout;

	/**
	 * How long a consumer waits for a record a producer claimed but did not commit before
	 * it assumes the producer died mid-write and skips the record. Defaults to 5s.
	 */
	private Duration producerStallTimeout;

	/**
	 * Fill ratio of a ring, between 0 and 1, from which the channel reports DOWN.
	 * Defaults to 0.9.
	 */
	private Double fillRatioThreshold;

	/**
	 * Permissions of ring files, as an octal file mode. Defaults to 0600.
	 */
	private String fileMode;

	/**
	 * Permissions of directories created for ring files, as an octal file mode. Defaults
	 * to 0700.
	 */
	private String directoryMode;

	/**
	 * User ids, besides this process's own, whose ring files may be attached to.
	 */
	private List<Integer> allowedUids = new ArrayList<>();

	/**
	 * Number of live subscribers a publish-subscribe publisher needs before it sends; a
	 * send waits for them up to the send timeout. Defaults to 1.
	 */
	private Integer minSubscribers;

	/**
	 * How often a publish-subscribe publisher looks for subscribers that joined or left.
	 * Defaults to 100ms.
	 */
	private Duration registryScanInterval;

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

	public Double getFillRatioThreshold() {
		return this.fillRatioThreshold;
	}

	public void setFillRatioThreshold(Double fillRatioThreshold) {
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

	public Integer getMinSubscribers() {
		return this.minSubscribers;
	}

	public void setMinSubscribers(Integer minSubscribers) {
		this.minSubscribers = minSubscribers;
	}

	public Duration getRegistryScanInterval() {
		return this.registryScanInterval;
	}

	public void setRegistryScanInterval(Duration registryScanInterval) {
		this.registryScanInterval = registryScanInterval;
	}

}
