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

package org.hostipc.sample.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the demo against the sample services' executable jars: three separate JVMs
 * exchange messages over every pattern, and every message must arrive.
 *
 * @author hostipc
 */
class DemoIntegrationTests {

	@Test
	void everyMessageShouldArriveBetweenTheSampleServices() throws IOException {
		Path consumer = executableJar(Path.of("..", "ipc-sample-consumer", "target"));
		Path producer = executableJar(Path.of("..", "ipc-sample-producer", "target"));
		String failure = Demo.execute(consumer, producer, 200, 100);
		assertThat(failure).as("demo failure").isNull();
	}

	private static Path executableJar(Path target) throws IOException {
		assertThat(target).as("module output (build with ./mvnw verify)").isDirectory();
		try (Stream<Path> files = Files.list(target)) {
			return files.filter((file) -> file.toString().endsWith(".jar"))
				.filter((file) -> !file.toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no executable jar in " + target));
		}
	}

}
