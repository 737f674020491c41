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

import java.time.Duration;
import java.util.List;

/**
 * How long and how hard a benchmark run measures.
 *
 * @param name the profile name ({@code quick}, {@code full} or {@code smoke})
 * @param runs measured runs per subject, profile and payload
 * @param payloads the payload sizes in bytes
 * @param latencyRate messages per second of the open-loop latency phases
 * @param latencyWindow how long a latency phase sends
 * @param throughputWindow how long a throughput phase sends flat out
 * @param warmupLatency how long the latency warm-up sends, per payload
 * @param warmupThroughput how long the throughput warm-up sends, per payload
 * @param warmupRounds the most warm-up rounds (a throughput and a latency warm-up each)
 * per payload: rounds repeat until the JIT of each JVM settles
 * @param idleWindow how long the receiver's CPU use is measured while nothing is sent, in
 * the default profile; zero to skip
 * @param profiles the idle profiles to measure
 * @param subjects the ids of the subjects to measure, empty for all
 * @param jmhArguments the JMH arguments, or {@code null} to skip the microbenchmarks
 * @author hostipc
 */
public record Settings(String name, int runs, List<Integer> payloads, int latencyRate, Duration latencyWindow,
		Duration throughputWindow, Duration warmupLatency, Duration warmupThroughput, int warmupRounds,
		Duration idleWindow, List<Profile> profiles, List<String> subjects, List<String> jmhArguments) {

	private static final List<Integer> PAYLOADS = List.of(64, 4096);

	private static final List<Profile> PROFILES = List.of(Profile.LATENCY, Profile.DEFAULT);

	/**
	 * The quick profile: three short runs, about seven minutes of measurement on two
	 * cores. Warm-up rounds repeat (up to eight) until the JIT has compiled the paths
	 * under test, even the long Spring ones, while two threads busy-spin on the two
	 * cores: the Chronicle Queue adapters took five rounds or more in most runs, and a
	 * measurement that starts while the compiler still takes a core reads milliseconds
	 * where microseconds are due.
	 * @return the settings
	 */
	public static Settings quick() {
		return new Settings("quick", 3, PAYLOADS, 20_000, Duration.ofMillis(1000), Duration.ofMillis(400),
				Duration.ofMillis(1000), Duration.ofMillis(400), 8, Duration.ofSeconds(2), PROFILES, List.of(),
				List.of("-f", "1", "-wi", "1", "-w", "1s", "-i", "1", "-r", "1s"));
	}

	/**
	 * The full profile: five longer runs at a higher rate, and longer microbenchmarks.
	 * @return the settings
	 */
	public static Settings full() {
		return new Settings("full", 5, PAYLOADS, 50_000, Duration.ofSeconds(5), Duration.ofSeconds(2),
				Duration.ofSeconds(3), Duration.ofSeconds(2), 8, Duration.ofSeconds(10), PROFILES, List.of(),
				List.of("-f", "2", "-wi", "3", "-w", "2s", "-i", "5", "-r", "2s"));
	}

	/**
	 * The smoke profile of the tests: about a thousand messages per phase, one run, no
	 * microbenchmarks.
	 * @return the settings
	 */
	public static Settings smoke() {
		return new Settings("smoke", 1, PAYLOADS, 10_000, Duration.ofMillis(100), Duration.ofMillis(100),
				Duration.ofMillis(50), Duration.ofMillis(50), 1, Duration.ZERO, List.of(Profile.DEFAULT), List.of(),
				null);
	}

	/**
	 * Return settings by name.
	 * @param name {@code quick}, {@code full} or {@code smoke}
	 * @return the settings
	 */
	public static Settings of(String name) {
		return switch (name) {
			case "quick" -> quick();
			case "full" -> full();
			case "smoke" -> smoke();
			default -> throw new IllegalArgumentException("Unknown profile '" + name + "': use quick, full or smoke");
		};
	}

	/**
	 * Return a copy measuring only some subjects.
	 * @param subjects the subject ids
	 * @return the settings
	 */
	public Settings withSubjects(List<String> subjects) {
		return new Settings(this.name, this.runs, this.payloads, this.latencyRate, this.latencyWindow,
				this.throughputWindow, this.warmupLatency, this.warmupThroughput, this.warmupRounds, this.idleWindow,
				this.profiles, subjects, this.jmhArguments);
	}

	/**
	 * Return a copy measuring only some profiles.
	 * @param profiles the profiles
	 * @return the settings
	 */
	public Settings withProfiles(List<Profile> profiles) {
		return new Settings(this.name, this.runs, this.payloads, this.latencyRate, this.latencyWindow,
				this.throughputWindow, this.warmupLatency, this.warmupThroughput, this.warmupRounds, this.idleWindow,
				profiles, this.subjects, this.jmhArguments);
	}

	/**
	 * Return a copy that skips the JMH microbenchmarks.
	 * @return the settings
	 */
	public Settings withoutMicrobenchmarks() {
		return new Settings(this.name, this.runs, this.payloads, this.latencyRate, this.latencyWindow,
				this.throughputWindow, this.warmupLatency, this.warmupThroughput, this.warmupRounds, this.idleWindow,
				this.profiles, this.subjects, null);
	}

	/**
	 * Return how many messages a latency phase of a window sends.
	 * @param window the window
	 * @return the message count
	 */
	public int latencyMessages(Duration window) {
		return (int) Math.max(1, this.latencyRate * window.toNanos() / 1_000_000_000L);
	}

}
