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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.hostipc.transport.EndpointCounters;
import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.IpcTimeoutException;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.transport.RemoteHandlerException;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameCodec;
import org.hostipc.wire.FrameFlags;
import org.junit.jupiter.api.Test;

import static org.hostipc.testsupport.Copies.copying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Request-reply over shared memory within one JVM.
 *
 * @author hostipc
 */
class ShmRequestReplyTests extends AbstractShmTests {

	private InboundEndpoint echoResponder() {
		return startedInbound(MessagingPattern.REQUEST_REPLY, options().build(), copying((frame, replier) -> {
			String text = text(frame);
			if (text.startsWith("fail")) {
				throw new IllegalArgumentException("cannot handle " + text);
			}
			if (!text.startsWith("ignore")) {
				replier.reply(Frame.of(Map.of("echo", true), ("re:" + text).getBytes(StandardCharsets.UTF_8)));
			}
		}));
	}

	@Test
	void requestShouldReturnTheReply() {
		InboundEndpoint responder = echoResponder();
		OutboundEndpoint requester = startedOutbound(MessagingPattern.REQUEST_REPLY, options().build());
		Frame reply = requester.request(frame("hello"), Duration.ofSeconds(10));
		assertThat(text(reply)).isEqualTo("re:hello");
		assertThat(reply.headers()).containsEntry("echo", true);
		assertThat(reply.hasFlag(FrameFlags.REPLY)).isTrue();
		assertThat(requester.counters().messagesSent()).isEqualTo(1);
		assertThat(requester.counters().messagesReceived()).isEqualTo(1);
		assertThat(responder.counters().messagesReceived()).isEqualTo(1);
		assertThat(responder.counters().messagesSent()).isEqualTo(1);
	}

	@Test
	void whenARequestIsSentThenItsCorrelationIdNamesTheReplyRingAndNoHeaderDoes() throws Exception {
		List<Frame> requests = new ArrayList<>();
		startedInbound(MessagingPattern.REQUEST_REPLY, options().build(), copying((frame, replier) -> {
			requests.add(frame);
			replier.reply(Frame.of(null, new byte[0]));
		}));
		OutboundEndpoint requester = startedOutbound(MessagingPattern.REQUEST_REPLY, options().build());
		requester.request(Frame.of(Map.of("kind", "quote"), new byte[0]), Duration.ofSeconds(10));
		assertThat(requests).singleElement().satisfies((request) -> {
			assertThat(request.headers()).containsOnlyKeys("kind");
			int token = (int) (request.correlationId() >>> 32);
			assertThat(token).isNotZero();
			assertThat(replyRings()).extracting((file) -> file.getFileName().toString())
				.containsExactly(String.format("test.reply-%08x.ring", token));
		});
	}

	@Test
	void concurrentRequestsShouldEachGetTheirOwnReply() throws Exception {
		echoResponder();
		OutboundEndpoint requester = startedOutbound(MessagingPattern.REQUEST_REPLY, options().build());
		ExecutorService executor = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> futures = new ArrayList<>();
			for (int i = 0; i < 400; i++) {
				String text = "r" + i;
				futures.add(executor.submit(() -> text(requester.request(frame(text), Duration.ofSeconds(20)))));
			}
			for (int i = 0; i < 400; i++) {
				assertThat(futures.get(i).get()).isEqualTo("re:r" + i);
			}
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void whenHandlerFailsThenRequesterGetsRemoteHandlerException() {
		InboundEndpoint responder = echoResponder();
		OutboundEndpoint requester = startedOutbound(MessagingPattern.REQUEST_REPLY, options().build());
		assertThatExceptionOfType(RemoteHandlerException.class)
			.isThrownBy(() -> requester.request(frame("fail-1"), Duration.ofSeconds(10)))
			.withMessageContaining("IllegalArgumentException: cannot handle fail-1");
		assertThat(responder.counters().errors(ErrorReason.HANDLER)).isEqualTo(1);
	}

	@Test
	void whenNoReplyArrivesThenRequestTimesOutAndLaterRequestsWork() {
		echoResponder();
		OutboundEndpoint requester = startedOutbound(MessagingPattern.REQUEST_REPLY, options().build());
		assertThatExceptionOfType(IpcTimeoutException.class)
			.isThrownBy(() -> requester.request(frame("ignore"), Duration.ofMillis(200)))
			.withMessageContaining("No reply");
		assertThat(requester.counters().errors(ErrorReason.TIMEOUT)).isEqualTo(1);
		assertThat(text(requester.request(frame("next"), Duration.ofSeconds(10)))).isEqualTo("re:next");
	}

	@Test
	void whenRequesterStopsThenItsReplyRingIsDeleted() throws Exception {
		echoResponder();
		OutboundEndpoint requester = startedOutbound(MessagingPattern.REQUEST_REPLY, options().build());
		requester.request(frame("x"), Duration.ofSeconds(10));
		assertThat(replyRings()).hasSize(1);
		requester.stop();
		assertThat(replyRings()).isEmpty();
	}

	@Test
	void whenARequestNamesNoLiveReplyRingThenNoReplyIsWrittenAnywhere() throws Exception {
		InboundEndpoint responder = echoResponder();
		ShmOptions options = options().build();
		ShmRing ring = new ShmFiles(options).open(options.directory().resolve("test.ring"));
		Frame request = new Frame(FrameFlags.REQUEST, ReplyRings.correlationId(0x7e57, 7), 0, Map.of(),
				"x".getBytes(StandardCharsets.UTF_8));
		FrameCodec codec = new FrameCodec(options.limits());
		RingWriter writer = new RingWriter(codec, options, new EndpointCounters());
		assertThat(writer.write(ring, request, request.flags(), request.correlationId(), request.timestamp(),
				codec.encodedLength(request), System.nanoTime() + 1_000_000_000L, true))
			.isEqualTo(RingWriter.Outcome.WRITTEN);
		await().atMost(AWAIT).until(() -> responder.counters().errors(ErrorReason.DISCONNECTED) == 1);
		assertThat(responder.counters().messagesSent()).isZero();
		assertThat(replyRings()).isEmpty();
	}

	@Test
	void whenARequestCarriesNoReplyTokenThenNoReplyIsWritten() {
		InboundEndpoint responder = echoResponder();
		ShmOptions options = options().build();
		ShmRing ring = new ShmFiles(options).open(options.directory().resolve("test.ring"));
		Frame request = new Frame(FrameFlags.REQUEST, 7, 0, Map.of(), "x".getBytes(StandardCharsets.UTF_8));
		FrameCodec codec = new FrameCodec(options.limits());
		RingWriter writer = new RingWriter(codec, options, new EndpointCounters());
		assertThat(writer.write(ring, request, request.flags(), request.correlationId(), request.timestamp(),
				codec.encodedLength(request), System.nanoTime() + 1_000_000_000L, true))
			.isEqualTo(RingWriter.Outcome.WRITTEN);
		await().atMost(AWAIT).until(() -> responder.counters().errors(ErrorReason.DISCONNECTED) == 1);
		assertThat(responder.counters().messagesSent()).isZero();
	}

	private List<Path> replyRings() throws Exception {
		try (Stream<Path> files = Files.list(this.directory.resolve("rings"))) {
			return files.filter((file) -> file.getFileName().toString().startsWith("test.reply-")).toList();
		}
	}

}
