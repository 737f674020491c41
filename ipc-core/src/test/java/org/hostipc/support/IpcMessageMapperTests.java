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

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameCodec;
import org.hostipc.wire.FrameLimits;
import org.junit.jupiter.api.Test;

import org.springframework.integration.IntegrationMessageHeaderAccessor;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.ByteArrayMessageConverter;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link IpcMessageMapper}.
 *
 * @author hostipc
 */
class IpcMessageMapperTests {

	private final IpcMessageMapper mapper = new IpcMessageMapper();

	private final FrameCodec codec = new FrameCodec(FrameLimits.DEFAULT);

	@Test
	void replyShouldNotInheritTheRequestsContentType() {
		Message<String> request = MessageBuilder.withPayload("ACME").build();
		Frame requestFrame = this.mapper.toFrame(request);
		Message<?> received = this.mapper.toMessage(requestFrame);
		Message<Quote> reply = MessageBuilder.withPayload(new Quote("ACME", 1.5))
			.copyHeaders(received.getHeaders())
			.build();
		Frame replyFrame = this.mapper.toReplyFrame(reply, received);
		assertThat(replyFrame.headers()).containsEntry(MessageHeaders.CONTENT_TYPE, "application/json");
		assertThat(new String(replyFrame.payload(), StandardCharsets.UTF_8))
			.isEqualTo("{\"symbol\":\"ACME\",\"price\":1.5}");
	}

	@Test
	void replyShouldKeepAContentTypeTheHandlerChose() {
		Message<?> received = this.mapper.toMessage(this.mapper.toFrame(MessageBuilder.withPayload("ACME").build()));
		Message<String> reply = MessageBuilder.withPayload("{\"price\":1}")
			.copyHeaders(received.getHeaders())
			.setHeader(MessageHeaders.CONTENT_TYPE, "application/json")
			.build();
		assertThat(this.mapper.toReplyFrame(reply, received).headers()).containsEntry(MessageHeaders.CONTENT_TYPE,
				"application/json");
	}

	@Test
	void replyFrameShouldLeaveOutHeadersInheritedUnchangedFromTheRequest() {
		Message<?> received = this.mapper.toMessage(this.mapper
			.toFrame(MessageBuilder.withPayload("ACME").setHeader("tenant", "acme").setHeader("region", "eu").build()));
		Message<String> reply = MessageBuilder.withPayload("ok")
			.copyHeaders(received.getHeaders())
			.setHeader("region", "us")
			.setHeader("status", "filled")
			.build();
		Map<String, Object> headers = this.mapper.toReplyFrame(reply, received).headers();
		assertThat(headers).doesNotContainKey("tenant")
			.doesNotContainKey(IpcHeaders.SOURCE_ID)
			.containsEntry("region", "us")
			.containsEntry("status", "filled");
		assertThat(this.mapper.toFrame(reply).headers()).containsEntry("tenant", "acme");
	}

	record Quote(String symbol, double price) {
	}

	@Test
	void byteArrayShouldBeSentAsIsWithoutHeaders() {
		byte[] payload = { 1, 2, 3 };
		Frame frame = this.mapper.toFrame(MessageBuilder.withPayload(payload).build());
		assertThat(frame.payload()).isSameAs(payload);
		assertThat(frame.headers()).isEmpty();
		assertThat(frame.flags()).isZero();
		assertThat(frame.correlationId()).isZero();
		assertThat(frame.timestamp()).isZero();
		Message<?> received = overTheWire(frame);
		assertThat(received.getPayload()).isEqualTo(payload);
		assertThat(received.getHeaders()).doesNotContainKey(MessageHeaders.CONTENT_TYPE);
	}

	@Test
	void byteArrayShouldKeepItsContentType() {
		Frame frame = this.mapper.toFrame(MessageBuilder.withPayload(new byte[] { 1 })
			.setHeader(MessageHeaders.CONTENT_TYPE, "application/octet-stream")
			.build());
		assertThat(frame.headers()).containsOnly(Map.entry(MessageHeaders.CONTENT_TYPE, "application/octet-stream"));
	}

	@Test
	void byteArrayReplyToATextRequestShouldBeLabelledAsBytes() {
		Message<?> received = this.mapper.toMessage(this.mapper.toFrame(MessageBuilder.withPayload("ACME").build()));
		Message<byte[]> reply = MessageBuilder.withPayload(new byte[] { 1 }).copyHeaders(received.getHeaders()).build();
		assertThat(this.mapper.toReplyFrame(reply, received).headers()).containsEntry(MessageHeaders.CONTENT_TYPE,
				"application/octet-stream");
		Message<byte[]> bareReply = MessageBuilder.withPayload(new byte[] { 1 }).build();
		assertThat(this.mapper.toReplyFrame(bareReply, received).headers()).containsEntry(MessageHeaders.CONTENT_TYPE,
				"application/octet-stream");
		Message<?> bytesRequest = this.mapper
			.toMessage(this.mapper.toFrame(MessageBuilder.withPayload(new byte[0]).build()));
		assertThat(this.mapper.toReplyFrame(bareReply, bytesRequest).headers()).isEmpty();
	}

	@Test
	void stringShouldBeSentAsUtf8PlainText() {
		Frame frame = this.mapper.toFrame(MessageBuilder.withPayload("grüße 🚀").build());
		assertThat(frame.payload()).isEqualTo("grüße 🚀".getBytes(StandardCharsets.UTF_8));
		assertThat(frame.headers()).containsEntry(MessageHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8");
		assertThat(overTheWire(frame).getPayload()).isEqualTo("grüße 🚀");
	}

	@Test
	void stringShouldBeEncodedInTheCharsetOfItsContentType() {
		Message<String> message = MessageBuilder.withPayload("é")
			.setHeader(MessageHeaders.CONTENT_TYPE, "text/plain;charset=ISO-8859-1")
			.build();
		Frame frame = this.mapper.toFrame(message);
		assertThat(frame.payload()).containsExactly(0xE9);
		assertThat(overTheWire(frame).getPayload()).isEqualTo("é");
	}

	@Test
	void stringWithJsonContentTypeShouldStayJsonText() {
		Message<String> message = MessageBuilder.withPayload("{\"id\":\"A1\"}")
			.setHeader(MessageHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON)
			.build();
		Frame frame = this.mapper.toFrame(message);
		assertThat(new String(frame.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"A1\"}");
		assertThat(frame.headers()).containsEntry(MessageHeaders.CONTENT_TYPE, "application/json");
	}

	@Test
	void objectShouldBeSentAsJson() {
		Frame frame = this.mapper.toFrame(MessageBuilder.withPayload(new Order("A1", 3)).build());
		assertThat(new String(frame.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"A1\",\"quantity\":3}");
		assertThat(frame.headers()).containsEntry(MessageHeaders.CONTENT_TYPE, "application/json");
		Message<?> received = overTheWire(frame);
		assertThat(received.getPayload()).isEqualTo(frame.payload());
	}

	@Test
	void objectShouldBeSentAsJsonForAJsonSuffixContentType() {
		Message<Order> message = MessageBuilder.withPayload(new Order("A2", 1))
			.setHeader(MessageHeaders.CONTENT_TYPE, "application/vnd.orders+json")
			.build();
		Frame frame = this.mapper.toFrame(message);
		assertThat(new String(frame.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"A2\",\"quantity\":1}");
		assertThat(frame.headers()).containsEntry(MessageHeaders.CONTENT_TYPE, "application/vnd.orders+json");
	}

	@Test
	void objectThatNoConverterWritesShouldFailClearly() {
		Message<Order> asText = MessageBuilder.withPayload(new Order("A3", 1))
			.setHeader(MessageHeaders.CONTENT_TYPE, "text/plain")
			.build();
		assertThatExceptionOfType(MessageConversionException.class).isThrownBy(() -> this.mapper.toFrame(asText))
			.withMessage("No converter can write a payload of type " + Order.class.getName()
					+ " as text/plain, or send byte[] or String");
		IpcMessageMapper bytesOnly = new IpcMessageMapper(new ByteArrayMessageConverter());
		assertThatExceptionOfType(MessageConversionException.class)
			.isThrownBy(() -> bytesOnly.toFrame(MessageBuilder.withPayload(new Order("A4", 1)).build()))
			.withMessageContaining("as application/json");
	}

	@Test
	void invalidOutboundContentTypeShouldFail() {
		Message<String> message = MessageBuilder.withPayload("x")
			.setHeader(MessageHeaders.CONTENT_TYPE, "not a mime type")
			.build();
		assertThatExceptionOfType(MessageConversionException.class).isThrownBy(() -> this.mapper.toFrame(message))
			.withMessageContaining("Invalid contentType header 'not a mime type'");
	}

	@Test
	void mimeTypeContentTypeShouldBeSentAsString() {
		Message<byte[]> message = MessageBuilder.withPayload(new byte[] { 1 })
			.setHeader(MessageHeaders.CONTENT_TYPE, new MimeType("application", "x-protobuf"))
			.build();
		assertThat(this.mapper.toFrame(message).headers()).containsEntry(MessageHeaders.CONTENT_TYPE,
				"application/x-protobuf");
	}

	@Test
	void standardAndUserHeadersShouldCross() {
		UUID correlationId = UUID.randomUUID();
		Message<String> message = MessageBuilder.withPayload("x")
			.setHeader(IntegrationMessageHeaderAccessor.CORRELATION_ID, correlationId)
			.setHeader(IntegrationMessageHeaderAccessor.SEQUENCE_NUMBER, 2)
			.setHeader(IntegrationMessageHeaderAccessor.SEQUENCE_SIZE, 5)
			.setHeader(IntegrationMessageHeaderAccessor.PRIORITY, 9)
			.setHeader(IntegrationMessageHeaderAccessor.EXPIRATION_DATE, 1_900_000_000_000L)
			.setHeader(IpcHeaders.TRACEPARENT, "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
			.setHeader(IpcHeaders.TRACESTATE, "congo=t61rcWkgMzE")
			.setHeader("userString", "ü")
			.setHeader("userLong", 7L)
			.setHeader("userBoolean", true)
			.setHeader("userBytes", new byte[] { 4 })
			.setHeader("userDouble", 0.5)
			.setHeader("userShort", (short) 3)
			.build();
		Message<?> received = overTheWire(this.mapper.toFrame(message));
		MessageHeaders headers = received.getHeaders();
		assertThat(headers).containsEntry(IntegrationMessageHeaderAccessor.CORRELATION_ID, correlationId)
			.containsEntry(IntegrationMessageHeaderAccessor.SEQUENCE_NUMBER, 2)
			.containsEntry(IntegrationMessageHeaderAccessor.SEQUENCE_SIZE, 5)
			.containsEntry(IntegrationMessageHeaderAccessor.PRIORITY, 9)
			.containsEntry(IntegrationMessageHeaderAccessor.EXPIRATION_DATE, 1_900_000_000_000L)
			.containsEntry(IpcHeaders.TRACEPARENT, "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
			.containsEntry(IpcHeaders.TRACESTATE, "congo=t61rcWkgMzE")
			.containsEntry("userString", "ü")
			.containsEntry("userLong", 7L)
			.containsEntry("userBoolean", true)
			.containsEntry("userDouble", 0.5)
			.containsEntry("userShort", 3)
			.containsEntry(MessageHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8");
		assertThat(headers.get("userBytes")).isEqualTo(new byte[] { 4 });
		assertThat(new IntegrationMessageHeaderAccessor(received).getSequenceNumber()).isEqualTo(2);
	}

	@Test
	void idAndTimestampShouldNotBeSentByDefault() {
		Message<String> message = MessageBuilder.withPayload("x").setHeader("kept", 1).build();
		Frame frame = this.mapper.toFrame(message);
		assertThat(frame.headers()).containsOnlyKeys(MessageHeaders.CONTENT_TYPE, "kept");
		Message<?> received = overTheWire(frame);
		assertThat(received.getHeaders()).doesNotContainKeys(IpcHeaders.SOURCE_ID, IpcHeaders.SOURCE_TIMESTAMP);
		assertThat(received.getHeaders().getId()).isNotNull().isNotEqualTo(message.getHeaders().getId());
	}

	@Test
	void idAndTimestampShouldTravelAsSourceHeadersWhenEnabled() {
		this.mapper.setSourceHeaders(true);
		assertThat(this.mapper.isSourceHeaders()).isTrue();
		Message<String> message = MessageBuilder.withPayload("x").build();
		Frame frame = this.mapper.toFrame(message);
		assertThat(frame.headers()).doesNotContainKeys(MessageHeaders.ID, MessageHeaders.TIMESTAMP);
		Message<?> received = overTheWire(frame);
		assertThat(received.getHeaders()).containsEntry(IpcHeaders.SOURCE_ID, message.getHeaders().getId())
			.containsEntry(IpcHeaders.SOURCE_TIMESTAMP, message.getHeaders().getTimestamp());
		assertThat(received.getHeaders().getId()).isNotNull().isNotEqualTo(message.getHeaders().getId());
		assertThat(received.getHeaders().getTimestamp()).isNotNull();
	}

	@Test
	void sourceHeadersShouldDescribeTheMessageBeingSent() {
		this.mapper.setSourceHeaders(true);
		Message<String> forwarded = MessageBuilder.withPayload("x")
			.setHeader(IpcHeaders.SOURCE_ID, UUID.randomUUID())
			.setHeader(IpcHeaders.SOURCE_TIMESTAMP, 1L)
			.build();
		Frame frame = this.mapper.toFrame(forwarded);
		assertThat(frame.headers()).containsEntry(IpcHeaders.SOURCE_ID, forwarded.getHeaders().getId())
			.containsEntry(IpcHeaders.SOURCE_TIMESTAMP, forwarded.getHeaders().getTimestamp());
	}

	@Test
	void sourceHeadersOfAnEarlierHopShouldBeForwardedByDefault() {
		UUID origin = UUID.randomUUID();
		Message<String> forwarded = MessageBuilder.withPayload("x")
			.setHeader(IpcHeaders.SOURCE_ID, origin)
			.setHeader(IpcHeaders.SOURCE_TIMESTAMP, 1L)
			.build();
		assertThat(this.mapper.toFrame(forwarded).headers()).containsEntry(IpcHeaders.SOURCE_ID, origin)
			.containsEntry(IpcHeaders.SOURCE_TIMESTAMP, 1L);
	}

	@Test
	void localAndUnsupportedHeadersShouldBeLeftOut() {
		Message<String> message = MessageBuilder.withPayload("x")
			.setReplyChannel(new QueueChannel())
			.setErrorChannelName("errors")
			.setHeader(IpcHeaders.TRANSPORT, "uds")
			.setHeader(IpcHeaders.CHANNEL, "orders")
			.setHeader("date", LocalDate.of(2026, 1, 1))
			.setHeader("list", List.of(1, 2))
			.setHeader("counter", new AtomicInteger(1))
			.setHeader("kept", 1)
			.build();
		Frame frame = this.mapper.toFrame(message);
		assertThat(frame.headers()).containsOnlyKeys(MessageHeaders.CONTENT_TYPE, "kept");
		assertThat(this.codec.encode(frame)).isNotEmpty();
	}

	@Test
	void headerPatternsShouldSelectTheHeadersSent() {
		this.mapper.setHeaderPatterns("!secret*", "user*");
		Message<String> message = MessageBuilder.withPayload("x")
			.setHeader("secretToken", "s")
			.setHeader("userName", "u")
			.setHeader("other", "o")
			.build();
		assertThat(this.mapper.toFrame(message).headers()).containsOnlyKeys(MessageHeaders.CONTENT_TYPE, "userName");
	}

	@Test
	void inboundPayloadShouldFollowTheContentType() {
		byte[] bytes = "héllo".getBytes(StandardCharsets.UTF_8);
		assertThat(received(bytes, null)).isEqualTo(bytes);
		assertThat(received(bytes, "application/octet-stream")).isEqualTo(bytes);
		assertThat(received(bytes, "application/json")).isEqualTo(bytes);
		assertThat(received(bytes, "application/vnd.orders+json")).isEqualTo(bytes);
		assertThat(received(bytes, "text/plain")).isEqualTo("héllo");
		assertThat(received(bytes, "text/html;charset=UTF-8")).isEqualTo("héllo");
		assertThat(received(bytes, "text/plain;charset=ISO-8859-1")).isEqualTo("hÃ©llo");
		assertThat(received(bytes, "not a mime type")).isEqualTo(bytes);
		assertThat(received(bytes, "text/plain;charset=no-such-charset")).isEqualTo(bytes);
	}

	@Test
	void inboundPayloadShouldBeConvertedToTheConfiguredType() {
		byte[] json = "{\"id\":\"A5\",\"quantity\":4}".getBytes(StandardCharsets.UTF_8);
		this.mapper.setPayloadType(Order.class);
		assertThat(this.mapper.getPayloadType()).isEqualTo(Order.class);
		assertThat(received(json, "application/json")).isEqualTo(new Order("A5", 4));
		assertThat(received(json, null)).isEqualTo(new Order("A5", 4));
		assertThatExceptionOfType(MessageConversionException.class).isThrownBy(() -> received(json, "text/plain"))
			.withMessage(
					"Cannot convert a payload of 24 bytes with content type text/plain to " + Order.class.getName());
		this.mapper.setPayloadType(String.class);
		assertThat(received(json, "application/json")).isEqualTo("{\"id\":\"A5\",\"quantity\":4}");
		assertThat(received(new byte[] { (byte) 0xE9 }, "text/plain;charset=ISO-8859-1")).isEqualTo("é");
		assertThat(received("ü".getBytes(StandardCharsets.UTF_8), "application/octet-stream")).isEqualTo("ü");
		this.mapper.setPayloadType(byte[].class);
		assertThat(received(json, "text/plain")).isEqualTo(json);
	}

	@Test
	void inboundReplyAndErrorChannelsShouldBeDropped() {
		Frame frame = Frame.of(
				Map.of(MessageHeaders.REPLY_CHANNEL, "someBean", MessageHeaders.ERROR_CHANNEL, "otherBean", "kept", 1),
				new byte[0]);
		MessageHeaders headers = this.mapper.toMessage(frame).getHeaders();
		assertThat(headers).doesNotContainKeys(MessageHeaders.REPLY_CHANNEL, MessageHeaders.ERROR_CHANNEL)
			.containsEntry("kept", 1);
		assertThat(headers.getReplyChannel()).isNull();
	}

	private Object received(byte[] payload, String contentType) {
		Map<String, Object> headers = (contentType != null) ? Map.of(MessageHeaders.CONTENT_TYPE, contentType)
				: Map.of();
		Message<?> message = overTheWire(Frame.of(headers, payload));
		assertThat(message.getHeaders().get(MessageHeaders.CONTENT_TYPE)).isEqualTo(contentType);
		return message.getPayload();
	}

	private Message<?> overTheWire(Frame frame) {
		byte[] bytes = this.codec.encode(frame);
		return this.mapper.toMessage(this.codec.decode(ByteBuffer.wrap(bytes)).orElseThrow());
	}

	record Order(String id, int quantity) {
	}

}
