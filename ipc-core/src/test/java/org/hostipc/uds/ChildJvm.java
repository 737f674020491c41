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

package org.hostipc.uds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A child JVM running {@link UdsPeerMain}, whose standard output lines are collected.
 * Closing it closes the child's standard input (so that it stops cleanly), then destroys
 * it if it has not exited within a few seconds.
 *
 * @author hostipc
 */
final class ChildJvm implements AutoCloseable {

	private final Process process;

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private final Thread collector;

	private ChildJvm(Process process) {
		this.process = process;
		this.collector = new Thread(this::collect, "child-jvm-output-" + process.pid());
		this.collector.setDaemon(true);
		this.collector.start();
	}

	/**
	 * Start {@link UdsPeerMain} in a new JVM with the test class path.
	 * @param jvmOptions extra JVM options
	 * @param args the program arguments
	 * @return the running child
	 * @throws IOException if the process cannot be started
	 */
	static ChildJvm start(List<String> jvmOptions, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(UdsPeerMain.class.getName());
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		return new ChildJvm(process);
	}

	/**
	 * Start {@link UdsPeerMain} with JVM options that favour a quick start.
	 * @param args the program arguments
	 * @return the running child
	 * @throws IOException if the process cannot be started
	 */
	static ChildJvm start(String... args) throws IOException {
		return start(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"), args);
	}

	private void collect() {
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

	/**
	 * Wait until the child printed a line.
	 * @param line the exact line
	 * @param timeout how long to wait
	 * @return this child
	 */
	ChildJvm awaitLine(String line, Duration timeout) {
		await().atMost(timeout).until(() -> this.lines.contains(line) || !this.process.isAlive());
		if (!this.lines.contains(line)) {
			throw new IllegalStateException("Child exited with " + this.process.exitValue() + " before printing '"
					+ line + "'; output: " + this.lines);
		}
		return this;
	}

	/**
	 * Return the payloads of the {@code RECEIVED} lines, in order.
	 * @return the payloads
	 */
	List<String> received() {
		List<String> received = new ArrayList<>();
		for (String line : this.lines) {
			if (line.startsWith("RECEIVED ")) {
				received.add(line.substring("RECEIVED ".length()));
			}
		}
		return received;
	}

	List<String> lines() {
		return this.lines;
	}

	Process process() {
		return this.process;
	}

	/**
	 * Kill the child at once, as {@code kill -9} would, and wait for it to be gone.
	 * @throws InterruptedException if interrupted while waiting
	 */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws Exception {
		if (this.process.isAlive()) {
			this.process.getOutputStream().close();
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
				this.process.waitFor(10, TimeUnit.SECONDS);
			}
		}
		this.collector.join(5_000);
	}

}
