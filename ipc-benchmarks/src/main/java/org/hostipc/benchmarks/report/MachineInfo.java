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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What the report says about the machine and the JVM, read from {@code /proc} and system
 * properties.
 *
 * @param cpuModel the CPU model name
 * @param cores the processors available to the JVM
 * @param memory the total memory, human-readable
 * @param jdk the JDK vendor, version and VM
 * @param os the operating system and architecture
 * @author hostipc
 */
public record MachineInfo(String cpuModel, int cores, String memory, String jdk, String os) {

	/**
	 * Describe the machine this JVM runs on.
	 * @return the description
	 */
	public static MachineInfo current() {
		return new MachineInfo(readCpuModel(), Runtime.getRuntime().availableProcessors(), readMemory(),
				System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version") + " ("
						+ System.getProperty("java.vm.name") + ")",
				System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
						+ System.getProperty("os.arch"));
	}

	/**
	 * Return the 1, 5 and 15 minute load averages.
	 * @return the load averages, or {@code "unknown"}
	 */
	public static String loadAverage() {
		String line = firstLine(Path.of("/proc/loadavg"), "");
		String[] words = line.split(" ");
		return (words.length >= 3) ? words[0] + " " + words[1] + " " + words[2] : "unknown";
	}

	private static String readCpuModel() {
		for (String line : lines(Path.of("/proc/cpuinfo"))) {
			if (line.startsWith("model name")) {
				return line.substring(line.indexOf(':') + 1).trim();
			}
		}
		return System.getProperty("os.arch");
	}

	private static String readMemory() {
		for (String line : lines(Path.of("/proc/meminfo"))) {
			if (line.startsWith("MemTotal:")) {
				long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
				return String.format(Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0);
			}
		}
		return "unknown";
	}

	private static String firstLine(Path file, String fallback) {
		List<String> lines = lines(file);
		return lines.isEmpty() ? fallback : lines.get(0);
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file);
		}
		catch (IOException | RuntimeException ex) {
			return List.of();
		}
	}

}
