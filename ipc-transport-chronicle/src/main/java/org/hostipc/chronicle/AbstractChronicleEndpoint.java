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

package org.hostipc.chronicle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.hostipc.transport.Direction;
import org.hostipc.transport.EndpointState;
import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.AbstractIpcEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.wire.FrameCodec;

/**
 * Base class of the Chronicle Queue endpoints: identity, lifecycle, the queue and the
 * common part of {@link #describe()}.
 * <p>
 * {@link #start()} and {@link #stop()} are serialized by a lifecycle lock and idempotent;
 * every other method is thread-safe.
 *
 * @author hostipc
 */
abstract class AbstractChronicleEndpoint extends AbstractIpcEndpoint {

	protected final ChronicleOptions options;

	protected final FrameCodec codec;

	protected final Path queueDirectory;

	private static final Log logger = LogFactory.getLog(AbstractChronicleEndpoint.class);

	private static final long STOP_TIMEOUT_SECONDS = 10;

	private volatile SingleChronicleQueue queue;

	private volatile ChronicleRetention retention;

	private ScheduledExecutorService retentionExecutor;

	private volatile Thread retentionThread;

	AbstractChronicleEndpoint(String name, MessagingPattern pattern, Direction direction, ChronicleOptions options) {
		super(safeName(name), supported(pattern, name), direction);
		if (options == null) {
			throw new IllegalArgumentException("'options' must not be null");
		}
		this.options = options;
		this.codec = new FrameCodec(options.limits());
		this.queueDirectory = ChronicleFiles.queueDirectory(options, name);
	}

	private static String safeName(String name) {
		if (!ChronicleFiles.isSafeName(name)) {
			throw new IllegalArgumentException("'channelName' must be a non-empty name of letters, digits, '.', '_' "
					+ "or '-' (it names the queue directory), got '" + name + "'");
		}
		return name;
	}

	private static MessagingPattern supported(MessagingPattern pattern, String name) {
		if (pattern == MessagingPattern.REQUEST_REPLY) {
			throw new IllegalArgumentException("The chronicle transport supports point-to-point and "
					+ "publish-subscribe, not request-reply (channel '" + name + "'): use the uds or shm transport");
		}
		return pattern;
	}

	@Override
	public String transport() {
		return "chronicle";
	}

	@Override
	public String backlogUnit() {
		return "messages";
	}

	/**
	 * Return the open queue.
	 * @return the queue, {@code null} when not started
	 */
	protected SingleChronicleQueue queue() {
		return this.queue;
	}

	@Override
	protected final void doStart() {
		SingleChronicleQueue opened = ChronicleFiles.open(this.queueDirectory, this.options);
		try {
			this.queue = opened;
			open(opened);
		}
		catch (RuntimeException ex) {
			this.queue = null;
			opened.close();
			throw ex;
		}
		if (this.options.retention() != null) {
			startRetention();
		}
	}

	private void startRetention() {
		this.retention = new ChronicleRetention(this.queueDirectory,
				ChronicleFiles.subscribersDirectory(this.options, name()), this.options.retention());
		this.retentionExecutor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "ipc-chronicle-retention-" + name());
			thread.setDaemon(true);
			this.retentionThread = thread;
			return thread;
		});
		long interval = this.options.retentionCheckInterval().toMillis();
		this.retentionExecutor.scheduleWithFixedDelay(this::sweepQuietly, interval, interval, TimeUnit.MILLISECONDS);
	}

	private void sweepQuietly() {
		try {
			sweep();
		}
		catch (RuntimeException ex) {
			this.counters.error(ErrorReason.IO);
			logger.warn("The retention sweep of channel '" + name() + "' failed", ex);
		}
	}

	/**
	 * Delete the cycle files that the retention allows to delete, now.
	 * @return the deleted files; empty when the endpoint has no retention or is stopped
	 */
	List<Path> sweep() {
		ChronicleRetention current = this.retention;
		SingleChronicleQueue open = this.queue;
		return (current != null && open != null) ? current.sweep(open) : List.of();
	}

	@Override
	protected final void doStop() {
		try {
			stopRetention();
			release();
		}
		finally {
			SingleChronicleQueue closing = this.queue;
			this.queue = null;
			closing.close();
		}
	}

	private static boolean join(Thread thread) throws InterruptedException {
		thread.join(TimeUnit.SECONDS.toMillis(STOP_TIMEOUT_SECONDS));
		return !thread.isAlive();
	}

	private void stopRetention() {
		ScheduledExecutorService executor = this.retentionExecutor;
		if (executor == null) {
			return;
		}
		this.retentionExecutor = null;
		this.retention = null;
		executor.shutdownNow();
		try {
			// the pool terminates just before its thread ends: wait for the thread too
			Thread thread = this.retentionThread;
			this.retentionThread = null;
			if (!executor.awaitTermination(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)
					|| (thread != null && !join(thread))) {
				logger.warn("The retention sweep of channel '" + name() + "' did not stop within "
						+ STOP_TIMEOUT_SECONDS + " s");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public EndpointState state() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("path", this.queueDirectory.toString());
		if (!isRunning()) {
			return EndpointState.down("not started", details);
		}
		boolean writable = Files.isWritable(this.queueDirectory);
		details.put("writable", writable);
		details.put("freeDiskBytes", ChronicleFiles.freeBytes(this.queueDirectory));
		if (this.options.retention() != null) {
			details.put("retention", this.options.retention().toString());
		}
		EndpointState state = runningState(details);
		if (!writable && state.isUp()) {
			return EndpointState.down("the queue directory " + this.queueDirectory + " is not writable", details);
		}
		return state;
	}

	@Override
	public Map<String, Object> describe() {
		Map<String, Object> description = new LinkedHashMap<>();
		description.put("transport", transport());
		description.put("pattern", pattern().id());
		description.put("direction", direction().tag());
		description.put("role", role());
		description.put("path", this.queueDirectory.toString());
		description.put("rollCycle", this.options.rollCycle().name().toLowerCase().replace('_', '-'));
		description.put("maxMessageSize", this.options.limits().maxPayloadLength());
		description.put("blockSize", ChronicleFiles.blockSize(this.options.limits()));
		description.put("retention",
				(this.options.retention() != null) ? this.options.retention().toString() : "keep-all");
		describeRole(description);
		description.put("running", isRunning());
		return Map.copyOf(description);
	}

	/**
	 * Return the number of messages in the queue after the given index.
	 * @param queue the queue
	 * @param acknowledged the index of the last acknowledged message, or
	 * {@link SubscriberPosition#NONE}
	 * @return the count
	 */
	static long countAfter(SingleChronicleQueue queue, long acknowledged) {
		long last = queue.lastIndex();
		if (last < 0) {
			return 0;
		}
		long first = queue.firstIndex();
		try {
			if (acknowledged < first) {
				return queue.countExcerpts(first, last) + 1;
			}
			return (acknowledged >= last) ? 0 : queue.countExcerpts(acknowledged, last);
		}
		catch (IllegalStateException ex) {
			return 0;
		}
	}

	/**
	 * Return the lag in messages of every subscriber that saved a position for this
	 * channel.
	 * @param queue the queue
	 * @return the lag by subscriber name
	 */
	protected Map<String, Long> subscriberLags(SingleChronicleQueue queue) {
		Path directory = ChronicleFiles.subscribersDirectory(this.options, name());
		Map<String, Long> lags = new TreeMap<>();
		if (!Files.isDirectory(directory)) {
			return lags;
		}
		try (Stream<Path> files = Files.list(directory)) {
			files.filter((file) -> file.getFileName().toString().endsWith(SubscriberPosition.SUFFIX))
				.forEach((file) -> {
					String fileName = file.getFileName().toString();
					String subscriber = fileName.substring(0, fileName.length() - SubscriberPosition.SUFFIX.length());
					lags.put(subscriber, countAfter(queue, SubscriberPosition.peek(file)));
				});
		}
		catch (IOException ex) {
			// an unreadable directory reports no subscribers
		}
		return lags;
	}

	/**
	 * Start appending to or reading from the opened queue.
	 * @param queue the queue
	 */
	protected abstract void open(SingleChronicleQueue queue);

	/**
	 * Stop using the queue, which is closed afterwards.
	 */
	protected abstract void release();

	protected abstract EndpointState runningState(Map<String, Object> details);

	/**
	 * Return {@code appender} or {@code subscriber}.
	 * @return the role
	 */
	protected abstract String role();

	/**
	 * Add role-specific entries to a description.
	 * @param description the description being built
	 */
	protected abstract void describeRole(Map<String, Object> description);

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[" + name() + ", " + this.queueDirectory + "]";
	}

}
