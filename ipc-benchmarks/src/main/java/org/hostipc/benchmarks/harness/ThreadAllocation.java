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

package org.hostipc.benchmarks.harness;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated by a thread so far, from the JVM's per-thread allocation counter (the
 * HotSpot {@code com.sun.management.ThreadMXBean}).
 *
 * @author hostipc
 */
final class ThreadAllocation {

	private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private ThreadAllocation() {
	}

	/**
	 * Return the bytes allocated by a thread so far.
	 * @param thread the thread, or {@code null}
	 * @return the bytes, or {@code -1} when unknown
	 */
	static long allocatedBytes(Thread thread) {
		if (thread == null || !(THREADS instanceof com.sun.management.ThreadMXBean threads)
				|| !threads.isThreadAllocatedMemorySupported() || !threads.isThreadAllocatedMemoryEnabled()) {
			return -1;
		}
		return threads.getThreadAllocatedBytes(thread.getId());
	}

	/**
	 * Return the bytes allocated per message between two readings.
	 * @param before the first reading
	 * @param after the second reading
	 * @param messages the messages in between
	 * @return the bytes per message, or {@code NaN} when unknown
	 */
	static double perMessage(long before, long after, long messages) {
		return (before < 0 || after < 0 || messages <= 0) ? Double.NaN : (after - before) / (double) messages;
	}

}
