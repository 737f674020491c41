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

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import org.hostipc.transport.EndpointState;
import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.IpcException;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.transport.PeerUnavailableException;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameFlags;
import org.hostipc.wire.MessageTooLargeException;
import org.junit.jupiter.api.Test;

import static org.hostipc.testsupport.Copies.copying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Point-to-point over shared memory within one JVM.
 *
 * @author hostipc
 */
class ShmPointToPointTests extends AbstractShmTests {

	@Test
	void framesSentByProducerShouldReachConsumerInOrder() {
		List<Frame> received = new CopyOnWriteArrayList<>();
		InboundEndpoint consumer = startedInbound(MessagingPattern.POINT_TO_POINT, options().build(),
				copying((frame, replier) -> received.add(frame)));
		OutboundEndpoint producer = startedOutbound(MessagingPattern.POINT_TO_POINT, options().build());
		long before = System.nanoTime();
		for (int i = 0; i < 1000; i++) {
			producer.send(frame("m" + i));
		}
		await().atMost(AWAIT).until(() -> received.size() == 1000);
		assertThat(received).extracting(AbstractShmTests::text)
			.containsExactlyElementsOf(IntStream.range(0, 1000).mapToObj((i) -> "m" + i).toList());
		Frame first = received.get(0);
		assertThat(first.headers()).containsEntry("kind", "test");
		assertThat(first.flags()).isZero();
		assertThat(first.timestamp()).isGreaterThanOrEqualTo(before);
		assertThat(producer.counters().messagesSent()).isEqualTo(1000);
		assertThat(consumer.counters().messagesReceived()).isEqualTo(1000);
		assertThat(consumer.counters().bytesReceived()).isEqualTo(producer.counters().bytesSent()).isPositive();
		assertThat(consumer.counters().errors()).isZero();
		assertThat(producer.transport()).isEqualTo("shm");
	}

	@Test
	void framesOfSeveralProducerThreadsShouldKeepTheirOrderPerThread() throws Exception {
		Map<String, List<Integer>> received = new java.util.concurrent.ConcurrentHashMap<>();
		startedInbound(MessagingPattern.POINT_TO_POINT, options().build(), copying((frame, replier) -> {
			String[] parts = text(frame).split(":");
			received.computeIfAbsent(parts[0], (key) -> new CopyOnWriteArrayList<>()).add(Integer.parseInt(parts[1]));
		}));
		OutboundEndpoint producer = startedOutbound(MessagingPattern.POINT_TO_POINT, options().build());
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			String name = "t" + t;
			threads
				.add(new Thread(() -> IntStream.range(0, 2000).forEach((i) -> producer.send(frame(name + ":" + i)))));
		}
		threads.forEach(Thread::start);
		for (Thread thread : threads) {
			thread.join();
		}
		await().atMost(AWAIT).until(() -> received.values().stream().mapToInt(List::size).sum() == 8000);
		for (List<Integer> sequence : received.values()) {
			assertThat(sequence).containsExactlyElementsOf(IntStream.range(0, 2000).boxed().toList());
		}
	}

	@Test
	void whenConsumerIsMissingThenSendFailsAndStateIsDown() {
		OutboundEndpoint producer = startedOutbound(MessagingPattern.POINT_TO_POINT,
				options().sendTimeout(Duration.ofMillis(200)).build());
		EndpointState state = producer.state();
		assertThat(state.isUp()).isFalse();
		assertThat(state.reason()).contains("does not exist");
		assertThatExceptionOfType(PeerUnavailableException.class).isThrownBy(() -> producer.send(frame("x")))
			.withMessageContaining("could not attach");
		assertThat(producer.counters().errors(ErrorReason.DISCONNECTED)).isEqualTo(1);
	}

	@Test
	void whenConsumerStopsThenProducerGoesDownAndSendTimesOut() {
		InboundEndpoint consumer = startedInbound(MessagingPattern.POINT_TO_POINT, options().build(),
				copying((frame, replier) -> {
				}));
		OutboundEndpoint producer = startedOutbound(MessagingPattern.POINT_TO_POINT,
				options().sendTimeout(Duration.ofMillis(200)).build());
		awaitUp(producer);
		assertThat(producer.state().details()).containsKeys("fillRatio", "heartbeatAgeMillis", "backlogBytes");
		consumer.stop();
		assertThat(producer.state().isUp()).isFalse();
		assertThat(producer.state().reason()).contains("no live consumer");
		assertThatExceptionOfType(org.hostipc.transport.IpcTimeoutException.class)
			.isThrownBy(() -> producer.send(frame("x")))
			.withMessageContaining("No live consumer");
		assertThat(producer.counters().errors(ErrorReason.TIMEOUT)).isEqualTo(1);
	}

	@Test
	void whenConsumerRestartsThenProducerSendsAgain() {
		List<String> received = new CopyOnWriteArrayList<>();
		ShmOptions options = options().build();
		InboundEndpoint first = startedInbound(MessagingPattern.POINT_TO_POINT, options,
				copying((frame, replier) -> received.add(text(frame))));
		OutboundEndpoint producer = startedOutbound(MessagingPattern.POINT_TO_POINT, options);
		producer.send(frame("before"));
		await().atMost(AWAIT).until(() -> received.size() == 1);
		first.stop();
		startedInbound(MessagingPattern.POINT_TO_POINT, options,
				copying((frame, replier) -> received.add(text(frame))));
		producer.send(frame("after"));
		await().atMost(AWAIT).until(() -> received.size() == 2);
		assertThat(received).containsExactly("before", "after");
	}

	@Test
	void whenRingFileIsReplacedThenProducerReattaches() throws Exception {
		List<String> received = new CopyOnWriteArrayList<>();
		ShmOptions options = options().build();
		InboundEndpoint first = startedInbound(MessagingPattern.POINT_TO_POINT, options,
				copying((frame, replier) -> received.add(text(frame))));
		OutboundEndpoint producer = startedOutbound(MessagingPattern.POINT_TO_POINT, options);
		producer.send(frame("old file"));
		await().atMost(AWAIT).until(() -> received.size() == 1);
		first.stop();
		java.nio.file.Files.delete(options.directory().resolve("test.ring"));
		startedInbound(MessagingPattern.POINT_TO_POINT, options,
				copying((frame, replier) -> received.add(text(frame))));
		await().atMost(AWAIT).until(() -> producer.state().isUp());
		producer.send(frame("new file"));
		await().atMost(AWAIT).until(() -> received.size() == 2);
		assertThat(received).containsExactly("old file", "new file");
	}

	@Test
	void whenSecondConsumerStartsOnLiveRingThenStartFails() {
		startedInbound(MessagingPattern.POINT_TO_POINT, options().build(), copying((frame, replier) -> {
		}));
		InboundEndpoint second = track(
				ShmEndpoints.inbound("test", MessagingPattern.POINT_TO_POINT, options().build()));
		second.setHandler(copying((frame, replier) -> {
		}));
		assertThatExceptionOfType(IpcException.class).isThrownBy(second::start)
			.withMessageContaining("already has a live consumer");
	}

	@Test
	void whenConsumerInAnotherPidNamespaceWasKilledThenNewConsumerTakesOverOnceItsHeartbeatIsStale() throws Exception {
		ShmOptions options = options().heartbeat(Duration.ofMillis(50), Duration.ofMillis(500)).build();
		InboundEndpoint killed = startedInbound(MessagingPattern.POINT_TO_POINT, options, copying((frame, replier) -> {
		}));
		killed.stop();
		// as left by a consumer killed in another container: its pid means nothing here
		writeConsumer(options, 1, ProcessIdentity.pidNamespace() + 1, System.currentTimeMillis());
		List<String> received = new CopyOnWriteArrayList<>();
		startedInbound(MessagingPattern.POINT_TO_POINT, options,
				copying((frame, replier) -> received.add(text(frame))));
		OutboundEndpoint producer = startedOutbound(MessagingPattern.POINT_TO_POINT, options);
		producer.send(frame("after takeover"));
		await().atMost(AWAIT).until(() -> received.size() == 1);
		assertThat(received).containsExactly("after takeover");
	}

	@Test
	void whenConsumerInAnotherPidNamespaceKeepsBeatingThenSecondConsumerStartFails() throws Exception {
		ShmOptions options = options().heartbeat(Duration.ofMillis(50), Duration.ofMillis(300)).build();
		InboundEndpoint first = startedInbound(MessagingPattern.POINT_TO_POINT, options, copying((frame, replier) -> {
		}));
		first.stop();
		writeConsumer(options, 1, ProcessIdentity.pidNamespace() + 1, System.currentTimeMillis());
		CountDownLatch done = new CountDownLatch(1);
		Thread beating = new Thread(() -> {
			try {
				do {
					writeConsumer(options, 1, ProcessIdentity.pidNamespace() + 1, System.currentTimeMillis());
				}
				while (!done.await(20, java.util.concurrent.TimeUnit.MILLISECONDS));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		beating.start();
		try {
			InboundEndpoint second = track(ShmEndpoints.inbound("test", MessagingPattern.POINT_TO_POINT, options));
			second.setHandler(copying((frame, replier) -> {
			}));
			assertThatExceptionOfType(IpcException.class).isThrownBy(second::start)
				.withMessageContaining("already has a live consumer (pid 1)");
		}
		finally {
			done.countDown();
			beating.join();
		}
	}

	private static void writeConsumer(ShmOptions options, long pid, long pidNamespace, long heartbeat)
			throws IOException {
		ByteBuffer values = ByteBuffer.allocate(8).order(ByteOrder.nativeOrder());
		try (FileChannel channel = FileChannel.open(options.directory().resolve("test.ring"),
				StandardOpenOption.WRITE)) {
			channel.write(values.putLong(0, pid).clear(), ShmFileDescriptor.CONSUMER_PID_OFFSET);
			channel.write(values.putLong(0, pidNamespace).clear(), ShmFileDescriptor.CONSUMER_PID_NAMESPACE_OFFSET);
			channel.write(values.putLong(0, heartbeat).clear(), ShmFileDescriptor.HEARTBEAT_OFFSET);
		}
	}

	@Test
	void whenFrameIsTooLargeThenSendFailsAndCountsOversize() {
		startedInbound(MessagingPattern.POINT_TO_POINT, options().build(), copying((frame, replier) -> {
		}));
		OutboundEndpoint producer = startedOutbound(MessagingPattern.POINT_TO_POINT, options().build());
		assertThatExceptionOfType(MessageTooLargeException.class)
			.isThrownBy(() -> producer.send(Frame.of(null, new byte[4097])));
		assertThat(producer.counters().errors(ErrorReason.OVERSIZE)).isEqualTo(1);
		assertThat(producer.counters().messagesSent()).isZero();
	}

	@Test
	void whenHandlerFailsThenErrorIsCountedAndLaterFramesArrive() {
		List<String> received = new CopyOnWriteArrayList<>();
		InboundEndpoint consumer = startedInbound(MessagingPattern.POINT_TO_POINT, options().build(),
				copying((frame, replier) -> {
					if (text(frame).equals("bad")) {
						throw new IllegalStateException("boom");
					}
					received.add(text(frame));
				}));
		OutboundEndpoint producer = startedOutbound(MessagingPattern.POINT_TO_POINT, options().build());
		producer.send(frame("bad"));
		producer.send(frame("good"));
		await().atMost(AWAIT).until(() -> received.contains("good"));
		assertThat(consumer.counters().errors(ErrorReason.HANDLER)).isEqualTo(1);
	}

	@Test
	void requestOnPointToPointChannelShouldBeUnsupported() {
		OutboundEndpoint producer = startedOutbound(MessagingPattern.POINT_TO_POINT, options().build());
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> producer.request(frame("x"), Duration.ofSeconds(1)));
	}

	@Test
	void describeShouldNameRingAndSettings() {
		InboundEndpoint consumer = startedInbound(MessagingPattern.POINT_TO_POINT, options().build(),
				copying((frame, replier) -> {
				}));
		Map<String, Object> description = consumer.describe();
		assertThat(description).containsEntry("transport", "shm")
			.containsEntry("role", "consumer")
			.containsEntry("capacity", 64 * 1024)
			.containsEntry("idleStrategy", "backoff")
			.containsEntry("path", this.directory.resolve("rings").resolve("test.ring").toString());
		assertThat(consumer.state().isUp()).isTrue();
		assertThat(consumer.state().details()).containsEntry("attached", true).containsKey("fillRatio");
		assertThat(FrameFlags.REQUEST).isNotZero();
	}

	@Test
	void whenStoppedThenReaderThreadEnds() {
		CountDownLatch latch = new CountDownLatch(1);
		InboundEndpoint consumer = startedInbound(MessagingPattern.POINT_TO_POINT, options().build(),
				copying((frame, replier) -> latch.countDown()));
		assertThat(readerThreads()).contains("ipc-shm-test");
		consumer.stop();
		assertThat(readerThreads()).isEmpty();
	}

}
