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

import java.nio.file.Path;
import java.time.Duration;

import org.hostipc.testsupport.ChildJvm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests, in child JVMs, that a JVM without the options Chronicle needs gets a clear error
 * naming them, and that one with them works.
 *
 * @author hostipc
 */
class ChronicleJvmOptionsIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@TempDir
	Path directory;

	@Test
	void whenJvmLacksTheOptionsThenStartFailsNamingThem() throws Exception {
		try (ChildJvm child = ChildJvm.startWithOptions("chronicle-child", ChildJvm.QUICK_START,
				ChronicleChildMain.class, "start", this.directory.toString(), "flags")) {
			assertThat(child.awaitExit(TIMEOUT)).as("exit code, output %s", child.lines()).isEqualTo(3);
			assertThat(child.values("FAILED")).singleElement()
				.asString()
				.contains("--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
						"--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
						"--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED", "JDK_JAVA_OPTIONS");
			assertThat(child.lines()).noneMatch((line) -> line.contains("IllegalAccessException"));
		}
	}

	@Test
	void whenJvmHasTheOptionsThenStartSucceeds() throws Exception {
		try (ChildJvm child = ChildJvm.start("chronicle-child", ChronicleChildMain.class, "start",
				this.directory.toString(), "flags")) {
			assertThat(child.awaitExit(TIMEOUT)).as("exit code, output %s", child.lines()).isZero();
			assertThat(child.lines()).contains("STARTED");
		}
	}

}
