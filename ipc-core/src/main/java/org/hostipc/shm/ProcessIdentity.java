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

import java.time.Instant;
import java.util.Optional;

/**
 * Identity of processes: pid plus start time, so that a reused pid is not mistaken for
 * the process that wrote a ring header.
 *
 * @author hostipc
 */
final class ProcessIdentity {

	private static final long PID = ProcessHandle.current().pid();

	private static final long START_MILLIS = startMillis(ProcessHandle.current());

	private ProcessIdentity() {
	}

	static long pid() {
		return PID;
	}

	static long startMillis() {
		return START_MILLIS;
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
