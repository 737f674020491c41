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
import java.lang.management.ThreadMXBean;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProcessCpu}.
 *
 * @author hostipc
 */
class ProcessCpuTests {

	@Test
	void threadNanosShouldCountCpuFinerThanClockTicks() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long wallStart = System.nanoTime();
		Map<String, Long> before = ProcessCpu.threadNanos();
		assertThat(before).as("the threads of this JVM in /proc/self/task").isNotEmpty();
		long ownStart = threads.getCurrentThreadCpuTime();
		long spins = 0;
		// burn 3 ms of this thread's CPU, less than one 10 ms clock tick
		while (threads.getCurrentThreadCpuTime() - ownStart < 3_000_000L) {
			spins++;
		}
		long used = ProcessCpu.nanosSince(before);
		long wall = System.nanoTime() - wallStart;
		assertThat(spins).isPositive();
		assertThat(used).isGreaterThanOrEqualTo(3_000_000L)
			.isLessThanOrEqualTo(wall * Runtime.getRuntime().availableProcessors() + 1_000_000L);
	}

	@Test
	void nanosSinceShouldBeUnknownWithoutASnapshot() {
		assertThat(ProcessCpu.nanosSince(Map.of())).isEqualTo(-1);
	}

}
