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

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.wire.Frame;
import org.junit.jupiter.api.Test;

import static org.hostipc.testsupport.Copies.copying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests of handler failures: retries, dead letters and redelivery after a stop.
 *
 * @author hostipc
 */
class ChronicleRetryTests extends AbstractChronicleTests {

	@Test
	void whenHandlerFailsThenMessageIsRetriedWithTheSameIndex() {
		List<Frame> attempts = new CopyOnWriteArrayList<>();
		InboundEndpoint inbound = inbound("retry", MessagingPattern.POINT_TO_POINT, (o) -> o.maxAttempts(3),
				copying((frame, replier) -> {
					attempts.add(frame);
					if (attempts.size() < 3) {
						throw new IllegalStateException("not yet");
					}
				}));
		inbound.start();
		OutboundEndpoint outbound = outbound("retry", MessagingPattern.POINT_TO_POINT);
		outbound.start();
		outbound.send(text("once"));
		await().atMost(AWAIT).until(() -> attempts.size() == 3);
		assertThat(attempts).extracting((frame) -> frame.headers().get(ChronicleHeaders.QUEUE_INDEX))
			.containsOnly(attempts.get(0).headers().get(ChronicleHeaders.QUEUE_INDEX));
		await().atMost(AWAIT).until(() -> ((ChronicleInboundEndpoint) inbound).backlog() == 0);
		assertThat(inbound.counters().errors(ErrorReason.HANDLER)).isEqualTo(2);
		assertThat(this.directory.resolve("retry.dead-letter")).doesNotExist();
	}

	@Test
	void whenHandlerKeepsFailingThenMessageIsDeadLetteredWithTheError() {
		List<String> handled = new CopyOnWriteArrayList<>();
		AtomicInteger badAttempts = new AtomicInteger();
		InboundEndpoint inbound = inbound("dlq", MessagingPattern.POINT_TO_POINT, (o) -> o.maxAttempts(3),
				copying((frame, replier) -> {
					if (text(frame).equals("bad")) {
						badAttempts.incrementAndGet();
						throw new IllegalArgumentException("cannot handle bad");
					}
					handled.add(text(frame));
				}));
		inbound.start();
		OutboundEndpoint outbound = outbound("dlq", MessagingPattern.POINT_TO_POINT);
		outbound.start();
		outbound.send(text("bad"));
		outbound.send(text("good"));
		await().atMost(AWAIT).until(() -> handled.contains("good"));
		assertThat(badAttempts).hasValue(3);
		assertThat(inbound.counters().errors(ErrorReason.HANDLER)).isEqualTo(3);
		List<Frame> deadLetters = new CopyOnWriteArrayList<>();
		InboundEndpoint deadLetterReader = inbound("dlq.dead-letter", MessagingPattern.POINT_TO_POINT, (o) -> o,
				copying((frame, replier) -> deadLetters.add(frame)));
		deadLetterReader.start();
		await().atMost(AWAIT).until(() -> deadLetters.size() == 1);
		Frame deadLetter = deadLetters.get(0);
		assertThat(text(deadLetter)).isEqualTo("bad");
		assertThat(deadLetter.headers()).containsEntry("kind", "test")
			.containsKey(ChronicleHeaders.QUEUE_INDEX)
			.hasEntrySatisfying(ChronicleHeaders.DEAD_LETTER_REASON,
					(reason) -> assertThat((String) reason).contains("IllegalArgumentException", "cannot handle bad"));
	}

	@Test
	void whenStoppedWhileRetryingThenMessageIsDeliveredAgainAfterRestart() {
		AtomicInteger failures = new AtomicInteger();
		InboundEndpoint failing = inbound("stuck", MessagingPattern.POINT_TO_POINT, (o) -> o.maxAttempts(1000),
				copying((frame, replier) -> {
					failures.incrementAndGet();
					throw new IllegalStateException("down");
				}));
		failing.start();
		OutboundEndpoint outbound = outbound("stuck", MessagingPattern.POINT_TO_POINT);
		outbound.start();
		outbound.send(text("keep me"));
		await().atMost(AWAIT).until(() -> failures.get() >= 2);
		failing.stop();
		List<String> received = new CopyOnWriteArrayList<>();
		inbound("stuck", MessagingPattern.POINT_TO_POINT, (o) -> o,
				copying((frame, replier) -> received.add(text(frame))))
			.start();
		await().atMost(AWAIT).until(() -> received.size() == 1);
		assertThat(received).containsExactly("keep me");
		assertThat(this.directory.resolve("stuck.dead-letter")).doesNotExist();
	}

}
