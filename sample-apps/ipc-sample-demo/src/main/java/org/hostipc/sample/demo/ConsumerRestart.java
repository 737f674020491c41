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
import java.time.Duration;

import tools.jackson.databind.JsonNode;

/**
 * Shows that persistent queues keep what is sent while a consumer is down: stop the
 * consumer, send on the persistent queue channels, restart it and count what it receives.
 *
 * @author hostipc
 */
final class ConsumerRestart {

	private static final Duration DELIVERY = Duration.ofSeconds(120);

	private static final String[] CHANNELS = { "orders-chronicle", "prices-chronicle" };

	private final Http http;

	private final ServiceProcess producer;

	private final int count;

	ConsumerRestart(Http http, ServiceProcess producer, int count) {
		this.http = http;
		this.producer = producer;
		this.count = count;
	}

	/**
	 * Stop the consumer, send meanwhile, restart it and check that it received every
	 * message sent while it was down.
	 * @param consumer the running consumer
	 * @param restart starts the consumer again with the same settings
	 * @return {@code null} when every message arrived, otherwise what went wrong
	 * @throws IOException if the consumer cannot be started again
	 */
	String run(ServiceProcess consumer, Restart restart) throws IOException {
		consumer.stop(Duration.ofSeconds(20));
		System.out.println("demo: stopped " + consumer.name() + ", sending " + this.count
				+ " messages on each persistent queue channel meanwhile");
		JsonNode results = this.http.post(
				this.producer.baseUrl() + "/sample/run?transport=chronicle&count=" + this.count, Duration.ofMinutes(5));
		if (results == null) {
			return "chronicle/restart: the producer did not answer POST /sample/run?transport=chronicle";
		}
		for (JsonNode result : results) {
			if (result.path("sent").asLong() != this.count || result.path("failed").asLong() != 0) {
				return "chronicle/restart: " + result.path("channel").asString() + " sent "
						+ result.path("sent").asLong() + " and failed " + result.path("failed").asLong() + ", first: "
						+ result.path("firstError").asString("");
			}
		}
		ServiceProcess restarted = restart.start();
		JsonNode received = awaitReceived(restarted);
		long orders = (received != null) ? received.path(CHANNELS[0]).asLong(0) : 0;
		long prices = (received != null) ? received.path(CHANNELS[1]).asLong(0) : 0;
		System.out.println("chronicle/restart: " + consumer.name() + " stopped, sent=" + this.count
				+ " point-to-point and " + this.count + " publish-subscribe meanwhile; received after restart: "
				+ "point-to-point=" + orders + " publish-subscribe=" + prices);
		if (orders != this.count || prices != this.count) {
			return "chronicle/restart: received point-to-point=" + orders + " publish-subscribe=" + prices + " of "
					+ this.count + " each (see " + restarted.log() + ")";
		}
		return null;
	}

	private JsonNode awaitReceived(ServiceProcess restarted) {
		long deadline = System.nanoTime() + DELIVERY.toNanos();
		JsonNode received = null;
		while (System.nanoTime() < deadline && restarted.isAlive()) {
			received = this.http.get(restarted.baseUrl() + "/sample/received");
			if (received != null && received.path(CHANNELS[0]).asLong(0) >= this.count
					&& received.path(CHANNELS[1]).asLong(0) >= this.count) {
				return received;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return received;
			}
		}
		return received;
	}

	/**
	 * Starts a stopped service again.
	 */
	@FunctionalInterface
	interface Restart {

		ServiceProcess start() throws IOException;

	}

}
