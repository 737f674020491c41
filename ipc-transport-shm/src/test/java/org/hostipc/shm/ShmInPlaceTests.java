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

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.transport.FrameHandler;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.transport.RemoteHandlerException;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameView;
import org.hostipc.wire.HeaderCursor;
import org.junit.jupiter.api.Test;

import static org.hostipc.testsupport.Copies.copying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests for the allocation-free paths of the shm endpoints: sending headers and a payload
 * buffer ({@link OutboundEndpoint#send(Map, ByteBuffer)}) and receiving frames in place
 * ({@link FrameHandler}).
 *
 * @author hostipc
 */
class ShmInPlaceTests extends AbstractShmTests {

	@Test
	void framesSentFromBuffersShouldBeReadInPlace() {
		List<String> received = new CopyOnWriteArrayList<>();
		startedViewInbound(MessagingPattern.POINT_TO_POINT, (frame, replier) -> {
			HeaderCursor headers = frame.headers();
			assertThat(headers.find("kind") && headers.stringValueEquals("test")).isTrue();
			received.add(text(frame));
		});
		OutboundEndpoint producer = startedBufferOutbound(MessagingPattern.POINT_TO_POINT);
		ByteBuffer payload = ByteBuffer.allocateDirect(16);
		for (int i = 0; i < 100; i++) {
			payload.clear().put(("xx" + i).getBytes(StandardCharsets.US_ASCII)).flip().position(2);
			producer.send(Map.of("kind", "test"), payload);
			assertThat(payload.position()).isEqualTo(2);
		}
		await().atMost(AWAIT).until(() -> received.size() == 100);
		assertThat(received).startsWith("0", "1", "2").endsWith("99");
		assertThat(producer.counters().messagesSent()).isEqualTo(100);
	}

	@Test
	void frameHandlersShouldReceiveCopiesOfFramesSentFromBuffers() {
		List<Frame> received = new CopyOnWriteArrayList<>();
		startedInbound(MessagingPattern.POINT_TO_POINT, options().build(),
				copying((frame, replier) -> received.add(frame)));
		OutboundEndpoint producer = startedBufferOutbound(MessagingPattern.POINT_TO_POINT);
		producer.send(Map.of("n", 3), ByteBuffer.wrap("abc".getBytes(StandardCharsets.UTF_8)));
		await().atMost(AWAIT).until(() -> received.size() == 1);
		assertThat(text(received.get(0))).isEqualTo("abc");
		assertThat(received.get(0).headers()).containsExactly(Map.entry("n", 3));
	}

	@Test
	void viewHandlerShouldAnswerRequests() {
		startedViewInbound(MessagingPattern.REQUEST_REPLY, (frame, replier) -> {
			String text = text(frame);
			if (text.startsWith("fail")) {
				throw new IllegalStateException("cannot handle " + text);
			}
			replier.reply(Frame.of(null, ("re:" + text).getBytes(StandardCharsets.UTF_8)));
		});
		OutboundEndpoint requester = startedOutbound(MessagingPattern.REQUEST_REPLY, options().build());
		assertThat(text(requester.request(frame("hello"), Duration.ofSeconds(10)))).isEqualTo("re:hello");
		assertThatExceptionOfType(RemoteHandlerException.class)
			.isThrownBy(() -> requester.request(frame("fail"), Duration.ofSeconds(10)))
			.withMessageContaining("cannot handle fail");
	}

	@Test
	void publishedBuffersShouldReachViewSubscribers() {
		List<String> first = new CopyOnWriteArrayList<>();
		List<String> second = new CopyOnWriteArrayList<>();
		startedViewInbound(MessagingPattern.PUBLISH_SUBSCRIBE, (frame, replier) -> first.add(text(frame)));
		startedInbound(MessagingPattern.PUBLISH_SUBSCRIBE, options().build(),
				copying((frame, replier) -> second.add(text(frame))));
		OutboundEndpoint publisher = track(
				ShmEndpoints.outbound("test", MessagingPattern.PUBLISH_SUBSCRIBE, options().minSubscribers(2).build()));
		publisher.start();
		publisher.send(Collections.emptyMap(), ByteBuffer.wrap("news".getBytes(StandardCharsets.UTF_8)));
		await().atMost(AWAIT).until(() -> first.size() == 1 && second.size() == 1);
		assertThat(first).containsExactly("news");
		assertThat(second).containsExactly("news");
	}

	@Test
	void sendingAndReceivingInPlaceShouldNotAllocatePerMessage() {
		int warmUp = 5_000;
		int measured = 50_000;
		AtomicLong received = new AtomicLong();
		long[] consumerAllocated = new long[2];
		startedViewInbound(MessagingPattern.POINT_TO_POINT, (frame, replier) -> {
			long n = received.get();
			if (n == warmUp) {
				consumerAllocated[0] = allocatedBytes();
			}
			else if (n == warmUp + measured) {
				consumerAllocated[1] = allocatedBytes();
			}
			received.set(n + frame.payloadLength() / 64);
		});
		OutboundEndpoint producer = startedBufferOutbound(MessagingPattern.POINT_TO_POINT);
		ByteBuffer payload = ByteBuffer.allocateDirect(64);
		Frame frame = Frame.of(null, new byte[64]);
		Map<String, Object> noHeaders = Collections.emptyMap();
		for (int i = 0; i < warmUp; i++) {
			producer.send(frame);
		}
		long before = allocatedBytes();
		for (int i = 0; i < measured / 2; i++) {
			producer.send(frame);
			producer.send(noHeaders, payload);
		}
		long producerAllocated = allocatedBytes() - before;
		producer.send(frame);
		await().atMost(AWAIT).until(() -> received.get() == warmUp + measured + 1);
		// 50,000 messages: one allocation per message would be at least 800 kB
		assertThat(producerAllocated).as("bytes allocated by the producer thread").isLessThan(16 * 1024);
		assertThat(consumerAllocated[1] - consumerAllocated[0]).as("bytes allocated by the reader thread")
			.isLessThan(16 * 1024);
	}

	private void startedViewInbound(MessagingPattern pattern, FrameHandler handler) {
		InboundEndpoint endpoint = track(ShmEndpoints.inbound("test", pattern, options().build()));
		endpoint.setHandler(handler);
		endpoint.start();
	}

	private OutboundEndpoint startedBufferOutbound(MessagingPattern pattern) {
		return startedOutbound(pattern, options().build());
	}

	private static String text(FrameView frame) {
		byte[] bytes = new byte[frame.payloadLength()];
		frame.getPayload(bytes, 0);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static long allocatedBytes() {
		return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
	}

}
