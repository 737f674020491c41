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
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample services in separate containers exchange messages over every transport and
 * pattern: the producer sends {@value #COUNT} messages on every channel once, and each
 * test checks the channels of one transport.
 *
 * @author hostipc
 */
@ExtendWith(RequiresDocker.class)
@Testcontainers
class SampleDeliveryDockerTests {

	private static final int COUNT = 200;

	private static final Duration DELIVERY = Duration.ofMinutes(1);

	@Container
	static final SampleServices services = new SampleServices("delivery");

	private static final SampleClient client = new SampleClient();

	private static Map<String, JsonNode> results;

	@BeforeAll
	static void sendOnEveryChannel() {
		ServiceHealth.awaitUp(client, services.all());
		results = client.run(services.producer(), COUNT);
	}

	@Test
	void unixDomainSocketsShouldCarryEveryMessageBetweenContainers() {
		assertDelivered("orders", "quotes", "prices");
	}

	@Test
	void sharedMemoryShouldCarryEveryMessageBetweenContainers() {
		assertDelivered("orders-shm", "quotes-shm", "prices-shm");
	}

	@Test
	void persistentQueuesShouldCarryEveryMessageBetweenContainers() {
		assertDelivered("orders-chronicle", null, "prices-chronicle");
	}

	@Test
	void everyChannelOfEveryServiceShouldBeHealthy() {
		for (SampleService service : services.all()) {
			JsonNode channels = client.health(service).path("components").path("ipc").path("components");
			assertThat(channels.propertyNames()).as(service.name())
				.containsExactlyInAnyOrder("orders", "quotes", "prices", "orders-shm", "quotes-shm", "prices-shm",
						"orders-chronicle", "prices-chronicle");
			channels.properties()
				.forEach((channel) -> assertThat(channel.getValue().path("status").asString())
					.as(service.name() + " " + channel.getKey() + ": " + channel.getValue())
					.isEqualTo("UP"));
		}
	}

	private void assertDelivered(String pointToPoint, String requestReply, String publishSubscribe) {
		List<String> channels = Stream.of(pointToPoint, requestReply, publishSubscribe)
			.filter(Objects::nonNull)
			.toList();
		for (String channel : channels) {
			JsonNode result = results.get(channel);
			assertThat(result).as(channel).isNotNull();
			assertThat(result.path("sent").asLong()).as(channel + ": " + result).isEqualTo(COUNT);
			assertThat(result.path("failed").asLong()).as(channel + ": " + result).isZero();
		}
		if (requestReply != null) {
			assertThat(results.get(requestReply).path("replies").asLong()).as(requestReply + " replies")
				.isEqualTo(COUNT);
		}
		long count = COUNT;
		await().atMost(DELIVERY).untilAsserted(() -> {
			Map<String, Long> received = client.received(services.consumer());
			channels.forEach((channel) -> assertThat(received).containsEntry(channel, count));
			// the second consumer only subscribes; the rest goes to the first one
			assertThat(client.received(services.secondConsumer())).containsEntry(publishSubscribe, count)
				.doesNotContainKey(pointToPoint);
		});
	}

}
