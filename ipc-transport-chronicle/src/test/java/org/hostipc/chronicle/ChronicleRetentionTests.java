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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.junit.jupiter.api.Test;

import static org.hostipc.testsupport.Copies.copying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests of the retention of cycle files, with five-minute cycles and a clock that moves
 * only when a test moves it.
 *
 * @author hostipc
 */
class ChronicleRetentionTests extends AbstractChronicleTests {

	private static final Duration CYCLE = Duration.ofMinutes(5);

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T10:00:01Z"));

	@Test
	void whenCyclesAreOldAndConsumedThenTheBackgroundSweepDeletesThem() throws IOException {
		OutboundEndpoint outbound = outbound("orders",
				(o) -> o.retention(Duration.ofMinutes(1)).retentionCheckInterval(Duration.ofMillis(20)));
		List<String> received = new CopyOnWriteArrayList<>();
		outbound.start();
		sendInCycles(outbound, "a", "b", "c");
		assertThat(cycleFiles("orders")).hasSize(3);
		inbound("orders", "reader", received).start();
		await().atMost(AWAIT).until(() -> received.size() == 3);
		this.clock.advance(Duration.ofMinutes(2));
		await().atMost(AWAIT).until(() -> cycleFiles("orders").size() == 1);
		List<String> late = new CopyOnWriteArrayList<>();
		inbound("orders", "late", late).start();
		await().atMost(AWAIT).until(() -> late.size() == 1);
		assertThat(late).containsExactly("c");
		assertThat(((ChronicleOutboundEndpoint) outbound).backlog()).isZero();
		assertThat(outbound.describe()).containsEntry("retention", "PT1M");
	}

	@Test
	void whenOneSubscriberLagsThenItsCycleIsKeptUntilItConsumedIt() throws IOException {
		AbstractChronicleEndpoint outbound = (AbstractChronicleEndpoint) outbound("orders",
				(o) -> o.retention(Duration.ofMinutes(1)));
		outbound.start();
		List<String> slow = new CopyOnWriteArrayList<>();
		List<String> fast = new CopyOnWriteArrayList<>();
		((OutboundEndpoint) outbound).send(text("a"));
		InboundEndpoint slowReader = inbound("orders", "slow", slow);
		slowReader.start();
		await().atMost(AWAIT).until(() -> slow.size() == 1);
		slowReader.stop();
		this.clock.advance(CYCLE);
		((OutboundEndpoint) outbound).send(text("b"));
		this.clock.advance(CYCLE);
		((OutboundEndpoint) outbound).send(text("c"));
		inbound("orders", "fast", fast).start();
		await().atMost(AWAIT).until(() -> fast.size() == 3);
		this.clock.advance(CYCLE.plusMinutes(2));
		List<Path> files = cycleFiles("orders");
		assertThat(outbound.sweep()).isEmpty();
		assertThat(cycleFiles("orders")).containsExactlyElementsOf(files);
		inbound("orders", "slow", slow).start();
		await().atMost(AWAIT).until(() -> slow.size() == 3);
		assertThat(slow).containsExactly("a", "b", "c");
		assertThat(outbound.sweep()).containsExactlyElementsOf(files.subList(0, 2));
		assertThat(cycleFiles("orders")).containsExactly(files.get(2));
	}

	@Test
	void whenRetentionHasNotElapsedThenConsumedCycleIsKept() throws IOException {
		AbstractChronicleEndpoint outbound = (AbstractChronicleEndpoint) outbound("orders",
				(o) -> o.retention(Duration.ofHours(1)));
		outbound.start();
		sendInCycles((OutboundEndpoint) outbound, "a", "b", "c");
		List<String> received = new CopyOnWriteArrayList<>();
		inbound("orders", "reader", received).start();
		await().atMost(AWAIT).until(() -> received.size() == 3);
		this.clock.advance(Duration.ofMinutes(30));
		List<Path> files = cycleFiles("orders");
		assertThat(outbound.sweep()).isEmpty();
		assertThat(cycleFiles("orders")).containsExactlyElementsOf(files);
		this.clock.advance(Duration.ofMinutes(26));
		assertThat(outbound.sweep()).containsExactly(files.get(0));
		this.clock.advance(CYCLE);
		assertThat(outbound.sweep()).containsExactly(files.get(1));
		assertThat(cycleFiles("orders")).containsExactly(files.get(2));
	}

	@Test
	void whenNoSubscriberIsKnownThenNothingIsDeleted() throws IOException {
		AbstractChronicleEndpoint outbound = (AbstractChronicleEndpoint) outbound("orders",
				(o) -> o.retention(Duration.ofMinutes(1)));
		outbound.start();
		sendInCycles((OutboundEndpoint) outbound, "a", "b", "c");
		this.clock.advance(Duration.ofDays(1));
		assertThat(outbound.sweep()).isEmpty();
		assertThat(cycleFiles("orders")).hasSize(3);
	}

	@Test
	void whenKnownSubscriberAcknowledgedNothingThenEveryCycleIsKept() throws IOException {
		AbstractChronicleEndpoint outbound = (AbstractChronicleEndpoint) outbound("orders",
				(o) -> o.retention(Duration.ofMinutes(1)));
		outbound.start();
		sendInCycles((OutboundEndpoint) outbound, "a", "b", "c");
		this.clock.advance(Duration.ofDays(1));
		List<String> received = new CopyOnWriteArrayList<>();
		ChronicleInboundEndpoint reader = (ChronicleInboundEndpoint) inbound("orders", MessagingPattern.POINT_TO_POINT,
				(o) -> o.clock(this.clock)
					.rollCycle(ChronicleRollCycle.FIVE_MINUTELY)
					.subscriberName("newcomer")
					.startPosition(ChronicleStartPosition.END),
				copying((frame, replier) -> received.add(text(frame))));
		reader.start();
		assertThat(reader.state().details()).containsEntry("acknowledgedIndex", SubscriberPosition.NONE);
		assertThat(outbound.sweep()).isEmpty();
		assertThat(cycleFiles("orders")).hasSize(3);
		assertThat(received).isEmpty();
	}

	@Test
	void endpointWithoutRetentionShouldNotSweep() throws IOException {
		AbstractChronicleEndpoint outbound = (AbstractChronicleEndpoint) outbound("orders", (o) -> o);
		outbound.start();
		sendInCycles((OutboundEndpoint) outbound, "a", "b");
		List<String> received = new CopyOnWriteArrayList<>();
		inbound("orders", "reader", received).start();
		await().atMost(AWAIT).until(() -> received.size() == 2);
		this.clock.advance(Duration.ofDays(30));
		assertThat(outbound.sweep()).isEmpty();
		assertThat(cycleFiles("orders")).hasSize(2);
		assertThat(outbound.describe()).containsEntry("retention", "keep-all");
	}

	@Test
	void deadLetterQueueShouldBeSweptByAReaderWithRetention() throws IOException {
		AtomicInteger attempts = new AtomicInteger();
		ChronicleInboundEndpoint failing = (ChronicleInboundEndpoint) inbound("orders",
				MessagingPattern.PUBLISH_SUBSCRIBE, (o) -> withClock(o).maxAttempts(1), copying((frame, replier) -> {
					attempts.incrementAndGet();
					throw new IllegalStateException("rejected");
				}));
		failing.start();
		OutboundEndpoint outbound = outbound("orders", (o) -> o);
		outbound.start();
		for (String text : List.of("a", "b", "c")) {
			if (attempts.get() > 0) {
				this.clock.advance(CYCLE);
			}
			int before = attempts.get();
			outbound.send(text(text));
			// each message is dead-lettered (then acknowledged) in the cycle it was sent
			// in
			await().atMost(AWAIT).until(() -> attempts.get() == before + 1 && failing.backlog() == 0);
		}
		await().atMost(AWAIT).until(() -> cycleFiles("orders.dead-letter").size() == 3);
		List<String> deadLetters = new CopyOnWriteArrayList<>();
		AbstractChronicleEndpoint reader = (AbstractChronicleEndpoint) inbound("orders.dead-letter",
				MessagingPattern.PUBLISH_SUBSCRIBE,
				(o) -> withClock(o).subscriberName("operations").retention(Duration.ofMinutes(1)),
				copying((frame, replier) -> deadLetters.add(text(frame))));
		List<Path> files = cycleFiles("orders.dead-letter");
		reader.start();
		await().atMost(AWAIT).until(() -> deadLetters.size() == 3);
		assertThat(deadLetters).containsExactly("a", "b", "c");
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(reader.sweep()).containsExactlyElementsOf(files.subList(0, 2));
		assertThat(cycleFiles("orders.dead-letter")).containsExactly(files.get(2));
	}

	private void sendInCycles(OutboundEndpoint outbound, String... texts) {
		for (int i = 0; i < texts.length; i++) {
			if (i > 0) {
				this.clock.advance(CYCLE);
			}
			outbound.send(text(texts[i]));
		}
	}

	private ChronicleOptions.Builder withClock(ChronicleOptions.Builder builder) {
		return builder.clock(this.clock).rollCycle(ChronicleRollCycle.FIVE_MINUTELY);
	}

	private OutboundEndpoint outbound(String channel, UnaryOperator<ChronicleOptions.Builder> settings) {
		return track(ChronicleEndpoints.outbound(channel, MessagingPattern.PUBLISH_SUBSCRIBE,
				settings.apply(withClock(options())).build()));
	}

	private InboundEndpoint inbound(String channel, String subscriber, List<String> received) {
		return inbound(channel, MessagingPattern.PUBLISH_SUBSCRIBE, (o) -> withClock(o).subscriberName(subscriber),
				copying((frame, replier) -> received.add(text(frame))));
	}

	private List<Path> cycleFiles(String channel) throws IOException {
		try (Stream<Path> files = Files.list(this.directory.resolve(channel))) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".cq4")).sorted().toList();
		}
	}

}
