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
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

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
	 * Return the CPU time each thread of this process has used so far, from the
	 * scheduler's own accounting in {@code /proc/self/task/<tid>/schedstat} (nanoseconds;
	 * the process totals of {@code /proc/self/stat} and, on this kind of kernel,
	 * {@code OperatingSystemMXBean.getProcessCpuTime} move in clock ticks of 10 ms, too
	 * coarse for an idle process over a few seconds).
	 * @return the nanoseconds by thread id, empty where the files are not available
	 */
	public static Map<String, Long> threadNanos() {
		Map<String, Long> nanos = new HashMap<>();
		try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
			for (Path task : tasks) {
				try {
					String schedstat = Files.readString(task.resolve("schedstat"));
					nanos.put(task.getFileName().toString(),
							Long.parseLong(schedstat.substring(0, schedstat.indexOf(' '))));
				}
				catch (IOException | RuntimeException ex) {
					// the thread ended meanwhile
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return Map.of();
		}
		return nanos;
	}

	/**
	 * Return the CPU time this process's threads used since a snapshot: for each thread
	 * alive now, its time since the snapshot (or since it started, if it started later).
	 * Threads that ended meanwhile are left out.
	 * @param before a snapshot from {@link #threadNanos()}
	 * @return the nanoseconds, or {@code -1} where the files are not available
	 */
	public static long nanosSince(Map<String, Long> before) {
		Map<String, Long> now = threadNanos();
		if (before.isEmpty() || now.isEmpty()) {
			return -1;
		}
		long total = 0;
		for (Map.Entry<String, Long> thread : now.entrySet()) {
			total += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
		}
		return total;
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
