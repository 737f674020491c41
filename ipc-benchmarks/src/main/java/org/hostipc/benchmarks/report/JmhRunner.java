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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.hostipc.benchmarks.harness.JvmOptions;

/**
 * Runs the JMH microbenchmarks of {@value #PACKAGE} in a child JVM with the allocation
 * profiler and reads their JSON results.
 *
 * @author hostipc
 */
public final class JmhRunner {

	/** The package whose benchmarks run. */
	public static final String PACKAGE = "org.hostipc.benchmarks.jmh";

	/**
	 * The allocation metric of the gc profiler (JMH before 1.36 prefixed it with a dot).
	 */
	private static final List<String> ALLOCATION = List.of("gc.alloc.rate.norm", "·gc.alloc.rate.norm");

	private JmhRunner() {
	}

	/**
	 * Run the microbenchmarks.
	 * @param arguments the JMH arguments (forks, iterations), or {@code null} to skip
	 * @param directory a directory for the results file and the log
	 * @param progress receives progress lines
	 * @return the outcome
	 * @throws IOException if the run cannot be started or its results cannot be read
	 * @throws InterruptedException if interrupted
	 */
	public static JmhOutcome run(List<String> arguments, Path directory, Consumer<String> progress)
			throws IOException, InterruptedException {
		if (arguments == null) {
			return new JmhOutcome(List.of(), "The microbenchmarks were not run (smoke profile or --no-jmh).", false);
		}
		if (!hasBenchmarks()) {
			return new JmhOutcome(List.of(), "None ran: there are no JMH benchmarks in " + PACKAGE + " yet.", false);
		}
		Path results = directory.resolve("jmh.json");
		Path log = directory.resolve("jmh.log");
		List<String> command = new ArrayList<>();
		command.add(JvmOptions.javaExecutable());
		command.addAll(JvmOptions.childOptions("jmh"));
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.openjdk.jmh.Main", PACKAGE, "-prof",
				"gc", "-rf", "json", "-rff", results.toString()));
		command.addAll(arguments);
		progress.accept("JMH: " + String.join(" ", arguments) + " (log: " + log + ")");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			if (!process.waitFor(60, TimeUnit.MINUTES) || process.exitValue() != 0 || !Files.exists(results)) {
				return new JmhOutcome(List.of(),
						"The JMH run failed (exit " + exit(process) + "); its log ends with: " + tail(log), true);
			}
		}
		finally {
			process.destroyForcibly();
		}
		return new JmhOutcome(parse(Files.readString(results)), null, false);
	}

	private static String exit(Process process) {
		return process.isAlive() ? "none, timed out" : String.valueOf(process.exitValue());
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
	}

	static boolean hasBenchmarks() throws IOException {
		try (InputStream list = JmhRunner.class.getClassLoader().getResourceAsStream("META-INF/BenchmarkList")) {
			return list != null && new String(list.readAllBytes(), StandardCharsets.UTF_8).contains(PACKAGE + ".");
		}
	}

	/**
	 * Parse JMH JSON results.
	 * @param json the JSON
	 * @return the results
	 */
	public static List<JmhResult> parse(String json) {
		List<JmhResult> results = new ArrayList<>();
		for (JsonNode node : JsonMapper.builder().build().readTree(json)) {
			JsonNode primary = node.path("primaryMetric");
			String unit = primary.path("scoreUnit").asString();
			double score = primary.path("score").asDouble();
			double error = primary.path("scoreError").asDouble(Double.NaN);
			double bytes = allocation(node.path("secondaryMetrics"));
			results.add(new JmhResult(name(node), node.path("mode").asString(), toNanosPerOp(score, unit),
					errorNanos(score, error, unit), bytes));
		}
		return results;
	}

	private static double allocation(JsonNode secondaryMetrics) {
		for (String name : ALLOCATION) {
			JsonNode metric = secondaryMetrics.path(name);
			if (!metric.isMissingNode()) {
				return metric.path("score").asDouble();
			}
		}
		return Double.NaN;
	}

	private static String name(JsonNode node) {
		String name = node.path("benchmark").asString().replace(PACKAGE + ".", "");
		JsonNode params = node.path("params");
		if (params.isObject() && !params.isEmpty()) {
			List<String> values = new ArrayList<>();
			for (Map.Entry<String, JsonNode> entry : params.properties()) {
				values.add(entry.getKey() + "=" + entry.getValue().asString());
			}
			name += " (" + String.join(", ", values) + ")";
		}
		return name;
	}

	static double toNanosPerOp(double score, String unit) {
		String[] parts = unit.split("/");
		if (parts.length != 2) {
			return Double.NaN;
		}
		if (parts[1].equals("op")) {
			return score * nanos(parts[0]);
		}
		if (parts[0].equals("ops")) {
			return nanos(parts[1]) / score;
		}
		return Double.NaN;
	}

	private static double errorNanos(double score, double error, String unit) {
		if (Double.isNaN(error)) {
			return Double.NaN;
		}
		if (unit.endsWith("/op")) {
			return toNanosPerOp(error, unit);
		}
		return Math.abs(toNanosPerOp(score - error, unit) - toNanosPerOp(score, unit));
	}

	private static double nanos(String unit) {
		return switch (unit) {
			case "ns" -> 1;
			case "us" -> 1e3;
			case "ms" -> 1e6;
			case "s" -> 1e9;
			case "min" -> 60e9;
			default -> Double.NaN;
		};
	}

	/**
	 * What the microbenchmark run produced.
	 *
	 * @param results the results
	 * @param note why there are none, or {@code null}
	 * @param failed whether the run failed
	 */
	public record JmhOutcome(List<JmhResult> results, String note, boolean failed) {

	}

}
