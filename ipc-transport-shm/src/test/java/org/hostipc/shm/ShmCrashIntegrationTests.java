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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import org.hostipc.testsupport.ChildJvm;
import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.IpcTimeoutException;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.junit.jupiter.api.Test;

import static org.hostipc.testsupport.Copies.copying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Crash handling across processes: producers and consumers killed with SIGKILL.
 *
 * @author hostipc
 */
class ShmCrashIntegrationTests extends AbstractShmIntegrationTests {

	@Test
	void whenProducerIsKilledMidStreamThenConsumerContinuesWithOthers() throws Exception {
		List<String> received = new CopyOnWriteArrayList<>();
		InboundEndpoint consumer = startedInbound(MessagingPattern.POINT_TO_POINT, childOptions(),
				copying((frame, replier) -> received.add(text(frame))));
		ChildJvm doomed = child("doomed", "produce-forever", rings().toString(), "test", "a");
		await().atMost(AWAIT).until(() -> received.size() >= 1000);
		doomed.kill();
		OutboundEndpoint survivor = startedOutbound(MessagingPattern.POINT_TO_POINT, childOptions());
		for (int i = 0; i < 100; i++) {
			survivor.send(frame("b:" + i));
		}
		await().atMost(AWAIT).until(() -> received.contains("b:99"));
		List<Integer> fromDoomed = sequence(received, "a");
		assertThat(fromDoomed).containsExactlyElementsOf(IntStream.range(0, fromDoomed.size()).boxed().toList());
		assertThat(sequence(received, "b")).containsExactlyElementsOf(IntStream.range(0, 100).boxed().toList());
		assertThat(consumer.counters().errors(ErrorReason.DECODE)).isZero();
	}

	@Test
	void whenProducerIsKilledWithAClaimedRecordThenConsumerUnblocksTheRing() throws Exception {
		List<String> received = new CopyOnWriteArrayList<>();
		InboundEndpoint consumer = startedInbound(MessagingPattern.POINT_TO_POINT, childOptions(),
				copying((frame, replier) -> received.add(text(frame))));
		ChildJvm doomed = child("doomed", "claim-and-hang", rings().toString(), "test");
		doomed.awaitLine("CLAIMED", CHILD_TIMEOUT);
		doomed.kill();
		OutboundEndpoint survivor = startedOutbound(MessagingPattern.POINT_TO_POINT, childOptions());
		survivor.send(frame("after"));
		await().atMost(AWAIT).until(() -> received.contains("after"));
		assertThat(consumer.counters().errors(ErrorReason.IO)).isEqualTo(1);
		assertThat(received).containsExactly("after");
	}

	@Test
	void whenConsumerIsKilledThenProducerGoesDownAndSendsTimeOut() throws Exception {
		ChildJvm consumer = child("consumer", "consume", rings().toString(), "test");
		consumer.awaitLine("READY", CHILD_TIMEOUT);
		OutboundEndpoint producer = startedOutbound(MessagingPattern.POINT_TO_POINT,
				ShmOptions.builder()
					.directory(rings())
					.capacity(1024 * 1024)
					.limits(childOptions().limits())
					.heartbeat(Duration.ofMillis(100), Duration.ofSeconds(1))
					.sendTimeout(Duration.ofMillis(500))
					.build());
		awaitUp(producer);
		producer.send(frame("alive"));
		consumer.awaitLine("RECV alive", CHILD_TIMEOUT);
		consumer.kill();
		await().atMost(AWAIT).until(() -> !producer.state().isUp());
		assertThat(producer.state().reason()).contains("no live consumer").contains("heartbeat");
		assertThatExceptionOfType(IpcTimeoutException.class).isThrownBy(() -> producer.send(frame("lost")))
			.withMessageContaining("No live consumer");
		assertThat(producer.counters().errors(ErrorReason.TIMEOUT)).isEqualTo(1);
	}

	@Test
	void whenConsumerIsRestartedThenItReceivesWhatWasWrittenBeforeItDied() throws Exception {
		ChildJvm slow = child("slow-consumer", "consume", rings().toString(), "test", "20");
		slow.awaitLine("READY", CHILD_TIMEOUT);
		OutboundEndpoint producer = startedOutbound(MessagingPattern.POINT_TO_POINT, childOptions());
		for (int i = 0; i < 300; i++) {
			producer.send(frame(String.valueOf(i)));
		}
		slow.awaitOutput((lines) -> slow.values("RECV").size() >= 10, CHILD_TIMEOUT);
		slow.kill();
		List<Integer> beforeCrash = slow.values("RECV").stream().map(Integer::valueOf).toList();
		assertThat(beforeCrash).hasSizeLessThan(300);
		ChildJvm restarted = child("restarted-consumer", "consume", rings().toString(), "test");
		restarted.awaitOutput((lines) -> restarted.values("RECV").contains("299"), CHILD_TIMEOUT);
		List<Integer> afterRestart = restarted.values("RECV").stream().map(Integer::valueOf).toList();
		int resumedAt = afterRestart.get(0);
		int lastHandled = beforeCrash.get(beforeCrash.size() - 1);
		assertThat(beforeCrash).containsExactlyElementsOf(IntStream.rangeClosed(0, lastHandled).boxed().toList());
		assertThat(resumedAt).isBetween(lastHandled, lastHandled + 1);
		assertThat(afterRestart).containsExactlyElementsOf(IntStream.range(resumedAt, 300).boxed().toList());
	}

	@Test
	void whenSubscriberIsKilledThenItIsDroppedAndARestartedSubscriberReceivesAgain() throws Exception {
		List<String> local = new CopyOnWriteArrayList<>();
		startedInbound(MessagingPattern.PUBLISH_SUBSCRIBE, childOptions(),
				copying((frame, replier) -> local.add(text(frame))));
		ChildJvm doomed = child("doomed-subscriber", "subscribe", rings().toString(), "test");
		doomed.awaitLine("READY", CHILD_TIMEOUT);
		ShmOptions options = ShmOptions.builder()
			.directory(rings())
			.capacity(1024 * 1024)
			.limits(childOptions().limits())
			.heartbeat(Duration.ofMillis(100), Duration.ofSeconds(1))
			.minSubscribers(2)
			.build();
		OutboundEndpoint publisher = startedOutbound(MessagingPattern.PUBLISH_SUBSCRIBE, options);
		publisher.send(frame("before"));
		doomed.awaitLine("RECV before", CHILD_TIMEOUT);
		doomed.kill();
		await().atMost(AWAIT).until(() -> publisher.counters().errors(ErrorReason.DISCONNECTED) == 1);
		ChildJvm restarted = child("restarted-subscriber", "subscribe", rings().toString(), "test");
		restarted.awaitLine("READY", CHILD_TIMEOUT);
		publisher.send(frame("after"));
		restarted.awaitLine("RECV after", CHILD_TIMEOUT);
		assertThat(local).containsExactly("before", "after");
		assertThat(publisher.describe().get("peers")).isEqualTo(2);
		assertThat(publisher.counters().errors(ErrorReason.DISCONNECTED)).isEqualTo(1);
	}

	private static List<Integer> sequence(List<String> received, String producer) {
		List<Integer> sequence = new ArrayList<>();
		for (String text : received) {
			if (text.startsWith(producer + ":")) {
				sequence.add(Integer.parseInt(text.substring(producer.length() + 1)));
			}
		}
		return sequence;
	}

}
