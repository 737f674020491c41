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

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameCodec;
import org.hostipc.wire.FrameDescriptor;
import org.hostipc.wire.FrameLimits;

import static org.hostipc.testsupport.Copies.copying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests that bad bytes written by a raw socket are counted and do not bring a UDS server
 * down.
 *
 * @author hostipc
 */
class UdsCorruptFrameTests extends AbstractUdsTests {

	private final FrameCodec codec = new FrameCodec(FrameLimits.DEFAULT);

	@Test
	void frameWithBadChecksumShouldBeSkippedAndConnectionKept() throws Exception {
		List<Frame> received = new CopyOnWriteArrayList<>();
		InboundEndpoint server = startedInbound(MessagingPattern.POINT_TO_POINT, options().build(),
				copying((frame, replier) -> received.add(frame)));
		try (SocketChannel raw = SocketChannel.open(SocketFiles.address(socketPath()))) {
			byte[] corrupt = this.codec.encode(frame("corrupt"));
			corrupt[FrameDescriptor.PREFIX_LENGTH + 3] ^= 0x7f;
			raw.write(ByteBuffer.wrap(corrupt));
			raw.write(ByteBuffer.wrap(this.codec.encode(frame("valid"))));
			await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
			assertThat(text(received.get(0))).isEqualTo("valid");
			assertThat(server.counters().errors(ErrorReason.CHECKSUM)).isEqualTo(1);
			assertThat(server.counters().messagesReceived()).isEqualTo(1);
			assertThat(server.state().isUp()).isTrue();
			assertThat(server.describe()).containsEntry("peers", 1);
		}
	}

	@Test
	void malformedFrameWithAcceptableLengthShouldBeSkipped() throws Exception {
		List<Frame> received = new CopyOnWriteArrayList<>();
		InboundEndpoint server = startedInbound(MessagingPattern.POINT_TO_POINT, options().build(),
				copying((frame, replier) -> received.add(frame)));
		try (SocketChannel raw = SocketChannel.open(SocketFiles.address(socketPath()))) {
			byte[] badVersion = this.codec.encode(frame("v9"));
			badVersion[FrameDescriptor.VERSION_OFFSET] = 9;
			raw.write(ByteBuffer.wrap(badVersion));
			raw.write(ByteBuffer.wrap(this.codec.encode(frame("valid"))));
			await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
			assertThat(server.counters().errors(ErrorReason.DECODE)).isEqualTo(1);
		}
	}

	@Test
	void oversizeDeclaredLengthShouldCloseOnlyThatConnection() throws Exception {
		List<Frame> received = new CopyOnWriteArrayList<>();
		InboundEndpoint server = startedInbound(MessagingPattern.POINT_TO_POINT, options().build(),
				copying((frame, replier) -> received.add(frame)));
		OutboundEndpoint other = startedOutbound(MessagingPattern.POINT_TO_POINT, options().build());
		other.send(frame("before"));
		try (SocketChannel raw = SocketChannel.open(SocketFiles.address(socketPath()))) {
			ByteBuffer length = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
			length.putInt(FrameLimits.DEFAULT.maxFrameLength() + 1).putInt(0).flip();
			raw.write(length);
			assertThat(readUntilEndOfStream(raw)).as("bytes before end of stream (the accepted control frame)")
				.isPositive();
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> server.counters().errors(ErrorReason.OVERSIZE) == 1);
		assertThat(server.state().isUp()).isTrue();
		other.send(frame("after"));
		OutboundEndpoint newcomer = startedOutbound(MessagingPattern.POINT_TO_POINT, options().build());
		newcomer.send(frame("new client"));
		await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 3);
		assertThat(received).extracting(AbstractUdsTests::text)
			.containsExactlyInAnyOrder("before", "after", "new client");
	}

	@Test
	void endOfStreamInsideFrameShouldBeCountedAndDiscarded() throws Exception {
		List<Frame> received = new CopyOnWriteArrayList<>();
		InboundEndpoint server = startedInbound(MessagingPattern.POINT_TO_POINT, options().build(),
				copying((frame, replier) -> received.add(frame)));
		try (SocketChannel raw = SocketChannel.open(SocketFiles.address(socketPath()))) {
			assertThat(readAcceptedFrame(raw).headers()).containsEntry(ControlFrames.TYPE_HEADER,
					ControlFrames.ACCEPTED);
			byte[] bytes = this.codec.encode(frame("cut"));
			raw.write(ByteBuffer.wrap(bytes, 0, bytes.length - 5));
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> server.counters().errors(ErrorReason.DECODE) == 1);
		assertThat(received).isEmpty();
		assertThat(server.state().isUp()).isTrue();
	}

	private Frame readAcceptedFrame(SocketChannel channel) throws Exception {
		ByteBuffer length = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
		while (length.hasRemaining()) {
			channel.read(length);
		}
		ByteBuffer frame = ByteBuffer.allocate(length.getInt(0));
		frame.put(length.flip());
		while (frame.hasRemaining()) {
			channel.read(frame);
		}
		return this.codec.decode(frame.flip()).orElseThrow();
	}

	private static int readUntilEndOfStream(SocketChannel channel) throws Exception {
		ByteBuffer buffer = ByteBuffer.allocate(4096);
		int total = 0;
		int read;
		while ((read = channel.read(buffer)) >= 0) {
			total += read;
			buffer.clear();
		}
		return total;
	}

}
