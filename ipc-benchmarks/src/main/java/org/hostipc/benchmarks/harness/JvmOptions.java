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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options of child JVMs: the opens and exports Agrona, Aeron and Chronicle Queue
 * need, native access on Java 21 and later, and a fixed heap.
 *
 * @author hostipc
 */
public final class JvmOptions {

	/** System property with extra options for the child JVMs. */
	public static final String EXTRA_OPTIONS_PROPERTY = "benchmarks.childJvmOptions";

	private static final List<String> TRANSPORT_OPTIONS = List.of("--add-exports",
			"java.base/jdk.internal.misc=ALL-UNNAMED", "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
			"--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED",
			"-Dchronicle.analytics.disable=true");

	private JvmOptions() {
	}

	/**
	 * Return the options the transports need.
	 * @return the options
	 */
	public static List<String> transportOptions() {
		List<String> options = new ArrayList<>(TRANSPORT_OPTIONS);
		if (Runtime.version().feature() >= 21) {
			options.add("--enable-native-access=ALL-UNNAMED");
		}
		return options;
	}

	/**
	 * Return the options of a sender or receiver JVM, plus those of the system property
	 * {@value #EXTRA_OPTIONS_PROPERTY} (space-separated, to profile the children, for
	 * example; {@code {name}} in them becomes the child's name, such as
	 * {@code shm-receiver}).
	 * @param name the name of the child
	 * @return the options
	 */
	public static List<String> childOptions(String name) {
		List<String> options = transportOptions();
		options.add("-Xms256m");
		options.add("-Xmx512m");
		options.add("-Djava.awt.headless=true");
		String extra = System.getProperty(EXTRA_OPTIONS_PROPERTY, "").trim();
		if (!extra.isEmpty()) {
			options.addAll(List.of(extra.replace("{name}", name).split("\\s+")));
		}
		return options;
	}

	/**
	 * Return the {@code java} executable of the running JVM.
	 * @return its path
	 */
	public static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
