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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.hostipc.benchmarks.harness.Profile;
import org.hostipc.benchmarks.harness.Settings;
import org.hostipc.benchmarks.harness.SubjectRunner;
import org.hostipc.benchmarks.report.BenchmarkResults;
import org.hostipc.benchmarks.report.GoalCheck;
import org.hostipc.benchmarks.report.Goals;
import org.hostipc.benchmarks.report.JmhRunner;
import org.hostipc.benchmarks.report.MachineInfo;
import org.hostipc.benchmarks.report.MarkdownReport;
import org.hostipc.benchmarks.report.Measurement;
import org.hostipc.benchmarks.subjects.Subject;
import org.hostipc.benchmarks.subjects.Subjects;

/**
 * Runs the benchmark suite: every subject in every profile in its own sender and receiver
 * JVMs, then the JMH microbenchmarks, and writes {@code benchmarks.md} with its plots.
 * Arguments: {@code quick}, {@code full} or {@code smoke}, then optionally
 * {@code --output=<docs directory>} (default {@code docs}), {@code --subjects=<id,id>}
 * and {@code --profiles=latency,default}.
 *
 * @author hostipc
 */
public final class BenchmarkCoordinator {

	private BenchmarkCoordinator() {
	}

	public static void main(String[] args) throws Exception {
		Settings settings = Settings.of((args.length > 0 && !args[0].startsWith("--")) ? args[0] : "quick");
		Path output = Path.of("docs");
		for (String arg : args) {
			if (arg.startsWith("--output=")) {
				output = Path.of(value(arg));
			}
			else if (arg.startsWith("--subjects=")) {
				settings = settings.withSubjects(Arrays.asList(value(arg).split(",")));
			}
			else if (arg.startsWith("--profiles=")) {
				settings = settings.withProfiles(Arrays.stream(value(arg).split(",")).map(Profile::of).toList());
			}
			else if (arg.equals("--no-jmh")) {
				settings = settings.withoutMicrobenchmarks();
			}
		}
		BenchmarkResults results = run(settings, output, System.out::println);
		System.out.println();
		for (GoalCheck check : Goals.check(results)) {
			System.out.println(check.status().label().replace("*", "") + ": " + check.goal() + ": " + check.measured());
		}
		System.out.println("Wrote " + output.resolve("benchmarks.md"));
		System.exit(0);
	}

	private static String value(String arg) {
		return arg.substring(arg.indexOf('=') + 1);
	}

	/**
	 * Run the suite and write the report.
	 * @param settings the settings
	 * @param output the directory receiving {@code benchmarks.md} and
	 * {@code benchmarks/*.png}
	 * @param progress receives progress lines
	 * @return the results
	 * @throws IOException if files cannot be written
	 * @throws InterruptedException if interrupted
	 */
	public static BenchmarkResults run(Settings settings, Path output, Consumer<String> progress)
			throws IOException, InterruptedException {
		List<Subject> subjects = settings.subjects().isEmpty() ? Subjects.all()
				: settings.subjects().stream().map(Subjects::get).toList();
		Path base = Files.isDirectory(Path.of("/dev/shm")) ? Path.of("/dev/shm")
				: Path.of(System.getProperty("java.io.tmpdir"));
		Path work = Files.createTempDirectory(base, "ipcb");
		Path queues = Files.createTempDirectory("ipcb-queues");
		Instant started = Instant.now();
		long start = System.nanoTime();
		String loadBefore = MachineInfo.loadAverage();
		SubjectRunner runner = new SubjectRunner(settings, progress);
		List<Measurement> measurements = new ArrayList<>();
		boolean failed = false;
		int step = 0;
		int steps = 0;
		for (Profile profile : settings.profiles()) {
			steps += (int) subjects.stream().filter((subject) -> subject.measuredIn(profile)).count();
		}
		for (Profile profile : settings.profiles()) {
			for (Subject subject : subjects) {
				if (!subject.measuredIn(profile)) {
					continue;
				}
				progress.accept("[" + (++step) + "/" + steps + "] " + subject.id() + ", " + profile.id() + " profile");
				String name = profile.id().charAt(0) + "-" + subject.id();
				Path directory = Files.createDirectories(work.resolve(name));
				Path queueDirectory = Files.createDirectories(queues.resolve(name));
				List<Measurement> measured = runner.run(subject, profile, directory, queueDirectory);
				deleteRecursively(queueDirectory);
				measurements.addAll(measured);
				if (measured.stream().allMatch(Measurement::isComplete)) {
					deleteRecursively(directory);
				}
				else {
					failed = true;
					progress.accept("  logs kept in " + directory);
				}
			}
		}
		JmhRunner.JmhOutcome jmh = JmhRunner.run(settings.jmhArguments(), work, progress);
		progress.accept((jmh.note() != null) ? "JMH: " + jmh.note() : "JMH: " + jmh.results().size() + " results");
		BenchmarkResults results = new BenchmarkResults(settings, MachineInfo.current(), started,
				Duration.ofNanos(System.nanoTime() - start), loadBefore, MachineInfo.loadAverage(),
				"rings and sockets under " + base
						+ (base.toString().equals("/dev/shm") ? " (tmpfs)" : " (temporary directory)")
						+ ", Chronicle queues under " + queues.getParent() + " (page cache, no fsync)",
				subjects, measurements, jmh);
		MarkdownReport.write(results, output.resolve("benchmarks.md"), output.resolve("benchmarks"));
		if (!failed && !jmh.failed()) {
			deleteRecursively(work);
		}
		deleteRecursively(queues);
		return results;
	}

	static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
