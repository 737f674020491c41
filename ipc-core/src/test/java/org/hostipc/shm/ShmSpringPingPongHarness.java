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

package org.hostipc.shm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.hostipc.dsl.Shm;
import org.hostipc.testsupport.ChildJvm;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.annotation.MessagingGateway;
import org.springframework.integration.annotation.ServiceActivator;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.support.GenericMessage;

/**
 * Rough cross-process round trip through Spring Integration (messaging gateway, shm
 * outbound gateway, shm inbound gateway, {@code @ServiceActivator} echo) next to the shm
 * endpoints alone, both with the busy-spin idle strategy, in one run. Run like
 * {@link ShmPingPongHarness}.
 *
 * @author hostipc
 */
public final class ShmSpringPingPongHarness {

	private static final String CHANNEL = "spring-echo";

	private static final String THROUGHPUT_CHANNEL = "spring-throughput";

	private static final int THROUGHPUT_COUNT = 1_000_000;

	static Path directory;

	private ShmSpringPingPongHarness() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 1 && args[0].equals("child")) {
			directory = Path.of(args[1]);
			new AnnotationConfigApplicationContext(Responder.class);
			System.out.println("READY");
			Thread.currentThread().join();
			return;
		}
		if (args.length > 1 && args[0].equals("child-count")) {
			directory = Path.of(args[1]);
			new AnnotationConfigApplicationContext(Counter.class);
			System.out.println("READY");
			Thread.currentThread().join();
			return;
		}
		int iterations = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		directory = AbstractShmTests.createRingDirectory();
		try {
			ShmPingPongHarness.endpoints(directory, ShmIdleStrategy.BUSY_SPIN, iterations);
			try (ChildJvm child = ChildJvm.start("spring-echo", ShmPingPongHarness.childOptions(),
					ShmSpringPingPongHarness.class, "child", directory.toString());
					AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
							Requester.class)) {
				child.awaitLine("READY", Duration.ofSeconds(60));
				Requester.Echo echo = context.getBean(Requester.Echo.class);
				byte[] payload = new byte[64];
				Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(10), 3);
				for (int i = 0; i < iterations * 2; i++) {
					long start = System.nanoTime();
					echo.echo(payload);
					if (i >= iterations) {
						histogram.recordValue(System.nanoTime() - start);
					}
				}
				ShmPingPongHarness.report("Spring gateway -> shm -> @ServiceActivator", histogram);
			}
			throughput();
		}
		finally {
			AbstractShmTests.deleteRecursively(directory);
		}
	}

	/**
	 * Outbound channel adapter sending 64-byte {@code byte[]} messages flat out to an
	 * inbound channel adapter in a child JVM that counts them and reports the rate from
	 * its first to its last message.
	 */
	private static void throughput() throws Exception {
		try (ChildJvm child = ChildJvm.start("spring-counter", ShmPingPongHarness.childOptions(),
				ShmSpringPingPongHarness.class, "child-count", directory.toString());
				AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Producer.class)) {
			child.awaitLine("READY", Duration.ofSeconds(60));
			MessageChannel channel = context.getBean("produce.input", MessageChannel.class);
			byte[] payload = new byte[64];
			for (int i = 0; i < THROUGHPUT_COUNT; i++) {
				channel.send(new GenericMessage<>(payload));
			}
			child.awaitOutput((lines) -> !child.values("RECEIVED").isEmpty(), Duration.ofSeconds(120));
			long nanos = Long.parseLong(child.values("RECEIVED").get(0));
			System.out.printf(Locale.ROOT, "%-45s %6.2f M msg/s (%d messages)%n",
					"Spring outbound -> shm -> inbound adapter", THROUGHPUT_COUNT / (nanos / 1e9) / 1e6,
					THROUGHPUT_COUNT);
		}
	}

	static ShmOptions options() {
		return ShmPingPongHarness.options(directory, ShmIdleStrategy.BUSY_SPIN);
	}

	@Configuration
	@EnableIntegration
	static class Responder {

		@Bean
		IntegrationFlow echoIn() {
			return IntegrationFlow.from(Shm.inboundGateway(CHANNEL, options())).channel("echo").get();
		}

		@ServiceActivator(inputChannel = "echo")
		public byte[] echo(byte[] payload) {
			return payload;
		}

	}

	@Configuration
	@EnableIntegration
	static class Requester {

		@Bean
		IntegrationFlow echoOut() {
			return IntegrationFlow.from(Echo.class).handle(Shm.outboundGateway(CHANNEL, options())).get();
		}

		@MessagingGateway
		interface Echo {

			byte[] echo(byte[] payload);

		}

	}

	@Configuration
	@EnableIntegration
	static class Producer {

		@Bean
		IntegrationFlow produce() {
			return (flow) -> flow.handle(Shm.outboundChannelAdapter(THROUGHPUT_CHANNEL, options()));
		}

	}

	@Configuration
	@EnableIntegration
	static class Counter implements MessageHandler {

		private long received;

		private long first;

		@Bean
		IntegrationFlow count() {
			return IntegrationFlow.from(Shm.inboundChannelAdapter(THROUGHPUT_CHANNEL, options())).handle(this).get();
		}

		@Override
		public void handleMessage(Message<?> message) {
			if (this.received++ == 0) {
				this.first = System.nanoTime();
			}
			if (this.received == THROUGHPUT_COUNT) {
				System.out.println("RECEIVED " + (System.nanoTime() - this.first));
			}
		}

	}

}
