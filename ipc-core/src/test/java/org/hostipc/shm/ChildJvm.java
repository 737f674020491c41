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

package org.hostipc.shm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * A child JVM running a test main class on this JVM's class path, with its standard
 * output collected line by line. {@link #close()} kills it.
 *
 * @author hostipc
 */
final class ChildJvm implements AutoCloseable {

	private final String name;

	private final Process process;

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private ChildJvm(String name, Process process) {
		this.name = name;
		this.process = process;
		Thread reader = new Thread(this::readOutput, "child-output-" + name);
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Start a child JVM.
	 * @param name a name for diagnostics
	 * @param mainClass the main class
	 * @param args its arguments
	 * @return the started child
	 * @throws IOException if it cannot be started
	 */
	static ChildJvm start(String name, Class<?> mainClass, String... args) throws IOException {
		return start(name, List.of("-Xmx128m", "-XX:TieredStopAtLevel=1"), mainClass, args);
	}

	/**
	 * Start a child JVM with options.
	 * @param name a name for diagnostics
	 * @param jvmOptions options such as {@code -Xmx128m}
	 * @param mainClass the main class
	 * @param args its arguments
	 * @return the started child
	 * @throws IOException if it cannot be started
	 */
	static ChildJvm start(String name, List<String> jvmOptions, Class<?> mainClass, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add(AgronaAccess.JVM_OPTION.split(" ")[0]);
		command.add(AgronaAccess.JVM_OPTION.split(" ")[1]);
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(mainClass.getName());
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		return new ChildJvm(name, process);
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

	/**
	 * Wait for an output line.
	 * @param line the exact line
	 * @param timeout how long to wait
	 */
	void awaitLine(String line, Duration timeout) {
		awaitOutput((lines) -> lines.contains(line), timeout);
	}

	void awaitOutput(Predicate<List<String>> condition, Duration timeout) {
		await().atMost(timeout).alias(this.name + " output " + this.lines).until(() -> {
			if (!this.process.isAlive() && !condition.test(this.lines)) {
				throw new IllegalStateException(
						this.name + " exited with " + this.process.exitValue() + ", output: " + this.lines);
			}
			return condition.test(this.lines);
		});
	}

	long pid() {
		return this.process.pid();
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * Kill the child with SIGKILL and wait for it to end.
	 */
	void kill() {
		this.process.destroyForcibly();
		await().atMost(Duration.ofSeconds(30)).until(() -> !this.process.isAlive());
	}

	/**
	 * Wait for the child to exit by itself.
	 * @param timeout how long to wait
	 * @return the exit code
	 */
	int awaitExit(Duration timeout) {
		await().atMost(timeout).alias(this.name + " exit, output " + this.lines).until(() -> !this.process.isAlive());
		return this.process.exitValue();
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			kill();
		}
	}

}
