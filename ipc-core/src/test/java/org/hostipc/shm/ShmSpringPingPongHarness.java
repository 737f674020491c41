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
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.hostipc.dsl.Shm;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.annotation.MessagingGateway;
import org.springframework.integration.annotation.ServiceActivator;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;

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
		int iterations = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		directory = AbstractShmTests.createRingDirectory();
		try {
			ShmPingPongHarness.endpoints(directory, ShmIdleStrategy.BUSY_SPIN, iterations);
			try (ChildJvm child = ChildJvm.start("spring-echo", childOptions(), ShmSpringPingPongHarness.class, "child",
					directory.toString());
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
		}
		finally {
			AbstractShmTests.deleteRecursively(directory);
		}
	}

	private static List<String> childOptions() {
		String extra = System.getProperty("harness.childJvmOption");
		return (extra != null) ? List.of("-Xmx256m", extra) : List.of("-Xmx256m");
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

}
