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

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hostipc.transport.InboundEndpoint;
import org.hostipc.IpcException;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.wire.Frame;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.hostipc.testsupport.Copies.copying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests of the start positions: saved, start, end, index and timestamp.
 *
 * @author hostipc
 */
class ChronicleReplayTests extends AbstractChronicleTests {

	private OutboundEndpoint outbound;

	@BeforeEach
	void startOutbound() {
		this.outbound = outbound("replay", MessagingPattern.PUBLISH_SUBSCRIBE);
		this.outbound.start();
	}

	@Test
	void savedPositionWithoutHistoryShouldStartAtTheStart() {
		sendAll(this.outbound, "r", 0, 5);
		List<String> received = subscribe("fresh", ChronicleStartPosition.SAVED);
		await().atMost(AWAIT).until(() -> received.size() == 5);
		assertThat(received).containsExactlyElementsOf(texts("r", 0, 5));
	}

	@Test
	void startPositionShouldReplayEverythingOnEachStart() {
		sendAll(this.outbound, "r", 0, 5);
		List<Frame> firstRun = new CopyOnWriteArrayList<>();
		InboundEndpoint first = subscriber("again", ChronicleStartPosition.START, firstRun);
		first.start();
		await().atMost(AWAIT).until(() -> firstRun.size() == 5);
		first.stop();
		List<String> received = subscribe("again", ChronicleStartPosition.START);
		await().atMost(AWAIT).until(() -> received.size() == 5);
		assertThat(received).containsExactlyElementsOf(texts("r", 0, 5));
	}

	@Test
	void endPositionShouldReceiveOnlyNewMessages() {
		sendAll(this.outbound, "old", 0, 5);
		List<String> received = subscribe("tail", ChronicleStartPosition.END);
		sendAll(this.outbound, "new", 0, 3);
		await().atMost(AWAIT).until(() -> received.size() == 3);
		assertThat(received).containsExactlyElementsOf(texts("new", 0, 3));
	}

	@Test
	void indexPositionShouldStartAtThatMessage() {
		sendAll(this.outbound, "r", 0, 5);
		List<Frame> all = new CopyOnWriteArrayList<>();
		subscriber("scan", ChronicleStartPosition.START, all).start();
		await().atMost(AWAIT).until(() -> all.size() == 5);
		long thirdIndex = (Long) all.get(2).headers().get(ChronicleHeaders.QUEUE_INDEX);
		List<String> received = new CopyOnWriteArrayList<>();
		InboundEndpoint fromIndex = inbound("replay", MessagingPattern.PUBLISH_SUBSCRIBE,
				(o) -> o.subscriberName("from-index").startIndex(thirdIndex),
				copying((frame, replier) -> received.add(text(frame))));
		fromIndex.start();
		await().atMost(AWAIT).until(() -> received.size() == 3);
		assertThat(received).containsExactly("r2", "r3", "r4");
	}

	@Test
	void whenIndexIsNotInTheQueueThenStartFails() {
		sendAll(this.outbound, "r", 0, 2);
		InboundEndpoint fromIndex = inbound("replay", MessagingPattern.PUBLISH_SUBSCRIBE,
				(o) -> o.subscriberName("bad-index").startIndex(Long.MAX_VALUE >>> 2), copying((frame, replier) -> {
				}));
		assertThatExceptionOfType(IpcException.class).isThrownBy(fromIndex::start)
			.withMessageContaining("is not in the queue");
		assertThat(fromIndex.isRunning()).isFalse();
	}

	@Test
	void timestampPositionShouldStartAtTheFirstMessageSentAtOrAfterIt() {
		sendAll(this.outbound, "before", 0, 3);
		long sentBefore = System.currentTimeMillis();
		await().atMost(AWAIT).until(() -> System.currentTimeMillis() > sentBefore);
		Instant mark = Instant.ofEpochMilli(System.currentTimeMillis());
		sendAll(this.outbound, "after", 0, 2);
		List<String> received = new CopyOnWriteArrayList<>();
		inbound("replay", MessagingPattern.PUBLISH_SUBSCRIBE, (o) -> o.subscriberName("since").startTimestamp(mark),
				copying((frame, replier) -> received.add(text(frame))))
			.start();
		await().atMost(AWAIT).until(() -> received.size() == 2);
		assertThat(received).containsExactly("after0", "after1");
	}

	@Test
	void timestampAfterTheLastMessageShouldReceiveOnlyNewMessages() {
		sendAll(this.outbound, "old", 0, 3);
		Instant future = Instant.now().plusSeconds(3600);
		List<String> received = new CopyOnWriteArrayList<>();
		inbound("replay", MessagingPattern.PUBLISH_SUBSCRIBE, (o) -> o.subscriberName("later").startTimestamp(future),
				copying((frame, replier) -> received.add(text(frame))))
			.start();
		this.outbound.send(text("new"));
		await().atMost(AWAIT).until(() -> !received.isEmpty());
		assertThat(received).containsExactly("new");
	}

	private List<String> subscribe(String name, ChronicleStartPosition position) {
		List<String> received = new CopyOnWriteArrayList<>();
		inbound("replay", MessagingPattern.PUBLISH_SUBSCRIBE, (o) -> o.subscriberName(name).startPosition(position),
				copying((frame, replier) -> received.add(text(frame))))
			.start();
		return received;
	}

	private InboundEndpoint subscriber(String name, ChronicleStartPosition position, List<Frame> sink) {
		return inbound("replay", MessagingPattern.PUBLISH_SUBSCRIBE,
				(o) -> o.subscriberName(name).startPosition(position), copying((frame, replier) -> sink.add(frame)));
	}

}
