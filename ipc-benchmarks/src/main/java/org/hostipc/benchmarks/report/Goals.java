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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

import org.hostipc.benchmarks.harness.Profile;

/**
 * Checks the goals of the transports against a run: latency goals on the median p50 of
 * the latency profile with 64-byte payloads, throughput floors on the median flat-out
 * rate of the same profile.
 *
 * @author hostipc
 */
public final class Goals {

	/** The profile goals are checked in. */
	public static final Profile PROFILE = Profile.LATENCY;

	/** The payload size goals are checked with. */
	public static final int PAYLOAD = 64;

	private static final ToDoubleFunction<RunResult> P50 = RunResult::p50;

	private static final ToDoubleFunction<RunResult> THROUGHPUT = RunResult::throughput;

	private final BenchmarkResults results;

	private final List<GoalCheck> checks = new ArrayList<>();

	private Goals(BenchmarkResults results) {
		this.results = results;
	}

	/**
	 * Check every goal.
	 * @param results the results
	 * @return one check per goal
	 */
	public static List<GoalCheck> check(BenchmarkResults results) {
		Goals goals = new Goals(results);
		goals.ratio("shm-vs-agrona", "shm p50 within 1.5x of a raw Agrona ring", "shm", "agrona", P50, 1.5,
				"agrona-m2o");
		goals.ratio("shm-vs-aeron", "shm p50 within 2x of Aeron IPC", "shm", "aeron", P50, 2.0);
		goals.overhead("shm-spring-overhead", "Spring path adds under 1 µs to the shm p50", "shm", "shm-spring", null);
		goals.ratio("shm-rr-vs-agrona", "shm request-reply round trip p50 within 1.5x of a raw Agrona ring pair",
				"shm-rr", "agrona-pair", P50, 1.5, "agrona-pair-m2o");
		goals.overhead("shm-gateways-overhead", "Spring gateways add under 1 µs to the shm round-trip p50", "shm-rr",
				"shm-spring-rr", "spring-local-rr");
		goals.ratio("uds-vs-jdk", "uds p50 within 1.5x of a raw JDK Unix domain socket", "uds", "jdk-uds", P50, 1.5);
		goals.ratio("uds-vs-tcp", "uds through Spring p50 ahead of Spring Integration TCP", "uds-spring", "spring-tcp",
				P50, 1.0);
		goals.ratio("chronicle-vs-raw", "chronicle adapter (Spring) p50 within 1.5x of raw Chronicle Queue",
				"chronicle-spring", "chronicle-queue", P50, 1.5);
		goals.ratio("chronicle-endpoint-vs-raw", "chronicle endpoint p50 within 1.5x of raw Chronicle Queue",
				"chronicle", "chronicle-queue", P50, 1.5);
		goals.floor("shm-throughput", "shm throughput at 64 B at least 5 M msg/s", "shm", 5e6);
		goals.floor("spring-throughput", "shm through Spring throughput at 64 B at least 1 M msg/s", "shm-spring", 1e6);
		goals.share("chronicle-throughput", "chronicle adapter throughput at least 0.5x the raw appender",
				"chronicle-spring", "chronicle-queue", 0.5);
		goals.idle("shm-idle", "shm idle receiver under 2% of a core in the default idle strategy", "shm", 2.0);
		return goals.checks;
	}

	private void ratio(String id, String goal, String ours, String baseline, ToDoubleFunction<RunResult> metric,
			double limit) {
		ratio(id, goal, ours, baseline, metric, limit, null);
	}

	/**
	 * Check the ratio of a metric to a baseline's.
	 * @param manyToOneId the same baseline on Agrona's many-producer ring, the ring type
	 * our transport runs on, reported next to an unmet goal when measured; {@code null}
	 * for none
	 */
	private void ratio(String id, String goal, String ours, String baseline, ToDoubleFunction<RunResult> metric,
			double limit, String manyToOneId) {
		Measurement a = measured(ours);
		Measurement b = measured(baseline);
		if (a == null || b == null) {
			notMeasured(goal, ours, baseline);
			return;
		}
		double ratio = a.median(metric) / b.median(metric);
		String measured = String.format(Locale.ROOT, "%.2fx (%s %s vs %s %s)", ratio, ours, micros(a.median(metric)),
				baseline, micros(b.median(metric)));
		Measurement manyToOne = (manyToOneId != null) ? measured(manyToOneId) : null;
		String manyToOneFact = (manyToOne != null) ? String.format(Locale.ROOT,
				"against the same raw baseline on Agrona's ManyToOneRingBuffer, the ring type our transport needs "
						+ "because many producer processes may write to one ring (%s): %.2fx (%s)",
				manyToOneId, a.median(metric) / manyToOne.median(metric), micros(manyToOne.median(metric))) : null;
		add(id, goal, measured, ratio <= limit, a, patternFor(ours), manyToOneFact);
	}

	/**
	 * Check the time a Spring path adds to the raw one.
	 * @param springOnlyId a subject that measures the Spring part alone, in one JVM with
	 * no transport, reported next to an unmet goal when measured; {@code null} for none
	 */
	private void overhead(String id, String goal, String rawId, String springId, String springOnlyId) {
		Measurement raw = measured(rawId);
		Measurement spring = measured(springId);
		if (raw == null || spring == null) {
			notMeasured(goal, rawId, springId);
			return;
		}
		double added = spring.median(P50) - raw.median(P50);
		String measured = String.format(Locale.ROOT, "%s%s (%s vs %s)", (added >= 0) ? "+" : "", micros(added),
				micros(spring.median(P50)), micros(raw.median(P50)));
		Measurement springOnly = (springOnlyId != null) ? measured(springOnlyId) : null;
		String springOnlyFact = (springOnly != null) ? String.format(Locale.ROOT,
				"Spring Integration's own request-reply in one thread, with no transport and no mapping (%s): %s "
						+ "p50, the floor under what the gateways add",
				springOnlyId, micros(springOnly.median(P50))) : null;
		add(id, goal, measured, added < 1000, spring, Pattern.compile("(?i)mapper|message"), springOnlyFact);
	}

	private void floor(String id, String goal, String ours, double floor) {
		Measurement a = measured(ours);
		if (a == null) {
			this.checks.add(
					new GoalCheck(goal, "-", GoalCheck.Status.NOT_MEASURED, "needs a complete measurement of " + ours));
			return;
		}
		double rate = a.median(THROUGHPUT);
		add(id, goal, String.format(Locale.ROOT, "%.2f M msg/s", rate / 1e6), rate >= floor, a, patternFor(ours));
	}

	private void share(String id, String goal, String ours, String baseline, double share) {
		Measurement a = measured(ours);
		Measurement b = measured(baseline);
		if (a == null || b == null) {
			notMeasured(goal, ours, baseline);
			return;
		}
		double ratio = a.median(THROUGHPUT) / b.median(THROUGHPUT);
		String measured = String.format(Locale.ROOT, "%.2fx (%.2f vs %.2f M msg/s)", ratio, a.median(THROUGHPUT) / 1e6,
				b.median(THROUGHPUT) / 1e6);
		add(id, goal, measured, ratio >= share, a, patternFor(ours));
	}

	private void idle(String id, String goal, String ours, double limit) {
		Measurement a = this.results.find(ours, Profile.DEFAULT, PAYLOAD);
		if (a == null || Double.isNaN(a.idleReceiverCpu())) {
			this.checks.add(new GoalCheck(goal, "-", GoalCheck.Status.NOT_MEASURED,
					"needs " + ours + " measured in the default profile"));
			return;
		}
		String measured = String.format(Locale.ROOT, "%.2f%% of a core (whole receiver JVM)", a.idleReceiverCpu());
		boolean met = a.idleReceiverCpu() < limit;
		this.checks.add(new GoalCheck(goal, measured, met ? GoalCheck.Status.MET : GoalCheck.Status.NOT_MET,
				met ? "" : GoalNotes.note(id)));
	}

	private void add(String id, String goal, String measured, boolean met, Measurement ours, Pattern jmhPattern) {
		add(id, goal, measured, met, ours, jmhPattern, null);
	}

	private void add(String id, String goal, String measured, boolean met, Measurement ours, Pattern jmhPattern,
			String reference) {
		if (met) {
			this.checks.add(new GoalCheck(goal, measured, GoalCheck.Status.MET, ""));
			return;
		}
		List<String> facts = new ArrayList<>();
		boolean throughput = id.endsWith("-throughput");
		facts.add(String.format(Locale.ROOT, "CPU during the %s phase: sender %.0f%%, receiver %.0f%% of a core",
				throughput ? "throughput" : "latency",
				ours.median(throughput ? RunResult::throughputSenderCpu : RunResult::latencySenderCpu),
				ours.median(throughput ? RunResult::throughputReceiverCpu : RunResult::latencyReceiverCpu)));
		facts.add(String.format(Locale.ROOT, "allocated per message (throughput phase): sender %s B, receiver %s B",
				Format.bytes(ours.median(RunResult::senderBytesPerMessage)),
				Format.bytes(ours.median(RunResult::receiverBytesPerMessage))));
		for (JmhResult result : this.results.jmh().results()) {
			if (jmhPattern.matcher(result.benchmark()).find() && facts.size() < 4) {
				facts.add(String.format(Locale.ROOT, "JMH %s: %.0f ns/op, %.0f B/op", result.benchmark(),
						result.nanosPerOp(), result.bytesPerOp()));
			}
		}
		if (reference != null) {
			facts.add(reference);
		}
		String note = GoalNotes.note(id);
		if (!note.isEmpty()) {
			facts.add(note);
		}
		this.checks.add(new GoalCheck(goal, measured, GoalCheck.Status.NOT_MET, String.join("; ", facts)));
	}

	private void notMeasured(String goal, String ours, String baseline) {
		this.checks.add(new GoalCheck(goal, "-", GoalCheck.Status.NOT_MEASURED,
				"needs complete measurements of " + ours + " and " + baseline));
	}

	private Measurement measured(String subjectId) {
		Measurement measurement = this.results.find(subjectId, PROFILE, PAYLOAD);
		return (measurement != null && measurement.isComplete()) ? measurement : null;
	}

	private static Pattern patternFor(String subjectId) {
		if (subjectId.startsWith("shm")) {
			return Pattern.compile("(?i)ring|shm|frame|codec");
		}
		return Pattern.compile("(?i)frame|codec");
	}

	static String micros(double nanos) {
		return String.format(Locale.ROOT, "%.2f µs", nanos / 1e3);
	}

}
