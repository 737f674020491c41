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

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.FrameHandler;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameView;
import org.junit.jupiter.api.Test;

import static org.hostipc.testsupport.Copies.copying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests of the in-place receiving path of the persistent queue transport: a
 * {@link FrameHandler} reads each message in the reader's copy of the document, with the
 * queue index as the view's receipt header, and gets the same guarantees as a frame
 * handler.
 *
 * @author hostipc
 */
class ChronicleInPlaceTests extends AbstractChronicleTests {

	@Test
	void viewHandlerShouldReceiveEveryMessageInOrderWithItsQueueIndex() {
		List<String> texts = new CopyOnWriteArrayList<>();
		List<Long> indexes = new CopyOnWriteArrayList<>();
		List<String> names = new CopyOnWriteArrayList<>();
		List<Frame> copies = new CopyOnWriteArrayList<>();
		InboundEndpoint inbound = inPlace("orders", (o) -> o, (frame, replier) -> {
			texts.add(payload(frame));
			names.add(frame.receiptHeaderName());
			indexes.add(frame.receiptHeaderValue());
			if (copies.isEmpty()) {
				copies.add(frame.toFrame());
			}
		});
		inbound.start();
		OutboundEndpoint outbound = outbound("orders", MessagingPattern.POINT_TO_POINT);
		outbound.start();
		sendAll(outbound, "m", 0, 50);
		await().atMost(AWAIT).until(() -> texts.size() == 50);
		assertThat(texts).containsExactlyElementsOf(texts("m", 0, 50));
		assertThat(names).containsOnly(ChronicleHeaders.QUEUE_INDEX);
		assertThat(indexes).doesNotContainNull().isSorted().doesNotHaveDuplicates();
		assertThat(copies.get(0).headers()).containsEntry("kind", "test")
			.containsEntry(ChronicleHeaders.QUEUE_INDEX, indexes.get(0));
		assertThat(inbound.counters().messagesReceived()).isEqualTo(50);
		await().atMost(AWAIT).until(() -> ((ChronicleInboundEndpoint) inbound).backlog() == 0);
	}

	@Test
	void failingViewHandlerShouldBeRetriedOnTheSameMessageThenDeadLettered() {
		AtomicInteger attempts = new AtomicInteger();
		List<Long> attemptIndexes = new CopyOnWriteArrayList<>();
		List<String> handled = new CopyOnWriteArrayList<>();
		InboundEndpoint inbound = inPlace("dlq", (o) -> o.maxAttempts(3), (frame, replier) -> {
			if (payload(frame).equals("bad")) {
				attempts.incrementAndGet();
				attemptIndexes.add(frame.receiptHeaderValue());
				throw new IllegalArgumentException("cannot handle bad");
			}
			handled.add(payload(frame));
		});
		inbound.start();
		OutboundEndpoint outbound = outbound("dlq", MessagingPattern.POINT_TO_POINT);
		outbound.start();
		outbound.send(text("bad"));
		outbound.send(text("good"));
		await().atMost(AWAIT).until(() -> handled.contains("good"));
		assertThat(attempts).hasValue(3);
		assertThat(attemptIndexes).hasSize(3).containsOnly(attemptIndexes.get(0));
		assertThat(inbound.counters().errors(ErrorReason.HANDLER)).isEqualTo(3);
		List<Frame> deadLetters = new CopyOnWriteArrayList<>();
		inbound("dlq.dead-letter", MessagingPattern.POINT_TO_POINT, (o) -> o,
				copying((frame, replier) -> deadLetters.add(frame)))
			.start();
		await().atMost(AWAIT).until(() -> deadLetters.size() == 1);
		assertThat(text(deadLetters.get(0))).isEqualTo("bad");
		assertThat(deadLetters.get(0).headers()).containsEntry("kind", "test")
			.containsKey(ChronicleHeaders.DEAD_LETTER_REASON)
			.containsKey(ChronicleHeaders.QUEUE_INDEX);
	}

	private InboundEndpoint inPlace(String channel, UnaryOperator<ChronicleOptions.Builder> settings,
			FrameHandler handler) {
		InboundEndpoint endpoint = track(ChronicleEndpoints.inbound(channel, MessagingPattern.POINT_TO_POINT,
				settings.apply(options()).build()));
		endpoint.setHandler(handler);
		return endpoint;
	}

	private static String payload(FrameView frame) {
		byte[] bytes = new byte[frame.payloadLength()];
		frame.getPayload(bytes, 0);
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
