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

package org.hostipc.wire;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for encoding with {@link FrameCodec} and decoding what it wrote.
 *
 * @author hostipc
 */
class FrameCodecTests {

	private final FrameCodec codec = new FrameCodec(FrameLimits.DEFAULT);

	@Test
	void headersOfEveryTypeShouldRoundTrip() {
		Map<String, Object> headers = new LinkedHashMap<>();
		headers.put("ascii", "text/plain;charset=UTF-8");
		headers.put("nonAscii", "grüße, 東京, ☕");
		headers.put("emoji", "🚀 👍🏽 🇨🇭");
		headers.put("emptyString", "");
		headers.put("int", 42);
		headers.put("intMin", Integer.MIN_VALUE);
		headers.put("intMax", Integer.MAX_VALUE);
		headers.put("long", -7L);
		headers.put("longMax", Long.MAX_VALUE);
		headers.put("true", true);
		headers.put("false", false);
		headers.put("bytes", new byte[] { 0, -1, 127, -128 });
		headers.put("emptyBytes", new byte[0]);
		headers.put("double", 3.25);
		headers.put("nan", Double.NaN);
		headers.put("negativeZero", -0.0);
		headers.put("infinity", Double.NEGATIVE_INFINITY);
		headers.put("uuid", UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
		headers.put("ключ-ü-🔑", "non-ASCII key");
		Frame frame = new Frame(FrameFlags.REQUEST, 99, 123456789, headers, "payload".getBytes(StandardCharsets.UTF_8));
		Frame decoded = roundTrip(frame);
		assertThat(decoded).isEqualTo(frame);
		assertThat(List.copyOf(decoded.headers().keySet())).containsExactlyElementsOf(headers.keySet());
		assertThat(decoded.headers().get("bytes")).isEqualTo(new byte[] { 0, -1, 127, -128 });
		assertThat(decoded.headers().get("emoji")).isEqualTo("🚀 👍🏽 🇨🇭");
		assertThat(decoded.headers().get("uuid")).isEqualTo(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
		assertThat((Double) decoded.headers().get("nan")).isNaN();
		assertThat(Double.doubleToRawLongBits((Double) decoded.headers().get("negativeZero")))
			.isEqualTo(Double.doubleToRawLongBits(-0.0));
	}

	@Test
	void emptyFrameShouldRoundTripInPrefixCountAndChecksum() {
		Frame frame = Frame.of(Map.of(), new byte[0]);
		byte[] bytes = this.codec.encode(frame);
		assertThat(bytes).hasSize(FrameDescriptor.MIN_FRAME_LENGTH + HeaderCodec.MIN_BLOCK_LENGTH);
		Frame decoded = this.codec.decode(ByteBuffer.wrap(bytes)).orElseThrow();
		assertThat(decoded).isEqualTo(frame);
		assertThat(decoded.headers()).isEmpty();
		assertThat(decoded.payload()).isEmpty();
	}

	@Test
	void nullHeadersAndPayloadShouldEncodeAsEmpty() {
		Frame decoded = roundTrip(new Frame(0, 0, 0, null, null));
		assertThat(decoded.headers()).isEmpty();
		assertThat(decoded.payload()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, FrameFlags.REQUEST, FrameFlags.REPLY, FrameFlags.REPLY | FrameFlags.ERROR,
			FrameFlags.CONTROL, FrameFlags.KNOWN_BITS })
	void flagsShouldRoundTrip(int flags) {
		Frame decoded = roundTrip(new Frame(flags, 1, 2, Map.of(), new byte[] { 1 }));
		assertThat(decoded.flags()).isEqualTo(flags);
		assertThat(decoded.hasFlag(FrameFlags.REQUEST)).isEqualTo((flags & FrameFlags.REQUEST) != 0);
	}

	@ParameterizedTest
	@ValueSource(longs = { 0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x0102030405060708L })
	void correlationIdAndTimestampShouldRoundTripEveryBit(long value) {
		Frame decoded = roundTrip(new Frame(FrameFlags.REPLY, value, ~value, Map.of(), new byte[0]));
		assertThat(decoded.correlationId()).isEqualTo(value);
		assertThat(decoded.timestamp()).isEqualTo(~value);
	}

	@Test
	void narrowNumbersShouldDecodeAsTheirWireType() {
		Map<String, Object> headers = new LinkedHashMap<>();
		headers.put("short", (short) -3);
		headers.put("byte", (byte) 7);
		headers.put("float", 1.5f);
		Map<String, Object> decoded = roundTrip(Frame.of(headers, null)).headers();
		assertThat(decoded).containsEntry("short", -3).containsEntry("byte", 7).containsEntry("float", 1.5);
	}

	@Test
	void unpairedSurrogateInValueShouldBeWrittenAsQuestionMark() {
		Frame frame = Frame.of(Map.of("broken", "a\uD800b"), null);
		assertThat(this.codec.encodedLength(frame)).isEqualTo(this.codec.encode(frame).length);
		assertThat(roundTrip(frame).headers()).containsEntry("broken", "a?b");
	}

	@Test
	void encodedLengthShouldMatchTheEncodedBytes() {
		Frame frame = new Frame(0, 0, 0, Map.of("k", "vä🚀", "n", 1L), new byte[17]);
		assertThat(this.codec.encodedLength(frame)).isEqualTo(this.codec.encode(frame).length);
	}

	@Test
	void encodeIntoBufferShouldWriteAtPositionAdvanceAndKeepByteOrder() {
		Frame frame = new Frame(FrameFlags.REQUEST, 5, 6, Map.of("a", 1), new byte[] { 9, 8, 7 });
		ByteBuffer buffer = ByteBuffer.allocate(200).order(ByteOrder.BIG_ENDIAN);
		buffer.position(10);
		int written = this.codec.encode(frame, buffer);
		assertThat(written).isEqualTo(this.codec.encodedLength(frame));
		assertThat(buffer.position()).isEqualTo(10 + written);
		assertThat(buffer.order()).isEqualTo(ByteOrder.BIG_ENDIAN);
		byte[] expected = this.codec.encode(frame);
		byte[] actual = new byte[written];
		buffer.get(10, actual);
		assertThat(actual).isEqualTo(expected);
	}

	@Test
	void encodeIntoDirectBufferShouldWriteTheSameBytesAndKeepItsLimit() {
		Frame frame = new Frame(0, 1, 2, Map.of("u", UUID.randomUUID(), "s", "ü"), new byte[] { 3 });
		byte[] expected = this.codec.encode(frame);
		ByteBuffer direct = ByteBuffer.allocateDirect(expected.length + 20).position(7).limit(expected.length + 17);
		assertThat(this.codec.encode(frame, direct)).isEqualTo(expected.length);
		assertThat(direct.position()).isEqualTo(7 + expected.length);
		assertThat(direct.limit()).isEqualTo(expected.length + 17);
		byte[] actual = new byte[expected.length];
		direct.get(7, actual);
		assertThat(actual).isEqualTo(expected);
	}

	@Test
	void encodeIntoTooSmallBufferShouldThrowAndWriteNothing() {
		Frame frame = Frame.of(Map.of(), new byte[100]);
		ByteBuffer buffer = ByteBuffer.allocate(100);
		assertThatExceptionOfType(FrameEncodingException.class).isThrownBy(() -> this.codec.encode(frame, buffer))
			.withMessageContaining("Buffer has 100 bytes, the frame needs 138");
		assertThat(buffer.position()).isZero();
		assertThat(buffer.array()).containsOnly(0);
	}

	@Test
	void decodeShouldReadDirectReadOnlyAndOffsetBuffers() {
		Frame frame = new Frame(0, 3, 4, Map.of("s", "ü", "b", new byte[] { 1 }), new byte[] { 1, 2 });
		byte[] bytes = this.codec.encode(frame);
		ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
		assertThat(this.codec.decode(direct).orElseThrow()).isEqualTo(frame);
		assertThat(this.codec.decode(ByteBuffer.wrap(bytes).asReadOnlyBuffer()).orElseThrow()).isEqualTo(frame);
		byte[] padded = TestFrames.concat(new byte[] { 42, 42, 42 }, bytes);
		ByteBuffer offset = ByteBuffer.wrap(padded).position(3).slice();
		assertThat(this.codec.decode(offset).orElseThrow()).isEqualTo(frame);
	}

	@Test
	void textShouldDecodeFromHeapAndDirectBuffersAlike() {
		Map<String, Object> headers = new LinkedHashMap<>();
		headers.put("shortAscii", "text/plain");
		headers.put("longAscii", "a".repeat(300));
		headers.put("shortUtf8", "ü🚀");
		headers.put("longUtf8", "ü".repeat(300));
		Frame frame = Frame.of(headers, null);
		byte[] bytes = this.codec.encode(frame);
		ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length + 5).position(5);
		direct.put(bytes).position(5);
		assertThat(this.codec.decode(direct.slice()).orElseThrow()).isEqualTo(frame);
		assertThat(this.codec.decode(ByteBuffer.wrap(bytes)).orElseThrow()).isEqualTo(frame);
	}

	@Test
	void decodeShouldAdvanceOnSuccessAndKeepByteOrder() {
		byte[] bytes = this.codec.encode(Frame.of(Map.of(), new byte[] { 1 }));
		ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
		assertThat(this.codec.decode(buffer).isSuccess()).isTrue();
		assertThat(buffer.position()).isEqualTo(bytes.length);
		assertThat(buffer.order()).isEqualTo(ByteOrder.BIG_ENDIAN);
	}

	@Test
	void twoFramesBackToBackShouldDecodeInOrder() {
		Frame first = new Frame(FrameFlags.REQUEST, 1, 10, Map.of("n", 1), "first".getBytes(StandardCharsets.UTF_8));
		Frame second = new Frame(FrameFlags.REPLY, 1, 20, Map.of("n", 2), "second".getBytes(StandardCharsets.UTF_8));
		ByteBuffer buffer = ByteBuffer.allocate(this.codec.encodedLength(first) + this.codec.encodedLength(second) + 3);
		this.codec.encode(first, buffer);
		this.codec.encode(second, buffer);
		buffer.put(new byte[] { 1, 2, 3 }).flip();
		assertThat(this.codec.decode(buffer).orElseThrow()).isEqualTo(first);
		assertThat(this.codec.decode(buffer).orElseThrow()).isEqualTo(second);
		int position = buffer.position();
		DecodeResult rest = this.codec.decode(buffer);
		assertThat(rest.error()).isEqualTo(FrameError.TRUNCATED);
		assertThat(buffer.position()).isEqualTo(position);
	}

	@Test
	void payloadAboveLimitShouldFailAtEncodeWithClearMessage() {
		FrameCodec small = new FrameCodec(new FrameLimits(1024, 256, 8));
		assertThat(small.encode(Frame.of(Map.of(), new byte[1024]))).hasSize(1024 + 38);
		assertThatExceptionOfType(MessageTooLargeException.class)
			.isThrownBy(() -> small.encode(Frame.of(Map.of(), new byte[1025])))
			.withMessage("Payload is 1025 bytes, larger than the maximum of 1024 bytes; "
					+ "raise the channel's max-message-size (on both sides) or send less")
			.satisfies((ex) -> {
				assertThat(ex.getSize()).isEqualTo(1025);
				assertThat(ex.getLimit()).isEqualTo(1024);
			});
	}

	@Test
	void headerBlockAboveLimitShouldFailAtEncode() {
		FrameCodec small = new FrameCodec(new FrameLimits(1024, 64, 8));
		// 2 (count) + 2 (key length) + 1 (key) + 1 (type) + 4 (length) + 54 = 64
		assertThat(small.encode(Frame.of(Map.of("k", "x".repeat(54)), null))).hasSize(64 + 36);
		assertThatExceptionOfType(MessageTooLargeException.class)
			.isThrownBy(() -> small.encode(Frame.of(Map.of("k", "x".repeat(55)), null)))
			.withMessageStartingWith("Header block is 65 bytes, larger than the maximum of 64 bytes");
	}

	@Test
	void tooManyHeadersShouldFailAtEncode() {
		FrameCodec small = new FrameCodec(new FrameLimits(1024, 1024, 2));
		assertThatExceptionOfType(FrameEncodingException.class)
			.isThrownBy(() -> small.encodedLength(Frame.of(Map.of("a", 1, "b", 2, "c", 3), null)))
			.withMessage("Message has 3 headers, more than the maximum of 2");
	}

	@Test
	void unsupportedHeaderValueShouldFailNamingTheHeader() {
		assertThatExceptionOfType(FrameEncodingException.class)
			.isThrownBy(() -> this.codec.encode(Frame.of(Map.of("when", LocalDate.of(2026, 1, 2)), null)))
			.withMessageContaining("Header 'when' has type java.time.LocalDate which cannot cross the wire");
		Map<String, Object> withNull = new HashMap<>();
		withNull.put("nothing", null);
		assertThatExceptionOfType(FrameEncodingException.class)
			.isThrownBy(() -> this.codec.encode(Frame.of(withNull, null)))
			.withMessageContaining("Header 'nothing' has type null");
	}

	@Test
	void invalidKeysShouldFailAtEncode() {
		assertThatExceptionOfType(FrameEncodingException.class)
			.isThrownBy(() -> this.codec.encode(Frame.of(Map.of("", 1), null)))
			.withMessageContaining("must be 1 to 1024 UTF-8 bytes");
		assertThatExceptionOfType(FrameEncodingException.class)
			.isThrownBy(() -> this.codec.encode(Frame.of(Map.of("ü".repeat(513), 1), null)))
			.withMessageContaining("must be 1 to 1024 UTF-8 bytes");
		assertThat(this.codec.encode(Frame.of(Map.of("ü".repeat(512), 1), null))).isNotEmpty();
		assertThatExceptionOfType(FrameEncodingException.class)
			.isThrownBy(() -> this.codec.encode(Frame.of(Map.of("k\uDC00", 1), null)))
			.withMessageContaining("unpaired surrogate");
		Map<String, Object> nullKey = new HashMap<>();
		nullKey.put(null, 1);
		assertThatExceptionOfType(FrameEncodingException.class)
			.isThrownBy(() -> this.codec.encode(Frame.of(nullKey, null)))
			.withMessageContaining("Header key 'null'");
	}

	@Test
	void unknownFlagBitsShouldFailAtEncode() {
		assertThatExceptionOfType(FrameEncodingException.class)
			.isThrownBy(() -> this.codec.encode(new Frame(0x10, 0, 0, Map.of(), null)))
			.withMessageContaining("Flags 0x10");
		assertThatExceptionOfType(FrameEncodingException.class)
			.isThrownBy(() -> this.codec.encode(new Frame(0x101, 0, 0, Map.of(), null)))
			.withMessageContaining("Flags 0x101");
	}

	@Test
	void limitsShouldRejectValuesTheFormatCannotCarry() {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new FrameLimits(1, 2, 65536))
			.withMessageContaining("'maxHeaderCount' must be between 0 and 65535");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new FrameLimits(Integer.MAX_VALUE, 1024, 1))
			.withMessageContaining("below 2 GiB");
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new FrameLimits(-1, 2, 1));
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new FrameLimits(1, 1, 1));
		assertThat(new FrameLimits(100, 20, 1).maxFrameLength()).isEqualTo(156);
		assertThat(FrameLimits.DEFAULT.withMaxPayloadLength(5).maxPayloadLength()).isEqualTo(5);
	}

	private Frame roundTrip(Frame frame) {
		byte[] bytes = this.codec.encode(frame);
		assertThat(bytes).hasSize(this.codec.encodedLength(frame));
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		DecodeResult result = this.codec.decode(buffer);
		assertThat(result.isSuccess()).as(result.toString()).isTrue();
		assertThat(result.error()).isNull();
		assertThat(buffer.position()).isEqualTo(bytes.length);
		return result.frame();
	}

}
