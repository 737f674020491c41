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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of the current process from {@code /proc/self/stat} (user plus system time, in
 * clock ticks of 10 ms, the Linux default {@code CLK_TCK} of 100).
 *
 * @author hostipc
 */
public final class ProcessCpu {

	/** Nanoseconds per clock tick. */
	public static final long NANOS_PER_TICK = 10_000_000L;

	private ProcessCpu() {
	}

	/**
	 * Return the CPU ticks used so far by this process, or {@code -1} where {@code /proc}
	 * is not available.
	 * @return the ticks
	 */
	public static long ticks() {
		try {
			String stat = Files.readString(Path.of("/proc/self/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	/**
	 * Return the share of one core used over a window.
	 * @param ticks the ticks used in the window
	 * @param wallNanos the length of the window
	 * @return the percentage of one core, or {@code NaN} when unknown
	 */
	public static double percentOfCore(long ticks, long wallNanos) {
		if (ticks < 0 || wallNanos <= 0) {
			return Double.NaN;
		}
		return 100.0 * ticks * NANOS_PER_TICK / wallNanos;
	}

}
