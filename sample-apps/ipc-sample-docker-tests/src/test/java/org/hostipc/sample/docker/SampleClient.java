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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives the sample services over HTTP: the producer's {@code POST /sample/run}, the
 * consumers' {@code GET /sample/received} and everybody's {@code /actuator/health}.
 *
 * @author hostipc
 */
final class SampleClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/**
	 * Ask the producer to send messages on every channel.
	 * @param producer the producer
	 * @param count how many messages per channel
	 * @return what each channel achieved, by channel name
	 */
	Map<String, JsonNode> run(SampleService producer, int count) {
		return run(producer, count, null);
	}

	/**
	 * Ask the producer to send messages on the channels of one transport.
	 * @param producer the producer
	 * @param count how many messages per channel
	 * @param transport {@code uds}, {@code shm} or {@code chronicle}; every transport
	 * when {@code null}
	 * @return what each channel achieved, by channel name
	 */
	Map<String, JsonNode> run(SampleService producer, int count, String transport) {
		String query = "?count=" + count + ((transport != null) ? "&transport=" + transport : "");
		JsonNode results = send(HttpRequest.newBuilder(URI.create(producer.baseUrl() + "/sample/run" + query))
			.timeout(Duration.ofMinutes(5))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
		Map<String, JsonNode> byChannel = new LinkedHashMap<>();
		results.forEach((result) -> byChannel.put(result.path("channel").asString(), result));
		return byChannel;
	}

	/**
	 * Return how many messages a consumer received on each channel since it started.
	 * @param consumer the consumer
	 * @return the counts by channel name
	 */
	Map<String, Long> received(SampleService consumer) {
		Map<String, Long> counts = new LinkedHashMap<>();
		get(consumer, "/sample/received").properties()
			.forEach((entry) -> counts.put(entry.getKey(), entry.getValue().asLong()));
		return counts;
	}

	/**
	 * Return a service's health (a {@code DOWN} service answers too).
	 * @param service the service
	 * @return the health document
	 */
	JsonNode health(SampleService service) {
		return get(service, "/actuator/health");
	}

	private JsonNode get(SampleService service, String path) {
		return send(
				HttpRequest.newBuilder(URI.create(service.baseUrl() + path)).timeout(Duration.ofSeconds(10)).build());
	}

	private JsonNode send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200 && response.statusCode() != 503) {
				throw new IllegalStateException(
						request.uri() + " answered " + response.statusCode() + ": " + response.body());
			}
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.uri() + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(request.uri() + " was interrupted", ex);
		}
	}

}
