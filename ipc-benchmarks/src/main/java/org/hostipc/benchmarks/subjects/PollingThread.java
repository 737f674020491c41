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

package org.hostipc.benchmarks.subjects;

import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.BusySpinIdleStrategy;
import org.agrona.concurrent.IdleStrategy;

/**
 * A named thread that polls a source until closed, idling with the profile's strategy
 * when a poll finds nothing: busy-spin for the latency profile, otherwise the same
 * spin-yield-park backoff our shared-memory transport uses by default (100 spins, 20
 * yields, parks from 1 µs to 1 ms).
 *
 * @author hostipc
 */
final class PollingThread implements AutoCloseable {

	private final Thread thread;

	private volatile boolean running = true;

	PollingThread(String name, IntSupplier poll, boolean busySpin) {
		IdleStrategy idle = idleStrategy(busySpin);
		this.thread = new Thread(() -> {
			try {
				while (this.running) {
					idle.idle(poll.getAsInt());
				}
			}
			catch (Throwable ex) {
				// the receiver stops counting: the phase fails with the messages missing
				ex.printStackTrace();
			}
		}, name);
		this.thread.setDaemon(true);
	}

	static IdleStrategy idleStrategy(boolean busySpin) {
		return busySpin ? new BusySpinIdleStrategy()
				: new BackoffIdleStrategy(100, 20, TimeUnit.MICROSECONDS.toNanos(1), TimeUnit.MILLISECONDS.toNanos(1));
	}

	static String idleDescription(boolean busySpin) {
		return busySpin ? "busy-spin" : "backoff (100 spins, 20 yields, park 1 µs to 1 ms)";
	}

	PollingThread start() {
		this.thread.start();
		return this;
	}

	@Override
	public void close() throws InterruptedException {
		this.running = false;
		this.thread.join(TimeUnit.SECONDS.toMillis(5));
	}

}
