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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM on the coordinator's class path, talking the {@link ChildMain} protocol:
 * commands go to its standard input, protocol lines come from its standard output, and
 * its standard error goes to a log file.
 *
 * @author hostipc
 */
public final class ChildJvm implements AutoCloseable {

	private static final String END = "\u0000end";

	private final String name;

	private final Process process;

	private final PrintWriter commands;

	private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();

	private final Path log;

	private ChildJvm(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
		this.commands = new PrintWriter(
				new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
		Thread reader = new Thread(this::readReplies, "child-" + name);
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Start a child JVM.
	 * @param name a name for logs and errors
	 * @param mainClass the main class
	 * @param arguments its arguments
	 * @param log the file that receives its standard error
	 * @return the running child
	 * @throws IOException if it cannot be started
	 */
	public static ChildJvm start(String name, Class<?> mainClass, List<String> arguments, Path log) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(JvmOptions.javaExecutable());
		command.addAll(JvmOptions.childOptions(name));
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(mainClass.getName());
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
		return new ChildJvm(name, builder.start(), log);
	}

	private void readReplies() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.startsWith(ChildMain.PREFIX)) {
					this.replies.add(line.substring(ChildMain.PREFIX.length()));
				}
			}
		}
		catch (IOException ex) {
			// the child ended
		}
		this.replies.add(END);
	}

	/**
	 * Send a command.
	 * @param command the command line
	 */
	public void send(String command) {
		this.commands.println(command);
	}

	/**
	 * Wait for the next reply, which must start with a keyword.
	 * @param keyword the expected keyword
	 * @param timeout how long to wait
	 * @return the words of the reply after the keyword
	 * @throws InterruptedException if interrupted
	 * @throws IllegalStateException if the child failed, ended or did not answer in time
	 */
	public String[] await(String keyword, Duration timeout) throws InterruptedException {
		String line = this.replies.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
		if (line == null) {
			throw new IllegalStateException(
					this.name + " did not answer " + keyword + " within " + timeout + " (see " + this.log + ")");
		}
		if (line.equals(END)) {
			throw new IllegalStateException(this.name + " ended unexpectedly (see " + this.log + ")");
		}
		String[] words = line.split(" ");
		if (!words[0].equals(keyword)) {
			throw new IllegalStateException(
					this.name + " answered '" + line + "' instead of " + keyword + " (see " + this.log + ")");
		}
		String[] rest = new String[words.length - 1];
		System.arraycopy(words, 1, rest, 0, rest.length);
		return rest;
	}

	/**
	 * Return the process id.
	 * @return the pid
	 */
	public long pid() {
		return this.process.pid();
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			send("QUIT");
			this.commands.close();
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
				this.process.waitFor(10, TimeUnit.SECONDS);
			}
		}
	}

}
