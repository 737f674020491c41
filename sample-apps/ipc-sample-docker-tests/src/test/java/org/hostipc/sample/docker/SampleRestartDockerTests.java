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
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A consumer's container is stopped and started again while the others keep running: what
 * the producer sends on the persistent queues meanwhile arrives after the restart, the
 * producer's socket clients reconnect and its shared-memory senders attach to the rings
 * of the new process.
 *
 * @author hostipc
 */
@ExtendWith(RequiresDocker.class)
@Testcontainers
class SampleRestartDockerTests {

	private static final int COUNT = 100;

	private static final int WHILE_DOWN = 150;

	private static final Duration DELIVERY = Duration.ofMinutes(1);

	private static final List<String> UDS = List.of("orders", "quotes", "prices");

	private static final List<String> SHM = List.of("orders-shm", "quotes-shm", "prices-shm");

	private static final List<String> CHRONICLE = List.of("orders-chronicle", "prices-chronicle");

	@Container
	static final SampleServices services = new SampleServices("restart");

	private final SampleClient client = new SampleClient();

	@Test
	void whenConsumerContainerRestartsThenQueuesLoseNothingAndSocketsAndRingsRecover() {
		SampleService consumer = services.consumer();
		ServiceHealth.awaitUp(this.client, services.all());
		assertAllSent(this.client.run(services.producer(), COUNT), COUNT, UDS, SHM, CHRONICLE);
		awaitReceived(consumer, COUNT, UDS, SHM, CHRONICLE);

		consumer.stop();
		assertAllSent(this.client.run(services.producer(), WHILE_DOWN, "chronicle"), WHILE_DOWN, CHRONICLE);
		consumer.start();

		// the new process counts from zero and receives exactly what was sent
		// meanwhile, from the position its predecessor saved
		awaitReceived(consumer, WHILE_DOWN, CHRONICLE);
		// the producer's clients reconnect and its senders attach to the rings again
		ServiceHealth.awaitUp(this.client, services.all());
		assertAllSent(this.client.run(services.producer(), COUNT, "uds"), COUNT, UDS);
		assertAllSent(this.client.run(services.producer(), COUNT, "shm"), COUNT, SHM);
		awaitReceived(consumer, COUNT, UDS, SHM);
		assertThat(this.client.received(consumer)).containsEntry("orders-chronicle", (long) WHILE_DOWN)
			.containsEntry("prices-chronicle", (long) WHILE_DOWN);
		// the consumer that kept running received every price, before, during and after
		awaitReceived(services.secondConsumer(), COUNT + WHILE_DOWN, List.of("prices-chronicle"));
	}

	@SafeVarargs
	private static void assertAllSent(Map<String, JsonNode> results, int count, List<String>... channelGroups) {
		assertThat(results).containsOnlyKeys(Stream.of(channelGroups).flatMap(List::stream).toList());
		results.forEach((channel, result) -> {
			assertThat(result.path("sent").asLong()).as(channel + ": " + result).isEqualTo(count);
			assertThat(result.path("failed").asLong()).as(channel + ": " + result).isZero();
		});
	}

	@SafeVarargs
	private void awaitReceived(SampleService consumer, long count, List<String>... channelGroups) {
		// a restarted consumer may not answer yet
		await().atMost(DELIVERY).ignoreExceptions().untilAsserted(() -> {
			Map<String, Long> received = this.client.received(consumer);
			for (List<String> channels : channelGroups) {
				channels.forEach((channel) -> assertThat(received).as(channel).containsEntry(channel, count));
			}
		});
	}

}
