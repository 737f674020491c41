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
import java.util.function.ToDoubleFunction;

import org.HdrHistogram.Histogram;

import org.hostipc.benchmarks.harness.MessageSink;
import org.hostipc.benchmarks.harness.Profile;
import org.hostipc.benchmarks.subjects.Subject;

/**
 * The runs of one subject in one profile with one payload size, with the latency
 * histogram of all runs merged, or the failure that stopped them.
 *
 * @author hostipc
 */
public final class Measurement {

	private final Subject subject;

	private final Profile profile;

	private final int payload;

	private final List<RunResult> runs = new ArrayList<>();

	private final Histogram merged = new Histogram(MessageSink.HIGHEST_TRACKABLE_NANOS, 3);

	private int warmupRounds;

	private double idleReceiverCpu = Double.NaN;

	private long lastWarmupJitMillis;

	private String failure;

	public Measurement(Subject subject, Profile profile, int payload) {
		this.subject = subject;
		this.profile = profile;
		this.payload = payload;
	}

	public Subject subject() {
		return this.subject;
	}

	public Profile profile() {
		return this.profile;
	}

	public int payload() {
		return this.payload;
	}

	public List<RunResult> runs() {
		return this.runs;
	}

	public Histogram merged() {
		return this.merged;
	}

	public String failure() {
		return this.failure;
	}

	public boolean isComplete() {
		return this.failure == null && !this.runs.isEmpty();
	}

	public void add(RunResult run, Histogram histogram) {
		this.runs.add(run);
		this.merged.add(histogram);
	}

	/**
	 * Record how the warm-up ended.
	 * @param rounds the warm-up rounds run
	 * @param lastRoundJitMillis the time the JIT spent compiling during the last one
	 */
	public void warmedUp(int rounds, long lastRoundJitMillis) {
		this.warmupRounds = rounds;
		this.lastWarmupJitMillis = lastRoundJitMillis;
	}

	/**
	 * Return the number of warm-up rounds run.
	 * @return the rounds, {@code 0} before the warm-up
	 */
	public int warmupRounds() {
		return this.warmupRounds;
	}

	/**
	 * Return the time the JIT spent compiling during the last warm-up round.
	 * @return the milliseconds
	 */
	public long lastWarmupJitMillis() {
		return this.lastWarmupJitMillis;
	}

	/**
	 * Record the receiver's CPU use while nothing was sent.
	 * @param percentOfCore the CPU use in percent of one core
	 */
	public void idleReceiverCpu(double percentOfCore) {
		this.idleReceiverCpu = percentOfCore;
	}

	/**
	 * Return the receiver's CPU use while nothing was sent.
	 * @return the percent of one core, or {@code NaN} when not measured
	 */
	public double idleReceiverCpu() {
		return this.idleReceiverCpu;
	}

	public void fail(String failure) {
		if (this.failure == null) {
			this.failure = failure;
		}
	}

	/**
	 * Return the median over the runs.
	 * @param metric the metric
	 * @return the median, {@code NaN} without runs
	 */
	public double median(ToDoubleFunction<RunResult> metric) {
		double[] values = this.runs.stream().mapToDouble(metric).sorted().toArray();
		if (values.length == 0) {
			return Double.NaN;
		}
		int middle = values.length / 2;
		return (values.length % 2 == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

	public double min(ToDoubleFunction<RunResult> metric) {
		return this.runs.stream().mapToDouble(metric).min().orElse(Double.NaN);
	}

	public double max(ToDoubleFunction<RunResult> metric) {
		return this.runs.stream().mapToDouble(metric).max().orElse(Double.NaN);
	}

}
