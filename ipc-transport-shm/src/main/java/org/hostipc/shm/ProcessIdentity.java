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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Identity of processes: pid plus start time, so that a reused pid is not mistaken for
 * the process that wrote a ring header, plus the pid namespace, because a pid written in
 * another namespace (another container) names a different process here.
 *
 * @author hostipc
 */
final class ProcessIdentity {

	private static final long PID = ProcessHandle.current().pid();

	private static final long START_MILLIS = startMillis(ProcessHandle.current());

	private static final long PID_NAMESPACE = pidNamespace(Path.of("/proc/self/ns/pid"));

	private ProcessIdentity() {
	}

	static long pid() {
		return PID;
	}

	static long startMillis() {
		return START_MILLIS;
	}

	/**
	 * Return the identifier of this process's pid namespace: the inode number of
	 * {@code /proc/self/ns/pid}, or {@code 0} when it cannot be read.
	 * @return the pid namespace
	 */
	static long pidNamespace() {
		return PID_NAMESPACE;
	}

	/**
	 * Return whether a pid written by a process in the given pid namespace can be checked
	 * here. An unknown namespace ({@code 0}, written by an older version or where
	 * {@code /proc} is not mounted) counts as this one.
	 * @param namespace the writer's pid namespace
	 * @return {@code true} if the pid means the same process here
	 */
	static boolean isThisPidNamespace(long namespace) {
		return namespace == 0 || PID_NAMESPACE == 0 || namespace == PID_NAMESPACE;
	}

	static long pidNamespace(Path link) {
		try {
			// the link reads "pid:[4026531836]"
			String target = Files.readSymbolicLink(link).toString();
			int open = target.indexOf('[');
			int close = target.indexOf(']', open + 1);
			return (open >= 0 && close > open) ? Long.parseLong(target.substring(open + 1, close)) : 0;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	/**
	 * Return whether the process that wrote a pid and start time still runs.
	 * @param pid the pid
	 * @param startMillis its start time in epoch millis, {@code 0} when unknown
	 * @return {@code true} if a process with that pid runs and, when both start times are
	 * known, started at that time
	 */
	static boolean isAlive(long pid, long startMillis) {
		if (pid <= 0) {
			return false;
		}
		if (pid == PID) {
			return startMillis == 0 || startMillis == START_MILLIS;
		}
		Optional<ProcessHandle> handle = ProcessHandle.of(pid);
		if (handle.isEmpty() || !handle.get().isAlive()) {
			return false;
		}
		long actual = startMillis(handle.get());
		return startMillis == 0 || actual == 0 || Math.abs(actual - startMillis) < 1000;
	}

	private static long startMillis(ProcessHandle handle) {
		return handle.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
	}

}
