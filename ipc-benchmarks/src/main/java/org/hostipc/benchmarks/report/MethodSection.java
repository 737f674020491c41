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

package org.hostipc.benchmarks.report;

import org.hostipc.benchmarks.harness.SubjectRunner;
import org.hostipc.benchmarks.subjects.Subject;

/**
 * The "how it is measured" section of the report and the table of subjects.
 *
 * @author hostipc
 */
final class MethodSection {

	private MethodSection() {
	}

	static void write(StringBuilder out, BenchmarkResults results) {
		out.append("## How it is measured\n\n");
		out.append(
				"""
						- Every subject runs in two fresh JVMs, a sender and a receiver, started by a coordinator JVM \
						(same class path, the JVM options the transports need, `-Xms256m -Xmx512m`). The \
						`queue-channel` baseline is an in-JVM handoff by nature: its sender and receiver threads share one \
						JVM.
						- **Latency**: open loop at a fixed rate. Each message carries its *intended* send time \
						(`System.nanoTime()`, which is `CLOCK_MONOTONIC` and shared by all processes on Linux); the \
						receiver records `nanoTime() - intended` in an HdrHistogram. A stalled send therefore shows as \
						latency of every message that should have left meanwhile (no coordinated omission). The \
						sender waits for each intended time by spinning in both profiles: it is the load generator, \
						and its CPU figure includes that wait.
						- **Throughput**: the sender sends flat out for the window; the rate is messages over the time \
						from the first send to the last receipt.
						- **Round trips** (`agrona-pair`, `agrona-pair-m2o`, `shm-rr`, `shm-spring-rr`; latency \
						profile, 64 B): the receiver echoes each payload and the sender's JVM records the latency \
						when the reply arrives; requests are synchronous, so the throughput phase counts round trips per second. \
						The receiver CPU column is the responder's JVM; its allocation is not measured.
						- Payloads of 64 B and 4 KiB: intended time, sequence number and a fill pattern. The receiver \
						reads every byte (it sums the payload as 64-bit words) and the coordinator checks the count, \
						the sum of sequence numbers and the sum of the payload words of every phase.
						- Per subject, profile and payload: warm-up rounds of a throughput and a latency phase, \
						repeated until neither JVM's JIT compiled for more than %d ms in a round (a compiler thread \
						still busy takes a core from a spinning thread on two cores), then the measured runs, each a \
						latency phase and a throughput phase. Tables show the median of the runs and their range.
						- CPU per process is read from `/proc/<pid>/stat` (user + system time) over each phase, in \
						percent of one core.
						- **Two cores**: at most two threads busy-spin at any time (the sender's pacing and the \
						receiver's poll loop in the latency profile; one in the default profile). Aeron's embedded \
						media driver runs in shared mode with a 1 ms sleeping idle strategy, so it never spins; \
						IPC data does not pass through it. The coordinator only waits. Spinning on a 2-core machine \
						still competes with JIT, GC and other processes, which shows in the tails.
						- Our subjects use default options except the idle strategy; the raw baselines are written \
						the way their documentation shows, without our framing, headers or checksums.

						"""
					.formatted(SubjectRunner.JIT_QUIET_MILLIS));
		out.append("### Subjects\n\n");
		out.append("| subject | kind | what | latency profile | default profile | compared with |\n");
		out.append("|---|---|---|---|---|---|\n");
		for (Subject subject : results.subjects()) {
			out.append("| `")
				.append(subject.id())
				.append("` | ")
				.append(subject.kind().label())
				.append(" | ")
				.append(subject.title())
				.append(" | ")
				.append(subject.idleDescription(true))
				.append(" | ")
				.append(subject.idleDescription(false))
				.append(" | ")
				.append((subject.baselineId() != null) ? "`" + subject.baselineId() + "`" : "")
				.append(" |\n");
		}
		out.append('\n');
	}

}
