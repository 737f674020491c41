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

package org.hostipc.support;

import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameCodec;
import org.hostipc.wire.FrameLimits;
import org.hostipc.wire.FrameView;
import org.junit.jupiter.api.Test;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.IdGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link IpcMessageMapper#toMessage(FrameView, String, String)}, the mapping
 * straight from a frame checked in place: it must give the same message as mapping the
 * decoded frame.
 *
 * @author hostipc
 */
class IpcMessageMapperViewTests {

	private final IpcMessageMapper mapper = new IpcMessageMapper();

	private final FrameCodec codec = new FrameCodec(FrameLimits.DEFAULT);

	private final FrameView view = new FrameView(FrameLimits.DEFAULT);

	@Test
	void viewShouldMapToTheSameMessageAsTheDecodedFrame() {
		UUID trace = UUID.randomUUID();
		Message<String> sent = MessageBuilder.withPayload("grüße")
			.setHeader("text", "value")
			.setHeader("int", 7)
			.setHeader("long", 8L)
			.setHeader("flag", true)
			.setHeader("double", 1.5)
			.setHeader("trace", trace)
			.setHeader("bytes", new byte[] { 4, 5 })
			.build();
		this.mapper.setSourceHeaders(true);
		ByteBuffer encoded = encode(this.mapper.toFrame(sent));
		Message<?> fromFrame = this.mapper.toMessage(this.codec.decode(encoded.duplicate()).orElseThrow());
		Message<?> fromView = toMessage(encoded);
		assertThat(fromView.getPayload()).isEqualTo("grüße");
		Map<String, Object> expected = withoutIdAndTimestamp(fromFrame.getHeaders());
		Map<String, Object> actual = withoutIdAndTimestamp(fromView.getHeaders());
		assertThat((byte[]) actual.remove("bytes")).containsExactly(4, 5);
		expected.remove("bytes");
		expected.put(IpcHeaders.CHANNEL, "orders");
		expected.put(IpcHeaders.TRANSPORT, "shm");
		assertThat(actual).isEqualTo(expected)
			.containsEntry("trace", trace)
			.containsEntry(IpcHeaders.SOURCE_ID, sent.getHeaders().getId())
			.containsEntry(IpcHeaders.CHANNEL, "orders")
			.containsEntry(IpcHeaders.TRANSPORT, "shm");
	}

	@Test
	void viewShouldLeaveOutWhatThePeerMustNotSetAndGenerateNewIds() {
		UUID peerId = UUID.randomUUID();
		Map<String, Object> headers = new LinkedHashMap<>();
		headers.put(MessageHeaders.REPLY_CHANNEL, "someBean");
		headers.put(MessageHeaders.ERROR_CHANNEL, "otherBean");
		headers.put(MessageHeaders.ID, peerId);
		headers.put(MessageHeaders.TIMESTAMP, 1L);
		headers.put(IpcHeaders.CHANNEL, "spoofed");
		headers.put("kept", 1);
		ByteBuffer encoded = encode(Frame.of(headers, new byte[] { 9 }));
		MessageHeaders first = toMessage(encoded).getHeaders();
		MessageHeaders second = toMessage(encoded).getHeaders();
		assertThat(first).doesNotContainKeys(MessageHeaders.REPLY_CHANNEL, MessageHeaders.ERROR_CHANNEL)
			.containsEntry(IpcHeaders.CHANNEL, "orders")
			.containsEntry("kept", 1);
		assertThat(first.getId()).isNotNull().isNotEqualTo(peerId).isNotEqualTo(second.getId());
		assertThat(first.getTimestamp()).isGreaterThan(1L);
		assertThat(toMessage(encoded).getPayload()).isEqualTo(new byte[] { 9 });
	}

	@Test
	void viewShouldCarryTheReceiptHeaderOverAHeaderOfTheSameName() {
		ByteBuffer encoded = encode(Frame.of(Map.of("ipc_queueIndex", 1L, "kept", "yes"), new byte[0]));
		assertThat(this.view.wrap(encoded, 0, encoded.limit())).isNull();
		this.view.setReceiptHeader("ipc_queueIndex", 99L);
		assertThat(this.mapper.toMessage(this.view, "orders", "chronicle").getHeaders())
			.containsEntry("ipc_queueIndex", 99L)
			.containsEntry("kept", "yes")
			.containsEntry(IpcHeaders.TRANSPORT, "chronicle");
	}

	@Test
	void viewShouldConvertToThePayloadType() {
		this.mapper.setPayloadType(Order.class);
		Frame frame = Frame.of(Map.of(MessageHeaders.CONTENT_TYPE, "application/json"),
				"{\"id\":\"A1\",\"quantity\":3}".getBytes(StandardCharsets.UTF_8));
		assertThat(toMessage(encode(frame)).getPayload()).isEqualTo(new Order("A1", 3));
	}

	@Test
	void receivedIdsShouldComeFromAConfiguredIdGenerator() throws Exception {
		UUID fixed = new UUID(1, 2);
		IdGenerator generator = () -> fixed;
		Field field = MessageHeaders.class.getDeclaredField("idGenerator");
		field.setAccessible(true);
		field.set(null, generator);
		try {
			ByteBuffer encoded = encode(Frame.of(Map.of(), new byte[0]));
			assertThat(toMessage(encoded).getHeaders().getId()).isEqualTo(fixed);
			assertThat(this.mapper.toMessage(Frame.of(Map.of(), new byte[0])).getHeaders().getId()).isEqualTo(fixed);
		}
		finally {
			field.set(null, null);
		}
		assertThat(toMessage(encode(Frame.of(Map.of(), new byte[0]))).getHeaders().getId()).isNotEqualTo(fixed);
	}

	private ByteBuffer encode(Frame frame) {
		byte[] bytes = this.codec.encode(frame);
		return ByteBuffer.allocateDirect(bytes.length).order(ByteOrder.LITTLE_ENDIAN).put(bytes).flip();
	}

	private Message<?> toMessage(ByteBuffer encoded) {
		assertThat(this.view.wrap(encoded, 0, encoded.limit())).isNull();
		return this.mapper.toMessage(this.view, "orders", "shm");
	}

	private static Map<String, Object> withoutIdAndTimestamp(MessageHeaders headers) {
		Map<String, Object> copy = new LinkedHashMap<>(headers);
		copy.remove(MessageHeaders.ID);
		copy.remove(MessageHeaders.TIMESTAMP);
		return copy;
	}

	record Order(String id, int quantity) {
	}

}
