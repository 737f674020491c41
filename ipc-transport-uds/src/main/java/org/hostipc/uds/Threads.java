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

/**
 * Starting and stopping the transport's threads.
 *
 * @author hostipc
 */
final class Threads {

	private Threads() {
	}

	/**
	 * Start a daemon thread.
	 * @param name the thread name
	 * @param task what it runs
	 * @return the started thread
	 */
	static Thread start(String name, Runnable task) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	/**
	 * Wait for a thread to end; interrupt it if it has not ended within the timeout, then
	 * wait once more as long.
	 * @param thread the thread
	 * @param timeout how long to wait each time
	 * @return whether the thread ended
	 */
	static boolean join(Thread thread, Duration timeout) {
		if (thread == Thread.currentThread()) {
			return false;
		}
		boolean interrupted = false;
		try {
			for (int attempt = 0; attempt < 2 && thread.isAlive(); attempt++) {
				if (attempt > 0) {
					thread.interrupt();
				}
				try {
					thread.join(Math.max(1, timeout.toMillis()));
				}
				catch (InterruptedException ex) {
					interrupted = true;
				}
			}
		}
		finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
		return !thread.isAlive();
	}

}
