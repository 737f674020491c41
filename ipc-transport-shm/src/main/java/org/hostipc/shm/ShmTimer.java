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

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The one daemon thread ({@code ipc-shm-timer}) of a JVM that writes consumer heartbeats
 * and re-reads subscriber registries for every shared-memory endpoint. Its tasks are
 * short and never block.
 *
 * @author hostipc
 */
final class ShmTimer {

	private static final Log logger = LogFactory.getLog(ShmTimer.class);

	private static final ScheduledThreadPoolExecutor EXECUTOR = createExecutor();

	private ShmTimer() {
	}

	private static ScheduledThreadPoolExecutor createExecutor() {
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "ipc-shm-timer");
			thread.setDaemon(true);
			return thread;
		});
		executor.setRemoveOnCancelPolicy(true);
		return executor;
	}

	/**
	 * Run a task periodically until the returned future is cancelled.
	 * @param task the task; an exception is logged and does not end the schedule
	 * @param period the period
	 * @return the future to cancel
	 */
	static ScheduledFuture<?> schedule(Runnable task, Duration period) {
		long nanos = period.toNanos();
		return EXECUTOR.scheduleAtFixedRate(() -> {
			try {
				task.run();
			}
			catch (RuntimeException ex) {
				logger.warn("A shared-memory timer task failed", ex);
			}
		}, 0, nanos, TimeUnit.NANOSECONDS);
	}

}
