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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

/**
 * The demo: starts the sample services as separate processes, sends a fixed number of
 * messages over every channel, checks that every one arrived, prints one line per
 * transport and pattern and each service's {@code ipc} health, stops everything and ends
 * with {@code demo: OK} (exit 0) or {@code demo: FAILED <why>} (exit 1).
 * <p>
 * Arguments: {@code <consumer.jar> <producer.jar> [count]}.
 *
 * @author hostipc
 */
public final class Demo {

	private static final Duration STARTUP = Duration.ofSeconds(120);

	private static final Duration DELIVERY = Duration.ofSeconds(60);

	private final Http http = new Http();

	private final List<ServiceProcess> services = new ArrayList<>();

	private final List<String> failures = new ArrayList<>();

	private Demo() {
	}

	public static void main(String[] args) {
		if (args.length < 2) {
			System.out.println("demo: FAILED usage: Demo <consumer.jar> <producer.jar> [count]");
			System.exit(2);
		}
		int count = (args.length > 2) ? Integer.parseInt(args[2]) : 1000;
		String failure = execute(Path.of(args[0]), Path.of(args[1]), count, Math.max(2000, count));
		if (failure == null) {
			System.out.println("demo: OK");
			System.exit(0);
		}
		System.out.println("demo: FAILED " + failure);
		System.exit(1);
	}

	/**
	 * Run the demo once.
	 * @param consumerJar the consumer's executable jar
	 * @param producerJar the producer's executable jar
	 * @param count how many messages to send on each channel
	 * @param warmup how many messages to send on each channel before measuring
	 * @return {@code null} when every message arrived, otherwise what went wrong
	 */
	static String execute(Path consumerJar, Path producerJar, int count, int warmup) {
		Demo demo = new Demo();
		try {
			return demo.run(consumerJar, producerJar, count, warmup);
		}
		catch (Exception ex) {
			return ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
		finally {
			demo.stopAll();
		}
	}

	private String run(Path consumerJar, Path producerJar, int count, int warmup) throws IOException {
		Path socketDirectory = Files.createTempDirectory(Path.of("/tmp"), "hostipc-demo-");
		Path ringDirectory = Files.createTempDirectory(
				Files.isDirectory(Path.of("/dev/shm")) ? Path.of("/dev/shm") : Path.of("/tmp"), "hostipc-demo-");
		Path queueDirectory = Files.createTempDirectory(Path.of("/tmp"), "hostipc-demo-queues-");
		Path logs = Files.createDirectories(Path.of("demo-work", "logs"));
		System.out.println("demo: sockets in " + socketDirectory + ", rings in " + ringDirectory + ", queues in "
				+ queueDirectory + ", service logs in " + logs.toAbsolutePath());
		List<String> common = new ArrayList<>(
				List.of("--ipc.directory=" + socketDirectory, "--sample.queues=" + queueDirectory));
		for (String channel : List.of("orders-shm", "quotes-shm", "prices-shm")) {
			common.add("--ipc.channels." + channel + ".shm.directory=" + ringDirectory);
		}
		List<String> first = new ArrayList<>(common);
		first.add("--sample.subscriber=consumer-1");
		// the second consumer subscribes to the same publishers, but receives
		// point-to-point and request-reply traffic on channels of its own
		Path secondRings = ringDirectory.resolve("second");
		List<String> second = new ArrayList<>(List.of("--ipc.directory=" + socketDirectory,
				"--sample.queues=" + queueDirectory, "--sample.subscriber=consumer-2",
				"--ipc.channels.orders.uds.path=" + socketDirectory.resolve("orders-2.sock"),
				"--ipc.channels.quotes.uds.path=" + socketDirectory.resolve("quotes-2.sock"),
				"--ipc.channels.orders-shm.shm.directory=" + secondRings,
				"--ipc.channels.quotes-shm.shm.directory=" + secondRings,
				"--ipc.channels.prices-shm.shm.directory=" + ringDirectory,
				"--ipc.channels.orders-chronicle.chronicle.directory=" + queueDirectory.resolve("second")));
		List<String> producerArguments = new ArrayList<>(common);
		producerArguments.add("--sample.subscribers=2");
		try {
			ServiceProcess consumer = start("consumer-1", consumerJar, logs, first);
			ServiceProcess secondConsumer = start("consumer-2", consumerJar, logs, second);
			// a subscriber is DOWN until its publisher (the producer) listens: wait for
			// the consumers to answer, then for every service to be UP
			if (!awaitAnswering(consumer) || !awaitAnswering(secondConsumer)) {
				return "a consumer did not start (see its log in " + logs + ")";
			}
			ServiceProcess producer = start("producer", producerJar, logs, producerArguments);
			String unhealthy = awaitAllHealthy();
			if (unhealthy != null) {
				return unhealthy;
			}
			// a warm-up round lets the JIT compile the message path before measuring
			Report warmupReport = new Report(warmup, this.http, consumer, secondConsumer);
			String warmupFailure = exchange(producer, warmupReport, warmup);
			if (warmupFailure != null) {
				return "warm-up: " + warmupFailure;
			}
			Report report = new Report(count, this.http, consumer, secondConsumer);
			report.markBaseline();
			JsonNode results = this.http.post(producer.baseUrl() + "/sample/run?count=" + count, Duration.ofMinutes(5));
			if (results == null) {
				return "the producer did not answer POST /sample/run";
			}
			awaitDelivery(report, results);
			report.print(results);
			this.failures.addAll(report.check(results));
			String restartFailure = new ConsumerRestart(this.http, producer, count).run(consumer,
					() -> replace(consumer, start("consumer-1", consumerJar, logs, first)));
			if (restartFailure != null) {
				this.failures.add(restartFailure);
			}
			unhealthy = awaitAllHealthy();
			if (unhealthy != null) {
				this.failures.add(unhealthy);
			}
			printHealth();
			return this.failures.isEmpty() ? null : String.join("; ", this.failures);
		}
		finally {
			stopAll();
			deleteRecursively(socketDirectory);
			deleteRecursively(ringDirectory);
			deleteRecursively(queueDirectory);
		}
	}

	private ServiceProcess replace(ServiceProcess stopped, ServiceProcess restarted) {
		this.services.remove(stopped);
		return restarted;
	}

	private String awaitAllHealthy() {
		for (ServiceProcess service : this.services) {
			if (!awaitHealthy(service)) {
				return service.name() + " did not become healthy: "
						+ HealthSummary.describe(this.http.get(service.baseUrl() + "/actuator/health/ipc")) + " (see "
						+ service.log() + ")";
			}
		}
		return null;
	}

	private String exchange(ServiceProcess producer, Report report, int count) {
		JsonNode results = this.http.post(producer.baseUrl() + "/sample/run?count=" + count, Duration.ofMinutes(5));
		if (results == null) {
			return "the producer did not answer POST /sample/run";
		}
		awaitDelivery(report, results);
		List<String> failures = report.check(results);
		return failures.isEmpty() ? null : String.join("; ", failures);
	}

	private ServiceProcess start(String name, Path jar, Path logs, List<String> arguments) throws IOException {
		ServiceProcess service = ServiceProcess.start(name, jar, logs, arguments);
		this.services.add(service);
		System.out.println("demo: started " + name + " at " + service.baseUrl());
		return service;
	}

	private boolean awaitAnswering(ServiceProcess service) {
		return poll(STARTUP, () -> this.http.get(service.baseUrl() + "/actuator/health") != null, service);
	}

	private boolean awaitHealthy(ServiceProcess service) {
		return poll(STARTUP, () -> {
			JsonNode health = this.http.get(service.baseUrl() + "/actuator/health");
			return health != null && "UP".equals(health.path("status").asString());
		}, service);
	}

	private void awaitDelivery(Report report, JsonNode results) {
		poll(DELIVERY, () -> report.check(results).isEmpty(), null);
	}

	private boolean poll(Duration timeout, BooleanSupplier condition, ServiceProcess service) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (condition.getAsBoolean()) {
				return true;
			}
			if (service != null && this.services.stream().anyMatch((each) -> !each.isAlive())) {
				return false;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return condition.getAsBoolean();
	}

	private void printHealth() {
		for (ServiceProcess service : this.services) {
			JsonNode health = this.http.get(service.baseUrl() + "/actuator/health/ipc");
			System.out.println("health " + service.name() + ": " + HealthSummary.describe(health));
			if (health == null || !"UP".equals(health.path("status").asString())) {
				this.failures.add(service.name() + " ipc health is not UP");
			}
		}
	}

	private void stopAll() {
		for (int i = this.services.size() - 1; i >= 0; i--) {
			this.services.get(i).close();
		}
		this.services.clear();
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
