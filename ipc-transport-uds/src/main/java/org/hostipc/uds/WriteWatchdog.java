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

package org.hostipc.uds;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Bounds blocking socket operations in time: a thread named
 * {@code ipc-uds-<channel>-watchdog} wakes a few times per send timeout and closes every
 * blocking-mode connection whose write has been blocked past its deadline (which wakes
 * the writer with {@link UdsConnection.WriteStatus#TIMED_OUT}), or whose expected frame
 * (the server's handshake) has not arrived by its deadline.
 * <p>
 * This keeps blocking-mode writes on the caller's thread with no hand-off and no selector
 * on the fast path (a write that fits in the socket buffer never involves this thread),
 * at the cost of a timeout precision of one tick: a stuck write fails between the send
 * timeout and the send timeout plus a quarter of it (at most 100 ms more). Non-blocking
 * connections enforce their write deadlines themselves.
 * <p>
 * The writer whose write timed out counts the error; this class only logs it, once per
 * connection since the connection is closed.
 * <p>
 * Thread-safe: connections are added and removed from any thread.
 *
 * @author hostipc
 */
final class WriteWatchdog {

	private static final Log logger = LogFactory.getLog(WriteWatchdog.class);

	private static final long MIN_TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

	private static final long MAX_TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

	private final Set<UdsConnection> connections = ConcurrentHashMap.newKeySet();

	private final String threadName;

	private final long tickNanos;

	private volatile boolean running;

	private volatile Thread thread;

	WriteWatchdog(String channelName, Duration sendTimeout) {
		this.threadName = "ipc-uds-" + channelName + "-watchdog";
		this.tickNanos = Math.max(MIN_TICK_NANOS, Math.min(MAX_TICK_NANOS, sendTimeout.toNanos() / 4));
	}

	void start() {
		this.running = true;
		this.thread = Threads.start(this.threadName, this::run);
	}

	void watch(UdsConnection connection) {
		this.connections.add(connection);
	}

	void forget(UdsConnection connection) {
		this.connections.remove(connection);
	}

	private void run() {
		while (this.running) {
			LockSupport.parkNanos(this, this.tickNanos);
			long now = System.nanoTime();
			for (UdsConnection connection : this.connections) {
				if (connection.expire(now)) {
					logger.warn("Closed " + connection + ": the peer did not read or answer within the send timeout");
				}
			}
		}
	}

	/**
	 * Stop the thread and wait for it to end.
	 * @param timeout how long to wait
	 */
	void stop(Duration timeout) {
		this.running = false;
		Thread watchdog = this.thread;
		if (watchdog != null) {
			LockSupport.unpark(watchdog);
			Threads.join(watchdog, timeout);
			this.thread = null;
		}
		this.connections.clear();
	}

}
