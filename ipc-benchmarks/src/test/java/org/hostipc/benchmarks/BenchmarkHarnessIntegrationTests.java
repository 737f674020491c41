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

package org.hostipc.benchmarks;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.hostipc.benchmarks.harness.Profile;
import org.hostipc.benchmarks.subjects.Subjects;
import org.hostipc.benchmarks.harness.Settings;
import org.hostipc.benchmarks.report.BenchmarkResults;
import org.hostipc.benchmarks.report.Measurement;
import org.hostipc.benchmarks.report.RunResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the whole suite end to end in the smoke profile on a handful of subjects (ours and
 * baselines, cross-process and in-JVM): every phase must deliver every message with the
 * right bytes, and the report and its plots must be written.
 *
 * @author hostipc
 */
class BenchmarkHarnessIntegrationTests {

	private static final List<String> SUBJECTS = List.of("shm", "shm-yield", "uds-spring", "chronicle", "agrona",
			"agrona-m2o", "aeron", "jdk-uds", "queue-channel");

	private Path output;

	@BeforeEach
	void createOutput() throws IOException {
		this.output = Files.createTempDirectory(Path.of("/tmp"), "ipcb-test");
	}

	@AfterEach
	void deleteOutput() throws IOException {
		BenchmarkCoordinator.deleteRecursively(this.output);
	}

	@Test
	void smokeRunShouldDeliverEveryMessageAndWriteTheReport() throws Exception {
		Settings settings = Settings.smoke().withSubjects(SUBJECTS);
		List<String> progress = new ArrayList<>();
		BenchmarkResults results = BenchmarkCoordinator.run(settings, this.output, progress::add);
		assertThat(results.measurements()).hasSize(SUBJECTS.size() * settings.payloads().size());
		for (Measurement measurement : results.measurements()) {
			assertThat(measurement.failure()).as(measurement.subject().id()).isNull();
			assertThat(measurement.runs()).hasSize(settings.runs());
			for (RunResult run : measurement.runs()) {
				assertThat(run.latencyMessages()).isEqualTo(settings.latencyMessages(settings.latencyWindow()));
				assertThat(run.p50()).isPositive();
				assertThat(run.throughput()).isPositive();
				assertThat(run.senderBytesPerMessage()).isNotNaN().isNotNegative();
				assertThat(run.receiverBytesPerMessage()).isNotNaN().isNotNegative();
			}
			assertThat(measurement.merged().getTotalCount()).isEqualTo(1000);
		}
		String report = Files.readString(this.output.resolve("benchmarks.md"));
		assertThat(report).contains("## Summary of goals", "## Machine and run", "## Microbenchmarks (JMH)");
		SUBJECTS.forEach((id) -> assertThat(report).contains("`" + id + "`"));
		for (int payload : settings.payloads()) {
			assertImage("latency-" + Profile.DEFAULT.id() + "-" + payload + ".png");
			assertImage("throughput-" + Profile.DEFAULT.id() + "-" + payload + ".png");
			assertThat(report).contains("benchmarks/latency-default-" + payload + ".png");
		}
	}

	@Test
	void roundTripSubjectsShouldMeasureInTheRequesterAndCheckTheirGoals() throws Exception {
		List<String> subjects = List.of("shm-rr", "shm-spring-rr", "agrona-pair", "agrona-pair-m2o", "spring-local-rr");
		Settings settings = Settings.smoke().withProfiles(List.of(Profile.LATENCY)).withSubjects(subjects);
		BenchmarkResults results = BenchmarkCoordinator.run(settings, this.output, (line) -> {
		});
		assertThat(results.measurements()).hasSize(subjects.size());
		for (Measurement measurement : results.measurements()) {
			assertThat(measurement.failure()).as(measurement.subject().id()).isNull();
			assertThat(measurement.payload()).isEqualTo(settings.payloads().get(0));
			for (RunResult run : measurement.runs()) {
				assertThat(run.p50()).isPositive();
				assertThat(run.throughput()).isPositive();
				// the responder's CPU comes from its own JVM, which counts no messages
				// (the requester's own JVM for a single-JVM subject)
				assertThat(run.latencyReceiverCpu()).isPositive();
				if (!measurement.subject().singleJvm()) {
					assertThat(run.receiverBytesPerMessage()).isNaN();
				}
			}
			assertThat(measurement.merged().getTotalCount()).isEqualTo(1000);
		}
		String report = Files.readString(this.output.resolve("benchmarks.md"));
		assertThat(report).containsPattern("round trip p50 within 1.5x of a raw Agrona ring pair \\| [0-9.]+x")
			.containsPattern("Spring gateways add under 1 µs to the shm round-trip p50 \\| [+-][0-9.]+ µs");
	}

	@Test
	void roundTripSubjectsShouldBeMeasuredInTheLatencyProfileOnly() {
		assertThat(Subjects.get("shm-rr").measuredIn(Profile.LATENCY)).isTrue();
		assertThat(Subjects.get("shm-rr").measuredIn(Profile.DEFAULT)).isFalse();
		assertThat(Subjects.get("shm").measuredIn(Profile.DEFAULT)).isTrue();
	}

	private void assertImage(String name) throws IOException {
		Path file = this.output.resolve("benchmarks").resolve(name);
		BufferedImage image = ImageIO.read(file.toFile());
		assertThat(image).as(name).isNotNull();
		assertThat(image.getWidth()).isGreaterThan(500);
	}

}
