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

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.agrona.concurrent.ringbuffer.ManyToOneRingBuffer;
import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.IpcTimeoutException;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.wire.FrameLimits;
import org.junit.jupiter.api.Test;

import static org.hostipc.testsupport.Copies.copying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * Backpressure, drop policy, size limits and producer stalls.
 *
 * @author hostipc
 */
class ShmBackpressureTests extends AbstractShmTests {

	private final CountDownLatch release = new CountDownLatch(1);

	private ShmOptions.Builder smallRing() {
		return options().capacity(4096).limits(new FrameLimits(256, 128, 8)).sendTimeout(Duration.ofMillis(300));
	}

	private InboundEndpoint blockedConsumer(ShmOptions options, List<String> received) {
		return startedInbound(MessagingPattern.POINT_TO_POINT, options, copying((frame, replier) -> {
			this.release.await(60, TimeUnit.SECONDS);
			received.add(text(frame));
		}));
	}

	@Test
	void whenRingStaysFullThenSendTimesOutAndWaitIsRecorded() {
		List<String> received = new CopyOnWriteArrayList<>();
		blockedConsumer(smallRing().build(), received);
		OutboundEndpoint producer = startedOutbound(MessagingPattern.POINT_TO_POINT, smallRing().build());
		AtomicLong waited = new AtomicLong();
		producer.counters().setBackpressureWaitRecorder(waited::addAndGet);
		int sent = 0;
		try {
			while (sent < 1000) {
				producer.send(frame("m" + sent));
				sent++;
			}
		}
		catch (IpcTimeoutException ex) {
			assertThat(ex).hasMessageContaining("stayed full");
		}
		assertThat(sent).isBetween(1, 999);
		assertThat(producer.counters().errors(ErrorReason.TIMEOUT)).isEqualTo(1);
		assertThat(waited.get()).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(300));
		assertThat(producer.backlog()).isPositive();
		assertThat(producer.state().isUp()).isFalse();
		assertThat(producer.state().reason()).contains("full, at or above the threshold of 90%");
		this.release.countDown();
		int expected = sent;
		await().atMost(AWAIT).until(() -> received.size() == expected);
		producer.send(frame("after"));
		await().atMost(AWAIT).until(() -> received.contains("after"));
	}

	@Test
	void whenDropNewestThenFullRingDropsAndCounts() {
		List<String> received = new CopyOnWriteArrayList<>();
		blockedConsumer(smallRing().build(), received);
		OutboundEndpoint producer = startedOutbound(MessagingPattern.POINT_TO_POINT,
				smallRing().backpressurePolicy(ShmBackpressurePolicy.DROP_NEWEST).build());
		for (int i = 0; i < 200; i++) {
			producer.send(frame("m" + i));
		}
		long sent = producer.counters().messagesSent();
		assertThat(producer.counters().messagesDropped()).isPositive().isEqualTo(200 - sent);
		assertThat(producer.counters().errors()).isZero();
		this.release.countDown();
		await().atMost(AWAIT).until(() -> received.size() == sent);
		assertThat(received.get(0)).isEqualTo("m0");
	}

	@Test
	void whenMaxMessageSizeCannotFitTheRingThenBuildFails() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ShmOptions.builder().capacity(4096).maxMessageSize(1024).build())
			.withMessageContaining("does not fit a ring of capacity 4096")
			.withMessageContaining("capacity/8 = 512");
	}

	@Test
	void whenProducerDiesMidWriteThenConsumerUnblocksAndContinues() {
		List<String> received = new CopyOnWriteArrayList<>();
		ShmOptions options = options().producerStallTimeout(Duration.ofMillis(200)).build();
		InboundEndpoint consumer = startedInbound(MessagingPattern.POINT_TO_POINT, options,
				copying((frame, replier) -> received.add(text(frame))));
		ManyToOneRingBuffer ring = new ShmFiles(options).open(options.directory().resolve("test.ring")).ring();
		int claimed = ring.tryClaim(ShmFileDescriptor.FRAME_MESSAGE_TYPE, 100);
		assertThat(claimed).isNotNegative();
		OutboundEndpoint producer = startedOutbound(MessagingPattern.POINT_TO_POINT, options);
		producer.send(frame("after-stall"));
		await().atMost(AWAIT).until(() -> received.contains("after-stall"));
		assertThat(consumer.counters().errors(ErrorReason.IO)).isEqualTo(1);
		assertThat(received).containsExactly("after-stall");
	}

}
