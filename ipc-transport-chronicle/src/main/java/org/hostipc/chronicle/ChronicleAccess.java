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

import java.util.ArrayList;
import java.util.List;

import org.hostipc.IpcException;

/**
 * Checks once, before any Chronicle class is loaded, that the JVM grants Chronicle the
 * access it needs, and disables Chronicle's analytics. Without the options Chronicle
 * fails deep inside its static initializers with an {@code IllegalAccessException}; this
 * check names the exact options instead.
 *
 * @author hostipc
 */
final class ChronicleAccess {

	/** The JVM options the chronicle transport needs on Java 17 and later. */
	static final List<String> JVM_OPTIONS = List.of("--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
			"--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED");

	/** The extra option that Java 21 and later want for Chronicle's native access. */
	static final String NATIVE_ACCESS_OPTION = "--enable-native-access=ALL-UNNAMED";

	/** The system property that disables Chronicle's analytics. */
	static final String ANALYTICS_PROPERTY = "chronicle.analytics.disable";

	private static volatile boolean checked;

	private ChronicleAccess() {
	}

	/**
	 * Fail with a clear message if Chronicle cannot work in this JVM.
	 * @throws IpcException naming the JVM options to add
	 */
	static void check() {
		if (checked) {
			return;
		}
		if (System.getProperty(ANALYTICS_PROPERTY) == null) {
			System.setProperty(ANALYTICS_PROPERTY, "true");
		}
		List<String> missing = missingOptions();
		if (!missing.isEmpty()) {
			throw new IpcException(message("is missing " + String.join(" ", missing)));
		}
		try {
			Class.forName("net.openhft.chronicle.core.OS", true, ChronicleAccess.class.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			throw new IpcException("The chronicle transport needs net.openhft:chronicle-queue on the class path", ex);
		}
		catch (LinkageError | RuntimeException ex) {
			throw new IpcException(message("could not initialize Chronicle (" + ex + ")"), ex);
		}
		checked = true;
	}

	/**
	 * Return the required options that this JVM lacks.
	 * @return the missing options, empty when all are present
	 */
	static List<String> missingOptions() {
		Module base = Object.class.getModule();
		Module self = ChronicleAccess.class.getModule();
		List<String> missing = new ArrayList<>();
		if (!base.isOpen("java.lang.reflect", self)) {
			missing.add(JVM_OPTIONS.get(0));
		}
		if (!base.isOpen("sun.nio.ch", self)) {
			missing.add(JVM_OPTIONS.get(1));
		}
		if (!base.isExported("jdk.internal.ref", self)) {
			missing.add(JVM_OPTIONS.get(2));
		}
		return missing;
	}

	private static String message(String problem) {
		String options = String.join(" ", JVM_OPTIONS);
		if (Runtime.version().feature() >= 21) {
			options = options + " " + NATIVE_ACCESS_OPTION;
		}
		return "The chronicle transport (Chronicle Queue) needs the JVM options '" + options + "' but this JVM "
				+ problem + "; add them to the java command line or to JDK_JAVA_OPTIONS, or put 'Add-Opens: "
				+ "java.base/java.lang.reflect java.base/sun.nio.ch' and 'Add-Exports: java.base/jdk.internal.ref' "
				+ "in the manifest of an executable jar";
	}

}
