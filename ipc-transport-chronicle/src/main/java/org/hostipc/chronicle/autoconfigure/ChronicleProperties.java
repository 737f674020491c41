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

package org.hostipc.chronicle.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.hostipc.chronicle.ChronicleRollCycle;
import org.hostipc.chronicle.ChronicleStartPosition;
import org.hostipc.transport.IpcIdleStrategy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The settings of a channel's {@code chronicle} section
 * ({@code ipc.channels.<name>.chronicle.*}, over {@code ipc.defaults.chronicle.*}). A
 * setting left unset takes the default of {@link org.hostipc.chronicle.ChronicleOptions}.
 *
 * <p>
 * Annotated for the configuration metadata of {@code ipc.defaults.chronicle.*}; bound per
 * channel by the IPC auto-configuration, not as a bean of its own.
 *
 * @author hostipc
 */
@ConfigurationProperties("ipc.defaults.chronicle")
public class ChronicleProperties {

	/**
	 * Base directory of the queues (required): the channel's queue is
	 * '<directory>/<channel>'.
	 */
	private Path directory;

	/**
	 * Name under which an inbound channel saves its position; publish-subscribe
	 * subscribers of one channel need distinct names. Defaults to 'default'.
	 */
	private String subscriber;

	/**
	 * How often the queue starts a new cycle file. Defaults to 'daily'.
	 */
	private ChronicleRollCycle rollCycle;

	/**
	 * Where an inbound channel starts reading. Defaults to 'saved'.
	 */
	private ChronicleStartPosition startPosition;

	/**
	 * Queue index to start at with start-position 'index'.
	 */
	private Long startIndex;

	/**
	 * Instant to start at with start-position 'timestamp'.
	 */
	private Instant startTimestamp;

	/**
	 * Wait before the first retry of a failed message, doubled on each retry. Defaults to
	 * 100ms.
	 */
	private Duration retryBackoff;

	/**
	 * Handler calls before a message goes to the dead-letter queue. Defaults to 3.
	 */
	private Integer maxAttempts;

	/**
	 * Queue directory of dead letters; '<directory>/<channel>.dead-letter' when not set.
	 */
	private Path deadLetterDirectory;

	/**
	 * Disk space the queue may use before sends fail; no limit when not set.
	 */
	private DataSize diskUsageLimit;

	/**
	 * How the reader waits when the queue has nothing new: busy-spin, yield or backoff
	 * (low CPU when idle). Defaults to 'backoff'.
	 */
	private IpcIdleStrategy idleStrategy;

	/**
	 * Longest park of an idle reader with the backoff idle strategy. Defaults to 1ms.
	 */
	private Duration maxPark;

	/**
	 * How long a cycle file is kept after its cycle ended, once every known subscriber
	 * consumed it. Cycle files are kept forever when not set.
	 */
	private Duration retention;

	/**
	 * How often a channel with a retention looks for cycle files to delete. Defaults to
	 * 1m.
	 */
	private Duration retentionCheckInterval;

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

	public Integer getMaxAttempts() {
		return this.maxAttempts;
	}

	public void setMaxAttempts(Integer maxAttempts) {
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
