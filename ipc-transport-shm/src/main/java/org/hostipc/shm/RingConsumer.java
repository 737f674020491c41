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

package org.hostipc.shm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.locks.LockSupport;

import org.agrona.concurrent.AgentRunner;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hostipc.transport.EndpointCounters;
import org.hostipc.transport.ErrorReason;
import org.hostipc.IpcException;
import org.hostipc.wire.FrameCodec;

/**
 * The consumer side of one ring file: creates the file or reattaches to the existing one
 * (keeping what was written to it), refuses a ring that another live process consumes,
 * writes the heartbeat on {@link ShmTimer} and, when given a frame consumer, runs a
 * {@link RingReader} on a named daemon thread.
 * <p>
 * {@link #start()} and {@link #stop(boolean)} are called under the endpoint's lifecycle
 * lock.
 *
 * @author hostipc
 */
final class RingConsumer {

	private static final Log logger = LogFactory.getLog(RingConsumer.class);

	/** How long stopping waits for the reader thread to end after its loop ended. */
	private static final long JOIN_MILLIS = 5000;

	private final String threadName;

	private final Path file;

	private final ShmFiles files;

	private final ShmOptions options;

	private final FrameCodec codec;

	private final EndpointCounters counters;

	private final RingReader.FrameConsumer consumer;

	private final Object heartbeatMonitor = new Object();

	private volatile ShmRing ring;

	private ScheduledFuture<?> heartbeat;

	private boolean beating;

	private AgentRunner runner;

	private Thread readerThread;

	/**
	 * Create a consumer.
	 * @param threadName the name of the reader thread
	 * @param file the ring file
	 * @param files the file operations
	 * @param options the settings
	 * @param codec the codec
	 * @param counters the endpoint's counters
	 * @param consumer the frame consumer, or {@code null} to read the ring elsewhere (no
	 * thread is started)
	 */
	RingConsumer(String threadName, Path file, ShmFiles files, ShmOptions options, FrameCodec codec,
			EndpointCounters counters, RingReader.FrameConsumer consumer) {
		this.threadName = threadName;
		this.file = file;
		this.files = files;
		this.options = options;
		this.codec = codec;
		this.counters = counters;
		this.consumer = consumer;
	}

	void start() {
		boolean existed = Files.exists(this.file);
		ShmRing attached = this.files.createOrOpen(this.file);
		if (existed && hasLiveConsumer(attached)) {
			throw new IpcException("The ring " + this.file + " already has a live consumer (pid "
					+ attached.consumerPid() + "); a ring has exactly one consumer");
		}
		attached.claimConsumer(this.options.limits().maxFrameLength());
		this.ring = attached;
		synchronized (this.heartbeatMonitor) {
			this.beating = true;
		}
		this.heartbeat = ShmTimer.schedule(this::beat, this.options.heartbeatInterval());
		if (this.consumer != null) {
			RingReader reader = new RingReader(this.threadName, attached, this.codec, this.counters,
					this.options.producerStallTimeout().toNanos(), this.consumer);
			this.runner = new AgentRunner(this.options.idleStrategy().create(this.options.maxPark()),
					this::onReaderError, null, reader);
			AgentRunner.startOnThread(this.runner, (task) -> {
				Thread thread = new Thread(task, this.threadName);
				thread.setDaemon(true);
				this.readerThread = thread;
				return thread;
			});
		}
	}

	/**
	 * Return whether another consumer is attached and alive. Its pid answers when it runs
	 * in this pid namespace. A consumer in another namespace (another container) is alive
	 * while its heartbeat stays fresh: wait up to the heartbeat timeout for a heartbeat
	 * left by a consumer that was killed to go stale.
	 */
	private boolean hasLiveConsumer(ShmRing attached) {
		long timeoutMillis = this.options.heartbeatTimeout().toMillis();
		if (ProcessIdentity.isThisPidNamespace(attached.consumerPidNamespace())) {
			return attached.isConsumerAlive(System.currentTimeMillis(), timeoutMillis)
					&& ProcessIdentity.isAlive(attached.consumerPid(), attached.consumerStartMillis());
		}
		long deadline = System.currentTimeMillis() + timeoutMillis + this.options.heartbeatInterval().toMillis();
		while (attached.isConsumerAlive(System.currentTimeMillis(), timeoutMillis)) {
			if (System.currentTimeMillis() > deadline) {
				return true;
			}
			LockSupport.parkNanos(this.options.heartbeatInterval().toNanos());
		}
		return false;
	}

	private void beat() {
		synchronized (this.heartbeatMonitor) {
			if (this.beating) {
				this.ring.heartbeat(System.currentTimeMillis());
			}
		}
	}

	private void onReaderError(Throwable ex) {
		this.counters.error(ErrorReason.IO);
		logger.warn("The reader of ring " + this.file + " failed", ex);
	}

	/**
	 * Stop reading and heart-beating; announce that the consumer stopped.
	 * @param delete whether to delete the ring file (a subscriber or reply ring that
	 * nobody will reattach to)
	 */
	void stop(boolean delete) {
		if (this.runner != null) {
			// the thread this consumer started, even one that has not begun to run yet:
			// the runner only knows its thread once it runs (and then ends it at once)
			Thread thread = this.readerThread;
			this.runner.close();
			this.runner = null;
			this.readerThread = null;
			joinQuietly(thread);
		}
		if (this.heartbeat != null) {
			this.heartbeat.cancel(false);
			this.heartbeat = null;
		}
		ShmRing stopped = this.ring;
		synchronized (this.heartbeatMonitor) {
			this.beating = false;
			if (stopped != null) {
				stopped.heartbeat(0);
			}
		}
		if (delete) {
			ShmFiles.deleteQuietly(this.file);
		}
		this.ring = null;
	}

	private static void joinQuietly(Thread thread) {
		if (thread == null || thread == Thread.currentThread()) {
			return;
		}
		try {
			thread.join(JOIN_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Return the ring.
	 * @return the ring, or {@code null} when not started
	 */
	ShmRing ring() {
		return this.ring;
	}

	Path file() {
		return this.file;
	}

}
