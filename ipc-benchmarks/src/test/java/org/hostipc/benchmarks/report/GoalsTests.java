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

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import org.hostipc.benchmarks.harness.MessageSink;
import org.hostipc.benchmarks.harness.Profile;
import org.hostipc.benchmarks.harness.Settings;
import org.hostipc.benchmarks.subjects.Subjects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Goals}.
 *
 * @author hostipc
 */
class GoalsTests {

	@Test
	void checkShouldCompareMediansWithTheirBaselinesAndExplainUnmetGoals() {
		BenchmarkResults results = results(measurement("shm", 800, 1e6, 2e6, 3e6),
				measurement("agrona", 500, 20e6, 20e6), measurement("aeron", 600, 10e6, 10e6),
				measurement("shm-spring", 1500, 2e6, 2e6));
		List<GoalCheck> checks = Goals.check(results);
		GoalCheck agrona = find(checks, "raw Agrona ring");
		assertThat(agrona.status()).isEqualTo(GoalCheck.Status.NOT_MET);
		assertThat(agrona.measured()).startsWith("1.60x");
		assertThat(agrona.limits()).contains("CPU during the latency phase", "allocated per message",
				GoalNotes.note("shm-vs-agrona"));
		assertThat(find(checks, "Aeron IPC").status()).isEqualTo(GoalCheck.Status.MET);
		GoalCheck spring = find(checks, "adds under 1 µs");
		assertThat(spring.status()).isEqualTo(GoalCheck.Status.MET);
		assertThat(spring.measured()).startsWith("+0.70 µs");
		GoalCheck floor = find(checks, "shm throughput");
		assertThat(floor.status()).isEqualTo(GoalCheck.Status.NOT_MET);
		assertThat(floor.limits()).contains("CPU during the throughput phase");
		assertThat(find(checks, "Spring Integration TCP").status()).isEqualTo(GoalCheck.Status.NOT_MEASURED);
	}

	@Test
	void roundTripGoalsShouldCompareWithTheRingPairAndTheRawRequestReply() {
		BenchmarkResults results = results(measurement("shm-rr", 1200, 1e6), measurement("agrona-pair", 600, 2e6),
				measurement("shm-spring-rr", 1900, 1e5));
		List<GoalCheck> checks = Goals.check(results);
		GoalCheck pair = find(checks, "raw Agrona ring pair");
		assertThat(pair.status()).isEqualTo(GoalCheck.Status.NOT_MET);
		assertThat(pair.measured()).startsWith("2.00x (shm-rr 1.20 µs vs agrona-pair 0.60 µs)");
		assertThat(pair.limits()).contains(GoalNotes.note("shm-rr-vs-agrona"));
		GoalCheck gateways = find(checks, "Spring gateways");
		assertThat(gateways.status()).isEqualTo(GoalCheck.Status.MET);
		assertThat(gateways.measured()).startsWith("+0.70 µs (1.90 µs vs 1.20 µs)");
		assertThat(find(checks, "raw Agrona ring").status()).isEqualTo(GoalCheck.Status.NOT_MEASURED);
	}

	@Test
	void unmetRingGoalsShouldShowTheRatioToTheManyProducerRing() {
		BenchmarkResults results = results(measurement("shm", 800, 1e6), measurement("agrona", 500, 20e6),
				measurement("agrona-m2o", 640, 15e6), measurement("shm-rr", 1800, 1e6),
				measurement("agrona-pair", 700, 2e6), measurement("agrona-pair-m2o", 900, 2e6));
		List<GoalCheck> checks = Goals.check(results);
		GoalCheck oneWay = find(checks, "raw Agrona ring");
		assertThat(oneWay.status()).isEqualTo(GoalCheck.Status.NOT_MET);
		assertThat(oneWay.limits()).contains("ManyToOneRingBuffer", "(agrona-m2o): 1.25x (0.64 µs)");
		GoalCheck pair = find(checks, "raw Agrona ring pair");
		assertThat(pair.status()).isEqualTo(GoalCheck.Status.NOT_MET);
		assertThat(pair.limits()).contains("(agrona-pair-m2o): 2.00x (0.90 µs)");
		GoalCheck withoutReference = find(
				Goals.check(results(measurement("shm", 800, 1e6), measurement("agrona", 500, 20e6))),
				"raw Agrona ring");
		assertThat(withoutReference.limits()).doesNotContain("ManyToOneRingBuffer");
	}

	@Test
	void unmetGatewayGoalShouldShowSpringIntegrationsOwnRequestReply() {
		BenchmarkResults results = results(measurement("shm-rr", 1200, 1e6), measurement("shm-spring-rr", 4200, 1e5),
				measurement("spring-local-rr", 1800, 5e5));
		GoalCheck gateways = find(Goals.check(results), "Spring gateways");
		assertThat(gateways.status()).isEqualTo(GoalCheck.Status.NOT_MET);
		assertThat(gateways.measured()).startsWith("+3.00 µs (4.20 µs vs 1.20 µs)");
		assertThat(gateways.limits()).contains("(spring-local-rr): 1.80 µs p50",
				GoalNotes.note("shm-gateways-overhead"));
		GoalCheck withoutFloor = find(
				Goals.check(results(measurement("shm-rr", 1200, 1e6), measurement("shm-spring-rr", 4200, 1e5))),
				"Spring gateways");
		assertThat(withoutFloor.limits()).doesNotContain("spring-local-rr");
	}

	private static GoalCheck find(List<GoalCheck> checks, String text) {
		return checks.stream().filter((check) -> check.goal().contains(text)).findFirst().orElseThrow();
	}

	private static Measurement measurement(String subject, long p50, double... throughputs) {
		return new MeasurementBuilder(subject, p50, throughputs).build();
	}

	private static BenchmarkResults results(Measurement... measurements) {
		return new BenchmarkResults(Settings.quick(), MachineInfo.current(), Instant.now(), Duration.ofMinutes(1),
				"0.1 0.1 0.1", "0.1 0.1 0.1", "/dev/shm", Subjects.all(), List.of(measurements),
				new JmhRunner.JmhOutcome(List.of(), "none", false));
	}

	private record MeasurementBuilder(String subject, long p50, double[] throughputs) {

		Measurement build() {
			Measurement measurement = new Measurement(Subjects.get(this.subject), Profile.LATENCY, 64);
			for (double throughput : this.throughputs) {
				measurement.add(new RunResult(this.p50, this.p50 * 2, this.p50 * 3, this.p50 * 4, 1000, throughput, 100,
						100, 100, 100, 48, 96), new Histogram(MessageSink.HIGHEST_TRACKABLE_NANOS, 3));
			}
			return measurement;
		}

	}

}
