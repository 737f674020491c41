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

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.DataFormatException;

import org.HdrHistogram.Histogram;

import org.hostipc.benchmarks.report.Measurement;
import org.hostipc.benchmarks.report.RunResult;
import org.hostipc.benchmarks.subjects.Subject;

/**
 * Measures one subject in one profile: starts its receiver JVM, then its sender JVM (or
 * one JVM for single-JVM subjects), and for each payload warms up, then measures the
 * configured runs, each a latency phase and a throughput phase, checking that every
 * message arrived with the right bytes.
 *
 * @author hostipc
 */
public final class SubjectRunner {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	/** Compile time per warm-up round below which the JIT counts as settled. */
	public static final long JIT_QUIET_MILLIS = 100;

	private final Settings settings;

	private final Consumer<String> progress;

	public SubjectRunner(Settings settings, Consumer<String> progress) {
		this.settings = settings;
		this.progress = progress;
	}

	/**
	 * Measure a subject.
	 * @param subject the subject
	 * @param profile the profile
	 * @param directory an empty directory for the subject's files and logs
	 * @param queueDirectory an empty directory on disk for the subject's queues
	 * @return one measurement per payload size
	 * @throws InterruptedException if interrupted
	 */
	public List<Measurement> run(Subject subject, Profile profile, Path directory, Path queueDirectory)
			throws InterruptedException {
		List<Measurement> measurements = new ArrayList<>();
		for (int payload : subject.payloads(this.settings.payloads())) {
			measurements.add(new Measurement(subject, profile, payload));
		}
		List<String> arguments = List.of(subject.id(), profile.id(), directory.toString(), queueDirectory.toString());
		ChildJvm receiver = null;
		ChildJvm sender = null;
		try {
			receiver = ChildJvm.start(subject.id() + "-receiver", ChildMain.class,
					arguments(subject.singleJvm() ? "both" : "receiver", arguments), directory.resolve("receiver.log"));
			if (subject.singleJvm()) {
				sender = receiver;
				receiver.await("READY", START_TIMEOUT);
			}
			else {
				// both JVMs boot at once; the sender starts its side once the receiver is
				// ready
				sender = ChildJvm.start(subject.id() + "-sender", ChildMain.class, arguments("sender", arguments),
						directory.resolve("sender.log"));
				sender.send("START " + receiver.await("READY", START_TIMEOUT)[0]);
				sender.await("READY", START_TIMEOUT);
			}
			for (Measurement measurement : measurements) {
				measure(measurement, new Pair(sender, receiver, subject.roundTrip()));
			}
			if (profile == Profile.DEFAULT && !this.settings.idleWindow().isZero()) {
				double cpu = new Pair(sender, receiver, subject.roundTrip())
					.idleReceiverCpu(this.settings.idleWindow());
				measurements.forEach((m) -> m.idleReceiverCpu(cpu));
				this.progress.accept(String.format(Locale.ROOT, "  %-16s %-8s idle receiver CPU %.2f%% of a core",
						subject.id(), profile.id(), cpu));
			}
		}
		catch (Exception ex) {
			String failure = ex.getMessage();
			measurements.stream().filter((m) -> m.runs().size() < this.settings.runs()).forEach((m) -> m.fail(failure));
			this.progress.accept("  FAILED " + subject.id() + " (" + profile.id() + "): " + failure);
		}
		finally {
			if (sender != null && sender != receiver) {
				sender.close();
			}
			if (receiver != null) {
				receiver.close();
			}
		}
		return measurements;
	}

	private static List<String> arguments(String role, List<String> arguments) {
		List<String> all = new ArrayList<>();
		all.add(role);
		all.addAll(arguments);
		return all;
	}

	private void measure(Measurement measurement, Pair pair) throws InterruptedException, DataFormatException {
		int size = measurement.payload();
		warmUp(measurement, pair);
		for (int run = 1; run <= this.settings.runs(); run++) {
			Phase latency = pair.paced(size, this.settings.latencyRate(),
					this.settings.latencyMessages(this.settings.latencyWindow()));
			Phase throughput = pair.flat(size, this.settings.throughputWindow());
			Histogram histogram = latency.histogram();
			RunResult result = new RunResult(histogram.getValueAtPercentile(50), histogram.getValueAtPercentile(99),
					histogram.getValueAtPercentile(99.9), histogram.getMaxValue(), latency.count(), throughput.rate(),
					latency.senderCpu(), latency.receiverCpu(), throughput.senderCpu(), throughput.receiverCpu(),
					throughput.senderAllocation(), throughput.receiverAllocation());
			measurement.add(result, histogram);
			this.progress.accept(String.format(Locale.ROOT,
					"  %-16s %-8s %5d B run %d: p50 %8.2f us  p99 %8.2f us  max %9.2f us  %8.3f M msg/s",
					measurement.subject().id(), measurement.profile().id(), size, run, result.p50() / 1e3,
					result.p99() / 1e3, result.max() / 1e3, result.throughput() / 1e6));
		}
	}

	/**
	 * Warm up in rounds of a throughput and a latency phase until a round in which
	 * neither JVM spent more than {@link #JIT_QUIET_MILLIS} compiling, or the most rounds
	 * the settings allow: on two cores a compiler thread that is still busy takes a core
	 * from one of the spinning threads and shows as milliseconds of latency.
	 */
	private void warmUp(Measurement measurement, Pair pair) throws InterruptedException, DataFormatException {
		int size = measurement.payload();
		long compiled = pair.jitMillis();
		long lastRound = 0;
		int rounds = 0;
		while (rounds < this.settings.warmupRounds()) {
			pair.flat(size, this.settings.warmupThroughput());
			pair.paced(size, this.settings.latencyRate(), this.settings.latencyMessages(this.settings.warmupLatency()));
			rounds++;
			long now = pair.jitMillis();
			lastRound = now - compiled;
			compiled = now;
			if (lastRound <= JIT_QUIET_MILLIS) {
				break;
			}
		}
		measurement.warmedUp(rounds, lastRound);
		this.progress.accept(String.format(Locale.ROOT, "  %-16s %-8s %5d B warm-up: %d round%s, JIT %d ms in the last",
				measurement.subject().id(), measurement.profile().id(), size, rounds, (rounds == 1) ? "" : "s",
				lastRound));
	}

	/**
	 * The sender and receiver of a subject (the same JVM for single-JVM subjects).
	 *
	 * @param roundTrip whether the replies (and so the latencies and counts) arrive in
	 * the sender's JVM
	 */
	private record Pair(ChildJvm sender, ChildJvm receiver, boolean roundTrip) {

		/**
		 * Return the time both JVMs spent compiling so far (the one JVM's, for a
		 * single-JVM subject).
		 */
		long jitMillis() throws InterruptedException {
			long millis = jitMillis(this.sender);
			return (this.receiver != this.sender) ? millis + jitMillis(this.receiver) : millis;
		}

		private static long jitMillis(ChildJvm jvm) throws InterruptedException {
			jvm.send("JIT");
			return Long.parseLong(jvm.await("JIT", START_TIMEOUT)[0]);
		}

		/**
		 * Return the receiver JVM's CPU use in percent of a core while nothing is sent.
		 */
		double idleReceiverCpu(Duration window) throws InterruptedException {
			this.receiver.send("IDLE " + window.toMillis());
			String[] idle = this.receiver.await("IDLE", window.plus(START_TIMEOUT));
			if (Long.parseLong(idle[2]) != 0) {
				throw new IllegalStateException(idle[2] + " messages arrived while nothing was sent");
			}
			return 100.0 * Long.parseLong(idle[0]) / Long.parseLong(idle[1]);
		}

		Phase paced(int size, int rate, int count) throws InterruptedException, DataFormatException {
			Duration window = Duration.ofNanos(count * (1_000_000_000L / rate));
			return phase("latency", size, "PACED " + size + " " + rate + " " + count, window);
		}

		Phase flat(int size, Duration window) throws InterruptedException, DataFormatException {
			return phase("throughput", size, "FLAT " + size + " " + window.toMillis(), window);
		}

		private Phase phase(String mode, int size, String command, Duration window)
				throws InterruptedException, DataFormatException {
			ChildJvm collector = this.roundTrip ? this.sender : this.receiver;
			arm(collector, mode);
			if (collector != this.receiver) {
				arm(this.receiver, mode);
			}
			this.sender.send(command);
			Duration timeout = window.multipliedBy(20).plus(START_TIMEOUT);
			String[] sent = this.sender.await("SENT", timeout);
			long count = Long.parseLong(sent[0]);
			String[] collected = collect(collector, count, timeout);
			// a responder counts no messages; it answers at once, with its CPU use
			String[] responder = (collector != this.receiver) ? collect(this.receiver, 0, timeout) : collected;
			Phase phase = new Phase(sent, collected, responder);
			phase.check(count, Long.parseLong(sent[1]), size);
			return phase;
		}

		private static void arm(ChildJvm jvm, String mode) throws InterruptedException {
			jvm.send("ARM " + mode);
			jvm.await("ARMED", START_TIMEOUT);
		}

		private static String[] collect(ChildJvm jvm, long count, Duration timeout) throws InterruptedException {
			jvm.send("COLLECT " + count + " " + timeout.toMillis());
			return jvm.await("COLLECTED", timeout.plus(START_TIMEOUT));
		}

	}

	/**
	 * The replies of one phase.
	 *
	 * @param sent the sender's {@code SENT} answer
	 * @param collected the {@code COLLECTED} answer of the JVM that received the messages
	 * (the receiver's, or the sender's for a round trip)
	 * @param responder the receiver's {@code COLLECTED} answer (its CPU use)
	 */
	private record Phase(String[] sent, String[] collected, String[] responder) {

		long count() {
			return Long.parseLong(this.collected[0]);
		}

		void check(long expected, long sequenceSum, int size) {
			long received = count();
			if (received != expected) {
				throw new IllegalStateException("Received " + received + " of " + expected + " messages");
			}
			if (Long.parseLong(this.collected[1]) != sequenceSum) {
				throw new IllegalStateException("The sequence numbers received do not match those sent");
			}
			if (Long.parseLong(this.collected[2]) != expected * Payloads.fillSum(size)) {
				throw new IllegalStateException("The payload bytes received do not match those sent");
			}
			if (Long.parseLong(this.collected[7]) != 0) {
				throw new IllegalStateException(this.collected[7] + " messages arrived outside a phase");
			}
		}

		/**
		 * End-to-end rate: messages over the time from the first send to the last
		 * receipt.
		 */
		double rate() {
			long start = Long.parseLong(this.sent[2]);
			long lastReceived = Long.parseLong(this.collected[4]);
			return count() * 1e9 / Math.max(1, lastReceived - start);
		}

		double senderCpu() {
			long wall = Long.parseLong(this.sent[3]) - Long.parseLong(this.sent[2]);
			return ProcessCpu.percentOfCore(Long.parseLong(this.sent[4]), wall);
		}

		double senderAllocation() {
			return Double.parseDouble(this.sent[5]);
		}

		double receiverAllocation() {
			return Double.parseDouble(this.responder[9]);
		}

		double receiverCpu() {
			return ProcessCpu.percentOfCore(Long.parseLong(this.responder[5]), Long.parseLong(this.responder[6]));
		}

		Histogram histogram() throws DataFormatException {
			String encoded = this.collected[8];
			if (encoded.equals("-")) {
				return new Histogram(MessageSink.HIGHEST_TRACKABLE_NANOS, 3);
			}
			return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(encoded)),
					MessageSink.HIGHEST_TRACKABLE_NANOS);
		}

	}

}
