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
package org.hostipc.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
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
 * output and error collected line by line. {@link #close()} kills it.
 *
 * @author hostipc
 */
public final class ChildJvm implements AutoCloseable {

	/** Options that make a short-lived child start quickly and stay small. */
	public static final List<String> QUICK_START = List.of("-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

	private final String name;

	private final Process process;

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private final Thread reader;

	private ChildJvm(String name, Process process) {
		this.name = name;
		this.process = process;
		this.reader = new Thread(this::readOutput, "child-output-" + name + "-" + process.pid());
		this.reader.setDaemon(true);
		this.reader.start();
	}

	/**
	 * Start a child JVM with {@link #QUICK_START} options and the module options this JVM
	 * was started with (the ones the transports need).
	 * @param name a name for diagnostics
	 * @param mainClass the main class
	 * @param args its arguments
	 * @return the started child
	 * @throws IOException if it cannot be started
	 */
	public static ChildJvm start(String name, Class<?> mainClass, String... args) throws IOException {
		return start(name, QUICK_START, mainClass, args);
	}

	/**
	 * Start a child JVM with the given options and the module options this JVM was
	 * started with (the ones the transports need).
	 * @param name a name for diagnostics
	 * @param jvmOptions the JVM options
	 * @param mainClass the main class
	 * @param args its arguments
	 * @return the started child
	 * @throws IOException if it cannot be started
	 */
	public static ChildJvm start(String name, List<String> jvmOptions, Class<?> mainClass, String... args)
			throws IOException {
		List<String> options = new ArrayList<>(jvmOptions);
		options.addAll(inheritedModuleOptions());
		return startWithOptions(name, options, mainClass, args);
	}

	/**
	 * Start a child JVM with exactly the given options and none inherited.
	 * @param name a name for diagnostics
	 * @param jvmOptions the JVM options
	 * @param mainClass the main class
	 * @param args its arguments
	 * @return the started child
	 * @throws IOException if it cannot be started
	 */
	public static ChildJvm startWithOptions(String name, List<String> jvmOptions, Class<?> mainClass, String... args)
			throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(mainClass.getName());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().remove("JDK_JAVA_OPTIONS");
		builder.environment().remove("JAVA_TOOL_OPTIONS");
		return new ChildJvm(name, builder.start());
	}

	/**
	 * Return the {@code --add-exports}, {@code --add-opens},
	 * {@code --enable-native-access} and {@code -Dchronicle.*} options of this JVM.
	 * @return the options, each as one {@code --option=value} token
	 */
	public static List<String> inheritedModuleOptions() {
		List<String> inherited = new ArrayList<>();
		List<String> arguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (argument.startsWith("--add-") || argument.startsWith("--enable-native-access")) {
				boolean separateValue = !argument.contains("=") && i + 1 < arguments.size();
				inherited.add(separateValue ? argument + "=" + arguments.get(++i) : argument);
			}
			else if (argument.startsWith("-Dchronicle.")) {
				inherited.add(argument);
			}
		}
		return inherited;
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

	public List<String> lines() {
		return this.lines;
	}

	/**
	 * Return the values of lines {@code PREFIX value}.
	 * @param prefix the prefix, such as {@code RECV}
	 * @return the values in output order
	 */
	public List<String> values(String prefix) {
		List<String> values = new ArrayList<>();
		for (String line : this.lines) {
			if (line.startsWith(prefix + " ")) {
				values.add(line.substring(prefix.length() + 1));
			}
		}
		return values;
	}

	/**
	 * Wait for an output line; fail at once if the child exits without printing it.
	 * @param line the exact line
	 * @param timeout how long to wait
	 * @return this child
	 */
	public ChildJvm awaitLine(String line, Duration timeout) {
		return awaitOutput((lines) -> lines.contains(line), timeout);
	}

	/**
	 * Wait until the output satisfies a condition; fail at once if the child exits
	 * without it.
	 * @param condition the condition on all lines so far
	 * @param timeout how long to wait
	 * @return this child
	 */
	public ChildJvm awaitOutput(Predicate<List<String>> condition, Duration timeout) {
		await().atMost(timeout).alias(this.name + " output " + this.lines).until(() -> {
			if (!this.process.isAlive() && !this.reader.isAlive() && !condition.test(this.lines)) {
				throw new IllegalStateException(
						this.name + " exited with " + this.process.exitValue() + ", output: " + this.lines);
			}
			return condition.test(this.lines);
		});
		return this;
	}

	public long pid() {
		return this.process.pid();
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * Kill the child with SIGKILL, wait for it to end and for its output to be read to
	 * the end (lines written before the kill may still be in the pipe).
	 */
	public void kill() {
		this.process.destroyForcibly();
		await().atMost(Duration.ofSeconds(30)).until(() -> !this.process.isAlive() && !this.reader.isAlive());
	}

	/**
	 * Wait for the child to exit by itself and for its output to be read to the end.
	 * @param timeout how long to wait
	 * @return the exit code
	 */
	public int awaitExit(Duration timeout) {
		await().atMost(timeout)
			.alias(this.name + " exit, output " + this.lines)
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
