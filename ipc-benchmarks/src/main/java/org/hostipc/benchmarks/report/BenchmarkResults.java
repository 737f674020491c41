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

import org.hostipc.benchmarks.harness.Profile;
import org.hostipc.benchmarks.harness.Settings;
import org.hostipc.benchmarks.subjects.Subject;

/**
 * Everything a report is written from.
 *
 * @param settings the settings of the run
 * @param machine the machine
 * @param started when the run started
 * @param elapsed how long it took, build excluded
 * @param loadBefore the load averages before the run
 * @param loadAfter the load averages after the run
 * @param filesDirectory where rings, queues and sockets lived, as a sentence
 * @param subjects the subjects measured
 * @param measurements the measurements
 * @param jmh the microbenchmark outcome
 * @author hostipc
 */
public record BenchmarkResults(Settings settings, MachineInfo machine, Instant started, Duration elapsed,
		String loadBefore, String loadAfter, String filesDirectory, List<Subject> subjects,
		List<Measurement> measurements, JmhRunner.JmhOutcome jmh) {

	/**
	 * Return a measurement.
	 * @param subjectId the subject id
	 * @param profile the profile
	 * @param payload the payload size
	 * @return the measurement, or {@code null} if not measured
	 */
	public Measurement find(String subjectId, Profile profile, int payload) {
		for (Measurement measurement : this.measurements) {
			if (measurement.subject().id().equals(subjectId) && measurement.profile() == profile
					&& measurement.payload() == payload) {
				return measurement;
			}
		}
		return null;
	}

	/**
	 * Return the measurements of a profile and payload, in subject order.
	 * @param profile the profile
	 * @param payload the payload size
	 * @return the measurements
	 */
	public List<Measurement> of(Profile profile, int payload) {
		return this.measurements.stream()
			.filter((measurement) -> measurement.profile() == profile && measurement.payload() == payload)
			.toList();
	}

}
