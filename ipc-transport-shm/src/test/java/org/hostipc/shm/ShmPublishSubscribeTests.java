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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.transport.PeerUnavailableException;
import org.junit.jupiter.api.Test;

import static org.hostipc.testsupport.Copies.copying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Publish-subscribe over shared memory within one JVM.
 *
 * @author hostipc
 */
class ShmPublishSubscribeTests extends AbstractShmTests {

	@Test
	void everySubscriberShouldReceiveEveryFrameInOrder() {
		List<String> first = new CopyOnWriteArrayList<>();
		List<String> second = new CopyOnWriteArrayList<>();
		startedInbound(MessagingPattern.PUBLISH_SUBSCRIBE, options().build(),
				copying((frame, replier) -> first.add(text(frame))));
		startedInbound(MessagingPattern.PUBLISH_SUBSCRIBE, options().build(),
				copying((frame, replier) -> second.add(text(frame))));
		OutboundEndpoint publisher = startedOutbound(MessagingPattern.PUBLISH_SUBSCRIBE,
				options().minSubscribers(2).build());
		for (int i = 0; i < 500; i++) {
			publisher.send(frame("p" + i));
		}
		List<String> expected = IntStream.range(0, 500).mapToObj((i) -> "p" + i).toList();
		await().atMost(AWAIT).until(() -> first.size() == 500 && second.size() == 500);
		assertThat(first).containsExactlyElementsOf(expected);
		assertThat(second).containsExactlyElementsOf(expected);
		assertThat(publisher.counters().messagesSent()).isEqualTo(500);
		assertThat(publisher.state().details()).containsEntry("subscribers", 2);
	}

	@Test
	void subscriberJoiningLaterShouldReceiveFramesPublishedAfterDiscovery() {
		List<String> early = new CopyOnWriteArrayList<>();
		startedInbound(MessagingPattern.PUBLISH_SUBSCRIBE, options().build(),
				copying((frame, replier) -> early.add(text(frame))));
		OutboundEndpoint publisher = startedOutbound(MessagingPattern.PUBLISH_SUBSCRIBE, options().build());
		publisher.send(frame("one"));
		List<String> late = new CopyOnWriteArrayList<>();
		startedInbound(MessagingPattern.PUBLISH_SUBSCRIBE, options().build(),
				copying((frame, replier) -> late.add(text(frame))));
		await().atMost(AWAIT).until(() -> publisher.state().details().get("subscribers").equals(2));
		publisher.send(frame("two"));
		await().atMost(AWAIT).until(() -> early.size() == 2 && late.size() == 1);
		assertThat(early).containsExactly("one", "two");
		assertThat(late).containsExactly("two");
	}

	@Test
	void subscriberLeavingShouldDeleteItsRingAndLeaveTheFanOut() throws Exception {
		List<String> staying = new CopyOnWriteArrayList<>();
		startedInbound(MessagingPattern.PUBLISH_SUBSCRIBE, options().build(),
				copying((frame, replier) -> staying.add(text(frame))));
		InboundEndpoint leaving = startedInbound(MessagingPattern.PUBLISH_SUBSCRIBE, options().build(),
				copying((frame, replier) -> {
				}));
		OutboundEndpoint publisher = startedOutbound(MessagingPattern.PUBLISH_SUBSCRIBE, options().build());
		await().atMost(AWAIT).until(() -> publisher.state().details().get("subscribers").equals(2));
		leaving.stop();
		assertThat(registryRings()).hasSize(1);
		await().atMost(AWAIT).until(() -> publisher.state().details().get("subscribers").equals(1));
		publisher.send(frame("after"));
		await().atMost(AWAIT).until(() -> staying.contains("after"));
		assertThat(publisher.counters().errors()).isZero();
	}

	@Test
	void whenSubscriberHeartbeatIsStaleThenItIsDroppedOnceAndOthersStillReceive() {
		List<String> live = new CopyOnWriteArrayList<>();
		ShmOptions options = options().heartbeat(Duration.ofMillis(50), Duration.ofMillis(500)).build();
		startedInbound(MessagingPattern.PUBLISH_SUBSCRIBE, options, copying((frame, replier) -> live.add(text(frame))));
		ShmOptions staleOptions = options().build();
		ShmRing stale = new ShmFiles(staleOptions)
			.createOrOpen(staleOptions.directory().resolve("test.subscribers").resolve("stale.ring"));
		stale.heartbeat(System.currentTimeMillis() - 60_000);
		OutboundEndpoint publisher = startedOutbound(MessagingPattern.PUBLISH_SUBSCRIBE, options);
		await().atMost(AWAIT).until(() -> publisher.describe().get("peers").equals(2));
		publisher.send(frame("a"));
		publisher.send(frame("b"));
		await().atMost(AWAIT).until(() -> live.size() == 2);
		assertThat(live).containsExactly("a", "b");
		assertThat(publisher.counters().errors(ErrorReason.DISCONNECTED)).isEqualTo(1);
		assertThat(publisher.counters().messagesSent()).isEqualTo(2);
		assertThat(publisher.describe().get("peers")).isEqualTo(1);
	}

	@Test
	void whenTooFewSubscribersThenPublishFails() {
		OutboundEndpoint publisher = startedOutbound(MessagingPattern.PUBLISH_SUBSCRIBE,
				options().sendTimeout(Duration.ofMillis(200)).build());
		assertThat(publisher.state().isUp()).isFalse();
		assertThatExceptionOfType(PeerUnavailableException.class).isThrownBy(() -> publisher.send(frame("x")))
			.withMessageContaining("fewer than the required 1");
	}

	@Test
	void withZeroMinimumSubscribersPublishShouldSucceedWithoutSubscribers() {
		OutboundEndpoint publisher = startedOutbound(MessagingPattern.PUBLISH_SUBSCRIBE,
				options().minSubscribers(0).build());
		publisher.send(frame("x"));
		assertThat(publisher.counters().messagesSent()).isEqualTo(1);
		assertThat(publisher.state().isUp()).isTrue();
	}

	private List<Path> registryRings() throws Exception {
		try (var files = Files.list(this.directory.resolve("rings").resolve("test.subscribers"))) {
			return files.toList();
		}
	}

}
