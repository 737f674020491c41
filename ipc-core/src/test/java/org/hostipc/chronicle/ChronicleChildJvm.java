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

package org.hostipc.chronicle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;

/**
 * A child JVM running {@link ChronicleChildMain} on this JVM's class path, with its
 * standard output collected line by line. {@link #close()} kills it.
 *
 * @author hostipc
 */
final class ChronicleChildJvm implements AutoCloseable {

	private final Process process;

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private final Thread reader;

	private ChronicleChildJvm(Process process) {
		this.process = process;
		this.reader = new Thread(this::readOutput, "child-output-" + process.pid());
		this.reader.setDaemon(true);
		this.reader.start();
	}

	/**
	 * Start a child JVM.
	 * @param withChronicleOptions whether to pass the JVM options Chronicle needs
	 * @param args the arguments of {@link ChronicleChildMain}
	 * @return the started child
	 * @throws IOException if it cannot be started
	 */
	static ChronicleChildJvm start(boolean withChronicleOptions, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx128m");
		command.add("-XX:TieredStopAtLevel=1");
		if (withChronicleOptions) {
			command.addAll(ChronicleAccess.JVM_OPTIONS);
			if (Runtime.version().feature() >= 21) {
				command.add(ChronicleAccess.NATIVE_ACCESS_OPTION);
			}
		}
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(ChronicleChildMain.class.getName());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().remove("JDK_JAVA_OPTIONS");
		builder.environment().remove("JAVA_TOOL_OPTIONS");
		return new ChronicleChildJvm(builder.start());
	}

	private void readOutput() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				this.lines.add(line);
			}
		}
		catch (IOException ex) {
			// the process ended
		}
	}

	List<String> lines() {
		return this.lines;
	}

	/**
	 * Return the values of lines {@code PREFIX value}.
	 * @param prefix the prefix, such as {@code RECV}
	 * @return the values in output order
	 */
	List<String> values(String prefix) {
		List<String> values = new ArrayList<>();
		for (String line : this.lines) {
			if (line.startsWith(prefix + " ")) {
				values.add(line.substring(prefix.length() + 1));
			}
		}
		return values;
	}

	void awaitLine(String line, Duration timeout) {
		await().atMost(timeout).alias("child output " + this.lines).until(() -> {
			if (!this.process.isAlive() && !this.lines.contains(line)) {
				throw new IllegalStateException("child exited with " + this.process.exitValue() + ": " + this.lines);
			}
			return this.lines.contains(line);
		});
	}

	/**
	 * Kill the child with SIGKILL, wait for it to end and for its output to be read to
	 * the end (lines written before the kill may still be in the pipe).
	 */
	void kill() {
		this.process.destroyForcibly();
		await().atMost(Duration.ofSeconds(30)).until(() -> !this.process.isAlive() && !this.reader.isAlive());
	}

	int awaitExit(Duration timeout) {
		await().atMost(timeout)
			.alias("child exit, output " + this.lines)
			.until(() -> !this.process.isAlive() && !this.reader.isAlive());
		return this.process.exitValue();
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			kill();
		}
	}

}
