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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the absolute-index {@link FrameCodec#encode(Frame, ByteBuffer, int)},
 * {@link FrameCodec#encodeChecked(Frame, int, ByteBuffer, int)} and
 * {@link FrameCodec#decode(ByteBuffer, int, int)}. Their errors for bad input are also
 * checked, case by case, in {@link FrameDecodingErrorTests} and
 * {@link FrameDecoderPropertyTests}.
 *
 * @author hostipc
 */
class FrameCodecIndexedTests {

	private final FrameCodec codec = new FrameCodec(FrameLimits.DEFAULT);

	private final List<Frame> frames = List.of(new Frame(0, 1, 2, null, null),
			new Frame(FrameFlags.REQUEST, 5, 6, Map.of("a", 1), new byte[] { 9, 8, 7 }), new Frame(FrameFlags.REPLY, -1,
					Long.MIN_VALUE, Map.of("u", UUID.randomUUID(), "s", "ü", "b", new byte[] { 4 }), new byte[64]));

	@Test
	void encodeAtIndexShouldWriteTheBytesOfEncodeAndKeepPositionLimitAndOrder() {
		for (Frame frame : this.frames) {
			byte[] expected = this.codec.encode(frame);
			for (ByteBuffer buffer : buffers(expected.length + 20)) {
				ByteOrder order = buffer.order();
				buffer.position(3).limit(expected.length + 15);
				assertThat(this.codec.encode(frame, buffer, 15)).isEqualTo(expected.length);
				assertThat(buffer.position()).isEqualTo(3);
				assertThat(buffer.limit()).isEqualTo(expected.length + 15);
				assertThat(buffer.order()).isEqualTo(order);
				byte[] actual = new byte[expected.length];
				buffer.get(15, actual);
				assertThat(actual).isEqualTo(expected);
			}
		}
	}

	@Test
	void encodeAtIndexWithoutRoomBeforeTheLimitShouldThrowAndWriteNothing() {
		Frame frame = Frame.of(Map.of(), new byte[100]);
		ByteBuffer buffer = ByteBuffer.allocate(200).limit(150);
		assertThatExceptionOfType(FrameEncodingException.class).isThrownBy(() -> this.codec.encode(frame, buffer, 20))
			.withMessageContaining("Buffer has 130 bytes from index 20, the frame needs 138");
		assertThatExceptionOfType(FrameEncodingException.class).isThrownBy(() -> this.codec.encode(frame, buffer, 151))
			.withMessageContaining("Buffer has 0 bytes from index 151");
		assertThatExceptionOfType(FrameEncodingException.class).isThrownBy(() -> this.codec.encode(frame, buffer, -1))
			.withMessageContaining("from index -1");
		assertThat(buffer.array()).containsOnly(0);
		assertThat(buffer.position()).isZero();
	}

	@Test
	void encodeAtIndexShouldCheckTheLimitsLikeEncode() {
		Frame frame = Frame.of(null, new byte[FrameLimits.DEFAULT.maxPayloadLength() + 1]);
		assertThatExceptionOfType(MessageTooLargeException.class)
			.isThrownBy(() -> this.codec.encode(frame, ByteBuffer.allocate(16), 0));
	}

	@Test
	void encodeCheckedShouldWriteTheBytesOfEncodeAndKeepPositionAndLimit() {
		for (Frame frame : this.frames) {
			byte[] expected = this.codec.encode(frame);
			for (ByteBuffer buffer : buffers(expected.length + 20)) {
				buffer.position(1).limit(expected.length + 10);
				assertThat(this.codec.encodeChecked(frame, this.codec.encodedLength(frame), buffer, 10))
					.isEqualTo(expected.length);
				assertThat(buffer.position()).isEqualTo(1);
				assertThat(buffer.limit()).isEqualTo(expected.length + 10);
				byte[] actual = new byte[expected.length];
				buffer.get(10, actual);
				assertThat(actual).isEqualTo(expected);
			}
		}
	}

	@Test
	void encodeCheckedWithALengthThatIsNotTheFramesShouldThrow() {
		Frame withHeaders = this.frames.get(2);
		int length = this.codec.encodedLength(withHeaders);
		ByteBuffer buffer = ByteBuffer.allocateDirect(length + 100);
		assertThatExceptionOfType(FrameEncodingException.class)
			.isThrownBy(() -> this.codec.encodeChecked(withHeaders, length + 1, buffer, 0))
			.withMessageContaining("instead of the");
		assertThatExceptionOfType(FrameEncodingException.class)
			.isThrownBy(() -> this.codec.encodeChecked(withHeaders, length - 1, buffer, 0))
			.withMessageContaining("instead of the");
		Frame longHeader = Frame.of(Map.of("s", "x".repeat(50)), null);
		assertThatExceptionOfType(FrameEncodingException.class)
			.isThrownBy(() -> this.codec.encodeChecked(longHeader, 40, buffer.limit(40), 0))
			.withMessageContaining("overflowed");
		assertThat(buffer.position()).isZero();
		Frame empty = this.frames.get(0);
		assertThatExceptionOfType(FrameEncodingException.class).isThrownBy(
				() -> this.codec.encodeChecked(empty, this.codec.encodedLength(empty) + 1, ByteBuffer.allocate(100), 0))
			.withMessageContaining("Empty headers take 2 bytes, not 3");
		assertThatExceptionOfType(FrameEncodingException.class)
			.isThrownBy(() -> this.codec.encodeChecked(empty, 10, ByteBuffer.allocate(100), 0))
			.withMessageContaining("does not fit");
		assertThatExceptionOfType(FrameEncodingException.class).isThrownBy(
				() -> this.codec.encodeChecked(empty, this.codec.encodedLength(empty), ByteBuffer.allocate(100), 90))
			.withMessageContaining("Buffer has 10 bytes from index 90");
	}

	@Test
	void decodeAtIndexShouldRoundTripAndKeepPositionLimitAndOrder() {
		for (Frame frame : this.frames) {
			byte[] bytes = this.codec.encode(frame);
			for (ByteBuffer buffer : buffers(bytes.length + 20)) {
				ByteOrder order = buffer.order();
				buffer.put(7, bytes).position(2).limit(bytes.length + 9);
				DecodeResult result = this.codec.decode(buffer, 7, bytes.length + 2);
				assertThat(result.orElseThrow()).isEqualTo(frame);
				assertThat(buffer.position()).isEqualTo(2);
				assertThat(buffer.limit()).isEqualTo(bytes.length + 9);
				assertThat(buffer.order()).isEqualTo(order);
				assertThat(this.codec.decode(buffer.asReadOnlyBuffer(), 7, bytes.length).orElseThrow())
					.isEqualTo(frame);
			}
		}
	}

	@Test
	void decodedFrameWithoutHeadersShouldHaveAnUnmodifiableEmptyMap() {
		byte[] bytes = this.codec.encode(Frame.of(null, new byte[] { 1 }));
		ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length).order(ByteOrder.LITTLE_ENDIAN).put(0, bytes);
		Map<String, Object> headers = this.codec.decode(direct, 0, bytes.length).orElseThrow().headers();
		assertThat(headers).isEmpty();
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> headers.put("k", "v"));
	}

	@Test
	void decodeAtIndexShouldFailTypedWhenTheRangeIsShorterThanTheFrame() {
		byte[] bytes = this.codec.encode(this.frames.get(1));
		ByteBuffer buffer = ByteBuffer.allocate(bytes.length).put(0, bytes);
		DecodeResult result = this.codec.decode(buffer, 0, bytes.length - 1);
		assertThat(result.error()).isEqualTo(FrameError.TRUNCATED);
		assertThat(result.detail()).contains("frame declares " + bytes.length + " bytes but " + (bytes.length - 1));
		assertThat(this.codec.decode(buffer, 1, 3).error()).isEqualTo(FrameError.TRUNCATED);
	}

	@Test
	void decodeAtIndexOutsideTheLimitShouldThrow() {
		ByteBuffer buffer = ByteBuffer.allocate(100).limit(50);
		assertThatExceptionOfType(IndexOutOfBoundsException.class).isThrownBy(() -> this.codec.decode(buffer, 10, 41));
		assertThatExceptionOfType(IndexOutOfBoundsException.class).isThrownBy(() -> this.codec.decode(buffer, -1, 4));
	}

	private static List<ByteBuffer> buffers(int capacity) {
		return List.of(ByteBuffer.allocate(capacity).order(ByteOrder.BIG_ENDIAN),
				ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN),
				ByteBuffer.allocateDirect(capacity).order(ByteOrder.LITTLE_ENDIAN),
				ByteBuffer.allocateDirect(capacity).order(ByteOrder.BIG_ENDIAN));
	}

}
