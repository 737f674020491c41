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

package org.hostipc.sample.docker;

import java.nio.file.Files;
import java.nio.file.Path;

import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * The images of the sample services, built once per test run from
 * {@code sample-apps/Dockerfile} and the executable jars that Maven built, as
 * {@code docker compose build} does. The images are kept (without Ryuk, Testcontainers
 * would not remove them anyway), so a second run reuses their base layers.
 *
 * @author hostipc
 */
final class SampleImages {

	static final String CONSUMER = "ipc-sample-consumer";

	static final String PRODUCER = "ipc-sample-producer";

	private static final Path SAMPLE_APPS = Path.of(System.getProperty("hostipc.sampleApps", ".."));

	private static final String VERSION = System.getProperty("hostipc.version", "0.1.0-SNAPSHOT");

	private static ImageFromDockerfile consumerImage;

	private static ImageFromDockerfile producerImage;

	private SampleImages() {
	}

	static synchronized ImageFromDockerfile consumer() {
		if (consumerImage == null) {
			consumerImage = image(CONSUMER, 8081);
		}
		return consumerImage;
	}

	static synchronized ImageFromDockerfile producer() {
		if (producerImage == null) {
			producerImage = image(PRODUCER, 8080);
		}
		return producerImage;
	}

	private static ImageFromDockerfile image(String app, int port) {
		String jar = app + "/target/" + app + "-" + VERSION + ".jar";
		Path jarFile = SAMPLE_APPS.resolve(jar);
		if (!Files.isRegularFile(jarFile)) {
			throw new IllegalStateException("No executable jar at " + jarFile.toAbsolutePath().normalize()
					+ ": build it first (./mvnw package -DskipTests -pl sample-apps/" + app + " -am)");
		}
		return new ImageFromDockerfile("hostipc/" + app + "-docker-tests", false)
			.withFileFromPath("Dockerfile", SAMPLE_APPS.resolve("Dockerfile"))
			.withFileFromPath(jar, jarFile)
			.withBuildArg("APP", app)
			.withBuildArg("PORT", Integer.toString(port));
	}

}
