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

import java.time.Duration;
import java.util.List;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Waits for sample services to report {@code UP}: a service is {@code DOWN} until its
 * peers run (a subscriber until its publisher listens, a producer until its consumers
 * do).
 *
 * @author hostipc
 */
final class ServiceHealth {

	private static final Duration STARTUP = Duration.ofMinutes(2);

	private ServiceHealth() {
	}

	static void awaitUp(SampleClient client, List<SampleService> services) {
		for (SampleService service : services) {
			await().atMost(STARTUP).ignoreExceptions().untilAsserted(() -> {
				JsonNode health = client.health(service);
				assertThat(health.path("status").asString()).as(service.name() + ": " + health).isEqualTo("UP");
			});
		}
	}

}
