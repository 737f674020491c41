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

package org.hostipc.uds;

import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.IpcTimeoutException;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.transport.PeerUnavailableException;
import org.hostipc.transport.RemoteHandlerException;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameCodec;
import org.hostipc.wire.FrameFlags;
import org.hostipc.wire.FrameLimits;

import static org.hostipc.testsupport.Copies.copying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests for request-reply channels over Unix domain sockets in one JVM.
 *
 * @author hostipc
 */
class UdsRequestReplyTests extends AbstractUdsTests {

	private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(10);

	private InboundEndpoint echoServer() {
		return startedInbound(MessagingPattern.REQUEST_REPLY, options().build(), copying(
				(frame, replier) -> replier.reply(Frame.of(Map.of("echo", true), ("re:" + text(frame)).getBytes()))));
	}

	@Test
	void concurrentRequestsOnOneConnectionShouldEachGetTheirOwnReply() throws Exception {
		InboundEndpoint server = echoServer();
		OutboundEndpoint client = startedOutbound(MessagingPattern.REQUEST_REPLY, options().build());
		ExecutorService executor = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				int thread = t;
				results.add(executor.submit(() -> {
					int matched = 0;
					for (int i = 0; i < 200; i++) {
						String body = thread + "-" + i;
						Frame reply = client.request(frame(body), REPLY_TIMEOUT);
						assertThat(text(reply)).isEqualTo("re:" + body);
						assertThat(reply.hasFlag(FrameFlags.REPLY)).isTrue();
						assertThat(reply.headers()).containsEntry("echo", true);
						matched++;
					}
					return matched;
				}));
			}
			for (Future<Integer> result : results) {
				assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(200);
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(client.counters().messagesSent()).isEqualTo(1600);
		assertThat(client.counters().messagesReceived()).isEqualTo(1600);
		assertThat(server.counters().messagesReceived()).isEqualTo(1600);
		assertThat(server.counters().messagesSent()).isEqualTo(1600);
		assertThat(client.counters().errors() + server.counters().errors()).isZero();
		assertThat(client.describe()).containsEntry("pendingRequests", 0);
	}

	@Test
	void requestWithoutReplyShouldTimeOutAndLateReplyShouldBeCounted() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		startedInbound(MessagingPattern.REQUEST_REPLY, options().build(), copying((frame, replier) -> {
			release.await();
			replier.reply(frame("late"));
		}));
		OutboundEndpoint client = startedOutbound(MessagingPattern.REQUEST_REPLY, options().build());
		assertThatExceptionOfType(IpcTimeoutException.class)
			.isThrownBy(() -> client.request(frame("q"), Duration.ofMillis(200)))
			.withMessageContaining("No reply on channel 'test'");
		assertThat(client.counters().errors(ErrorReason.TIMEOUT)).isEqualTo(1);
		assertThat(client.describe()).containsEntry("pendingRequests", 0);
		release.countDown();
		await().atMost(Duration.ofSeconds(10)).until(() -> client.counters().errors(ErrorReason.TIMEOUT) == 2);
		assertThat(client.counters().messagesReceived()).isEqualTo(1);
	}

	@Test
	void handlerExceptionShouldBecomeRemoteHandlerExceptionAndKeepConnection() {
		InboundEndpoint server = startedInbound(MessagingPattern.REQUEST_REPLY, options().build(),
				copying((frame, replier) -> {
					if (text(frame).equals("fail")) {
						throw new IllegalArgumentException("cannot handle fail");
					}
					replier.reply(frame("ok"));
				}));
		OutboundEndpoint client = startedOutbound(MessagingPattern.REQUEST_REPLY, options().build());
		assertThatExceptionOfType(RemoteHandlerException.class)
			.isThrownBy(() -> client.request(frame("fail"), REPLY_TIMEOUT))
			.withMessage("IllegalArgumentException: cannot handle fail");
		assertThat(server.counters().errors(ErrorReason.HANDLER)).isEqualTo(1);
		assertThat(text(client.request(frame("next"), REPLY_TIMEOUT))).isEqualTo("ok");
		assertThat(server.describe()).containsEntry("peers", 1);
	}

	@Test
	void lostConnectionShouldFailPendingRequestPromptly() throws Exception {
		FrameCodec codec = new FrameCodec(FrameLimits.DEFAULT);
		try (ServerSocketChannel fakeServer = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
			fakeServer.bind(SocketFiles.address(socketPath()));
			OutboundEndpoint client = startedOutbound(MessagingPattern.REQUEST_REPLY, options().build());
			Thread closer = new Thread(() -> {
				try (SocketChannel connection = fakeServer.accept()) {
					connection.write(ControlFrames.encode(codec, ControlFrames.ACCEPTED));
					ByteBuffer request = ByteBuffer.allocate(64);
					connection.read(request);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			closer.start();
			long start = System.nanoTime();
			assertThatExceptionOfType(PeerUnavailableException.class)
				.isThrownBy(() -> client.request(frame("q"), Duration.ofSeconds(30)))
				.withMessageContaining("was lost before the reply arrived");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
			assertThat(client.counters().errors(ErrorReason.DISCONNECTED)).isEqualTo(1);
			closer.join(10_000);
		}
	}

	@Test
	void stopShouldFailPendingRequests() throws Exception {
		CountDownLatch handling = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		startedInbound(MessagingPattern.REQUEST_REPLY, options().build(), copying((frame, replier) -> {
			handling.countDown();
			release.await();
		}));
		OutboundEndpoint client = startedOutbound(MessagingPattern.REQUEST_REPLY, options().build());
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			Future<Frame> reply = executor.submit(() -> client.request(frame("q"), Duration.ofSeconds(30)));
			assertThat(handling.await(10, TimeUnit.SECONDS)).isTrue();
			client.stop();
			assertThat(reply).failsWithin(Duration.ofSeconds(10))
				.withThrowableOfType(java.util.concurrent.ExecutionException.class)
				.withCauseInstanceOf(PeerUnavailableException.class);
		}
		finally {
			release.countDown();
			executor.shutdownNow();
		}
	}

}
