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

package org.hostipc.chronicle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hostipc.testsupport.ChildJvm;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.junit.jupiter.api.Test;

import static org.hostipc.testsupport.Copies.copying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests, with a child JVM, that retention sweeps of different processes exclude each
 * other through the channel's retention lock file.
 *
 * @author hostipc
 */
class ChronicleRetentionIntegrationTests extends AbstractChronicleTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T10:00:01Z"));

	@Test
	void whenAnotherProcessHoldsTheRetentionLockThenSweepWaitsForIt() throws Exception {
		AbstractChronicleEndpoint outbound = track((AbstractChronicleEndpoint) ChronicleEndpoints.outbound("orders",
				MessagingPattern.PUBLISH_SUBSCRIBE, withClock(options()).retention(Duration.ofMinutes(1)).build()));
		outbound.start();
		for (String text : new String[] { "a", "b", "c" }) {
			((OutboundEndpoint) outbound).send(text(text));
			this.clock.advance(Duration.ofMinutes(5));
		}
		List<String> received = new CopyOnWriteArrayList<>();
		InboundEndpoint reader = inbound("orders", MessagingPattern.PUBLISH_SUBSCRIBE, (o) -> withClock(o),
				copying((frame, replier) -> received.add(text(frame))));
		reader.start();
		await().atMost(AWAIT).until(() -> received.size() == 3);
		Path release = this.directory.resolve("release");
		try (ChildJvm child = ChildJvm.start("chronicle-child", ChronicleChildMain.class, "lock",
				this.directory.toString(), "orders", release.toString())) {
			child.awaitLine("LOCKED", TIMEOUT);
			CompletableFuture<List<Path>> sweep = CompletableFuture.supplyAsync(outbound::sweep);
			await().during(Duration.ofMillis(300)).atMost(TIMEOUT).until(() -> !sweep.isDone());
			Files.createFile(release);
			child.awaitLine("RELEASED", TIMEOUT);
			await().atMost(TIMEOUT).until(sweep::isDone);
			assertThat(sweep.get()).hasSize(2);
		}
	}

	private ChronicleOptions.Builder withClock(ChronicleOptions.Builder builder) {
		return builder.clock(this.clock).rollCycle(ChronicleRollCycle.FIVE_MINUTELY);
	}

}
