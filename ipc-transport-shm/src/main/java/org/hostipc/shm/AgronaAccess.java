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

import org.agrona.concurrent.UnsafeBuffer;
import org.hostipc.IpcException;

/**
 * Checks once that Agrona can reach the JDK's unsafe memory access, which Agrona 2 takes
 * from {@code jdk.internal.misc}: without
 * {@code --add-exports java.base/jdk.internal.misc=ALL-UNNAMED} every ring operation
 * would fail with an obscure linkage error.
 *
 * @author hostipc
 */
final class AgronaAccess {

	/** The JVM option the shared-memory transport needs. */
	static final String JVM_OPTION = "--add-exports java.base/jdk.internal.misc=ALL-UNNAMED";

	private static volatile boolean checked;

	private AgronaAccess() {
	}

	/**
	 * Fail with a clear message if Agrona cannot access memory.
	 * @throws IpcException naming the JVM option to add
	 */
	static void check() {
		if (checked) {
			return;
		}
		try {
			new UnsafeBuffer(new byte[8]).putLong(0, 1L);
			checked = true;
		}
		catch (LinkageError ex) {
			throw new IpcException("The shm transport needs the JVM option '" + JVM_OPTION
					+ "' (Agrona uses jdk.internal.misc.Unsafe); add it to the java command line, to "
					+ "JDK_JAVA_OPTIONS, or as 'Add-Exports: java.base/jdk.internal.misc' to the manifest of an "
					+ "executable jar", ex);
		}
	}

}
