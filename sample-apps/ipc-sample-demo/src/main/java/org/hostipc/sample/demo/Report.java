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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * Compares what the producer sent with what the consumers received, and prints one line
 * per transport and pattern.
 *
 * @author hostipc
 */
final class Report {

	private final int count;

	private final Http http;

	private final ServiceProcess consumer;

	private final ServiceProcess secondConsumer;

	private final java.util.Map<ServiceProcess, JsonNode> baseline = new java.util.HashMap<>();

	Report(int count, Http http, ServiceProcess consumer, ServiceProcess secondConsumer) {
		this.count = count;
		this.http = http;
		this.consumer = consumer;
		this.secondConsumer = secondConsumer;
	}

	/**
	 * Remember what the consumers have received so far; later counts are taken relative
	 * to it (the warm-up round is not counted twice).
	 */
	void markBaseline() {
		this.baseline.put(this.consumer, this.http.get(this.consumer.baseUrl() + "/sample/received"));
		this.baseline.put(this.secondConsumer, this.http.get(this.secondConsumer.baseUrl() + "/sample/received"));
	}

	/**
	 * Return what is missing or wrong, empty when every message arrived.
	 * @param results the producer's run results
	 * @return the failures
	 */
	List<String> check(JsonNode results) {
		List<String> failures = new ArrayList<>();
		for (JsonNode result : results) {
			String name = label(result);
			if (result.path("failed").asLong() > 0) {
				failures.add(name + " had " + result.path("failed").asLong() + " failed sends, first: "
						+ result.path("firstError").asString(""));
			}
			if (result.path("sent").asLong() != this.count) {
				failures.add(name + " sent " + result.path("sent").asLong() + " of " + this.count);
			}
			long expected = expectedReceived(result);
			long received = received(result);
			if (received != expected) {
				failures.add(name + " received " + received + " of " + expected);
			}
			if ("request-reply".equals(result.path("pattern").asString())
					&& result.path("replies").asLong() != this.count) {
				failures.add(name + " got " + result.path("replies").asLong() + " correct replies of " + this.count);
			}
		}
		return failures;
	}

	void print(JsonNode results) {
		for (JsonNode result : results) {
			String channel = result.path("channel").asString();
			String pattern = result.path("pattern").asString();
			StringBuilder line = new StringBuilder(label(result)).append(": sent=")
				.append(result.path("sent").asLong())
				.append(" received=")
				.append(received(result));
			if ("publish-subscribe".equals(pattern)) {
				line.append(" (2 subscribers x ").append(this.count).append(')');
			}
			if ("request-reply".equals(pattern)) {
				line.append(" replies=").append(result.path("replies").asLong());
			}
			line.append(" failed=").append(result.path("failed").asLong());
			String timed = "request-reply".equals(pattern) ? "round-trip" : "send";
			line.append(String.format(Locale.ROOT, " %s p50=%.1fus p99=%.1fus", timed,
					result.path("p50Micros").asDouble(), result.path("p99Micros").asDouble()));
			if (!"request-reply".equals(pattern)) {
				line.append(String.format(Locale.ROOT, " one-way p50=%.1fus p99=%.1fus (incl. warm-up)",
						oneWayMicros(channel, "0.5"), oneWayMicros(channel, "0.99")));
			}
			System.out.println(line);
		}
	}

	private String label(JsonNode result) {
		return result.path("transport").asString() + "/" + result.path("pattern").asString();
	}

	private long expectedReceived(JsonNode result) {
		return "publish-subscribe".equals(result.path("pattern").asString()) ? 2L * this.count : this.count;
	}

	private long received(JsonNode result) {
		String channel = result.path("channel").asString();
		long received = receivedBy(this.consumer, channel);
		if ("publish-subscribe".equals(result.path("pattern").asString())) {
			received += receivedBy(this.secondConsumer, channel);
		}
		return received;
	}

	private long receivedBy(ServiceProcess service, String channel) {
		JsonNode counts = this.http.get(service.baseUrl() + "/sample/received");
		JsonNode before = this.baseline.get(service);
		long already = (before != null) ? before.path(channel).asLong(0) : 0;
		return (counts != null) ? counts.path(channel).asLong(0) - already : 0;
	}

	private double oneWayMicros(String channel, String phi) {
		JsonNode metric = this.http.get(this.consumer.baseUrl()
				+ "/actuator/metrics/ipc.latency.percentile?tag=channel:" + channel + "&tag=phi:" + phi);
		if (metric == null) {
			return Double.NaN;
		}
		return metric.path("measurements").path(0).path("value").asDouble(Double.NaN) * 1_000_000;
	}

}
