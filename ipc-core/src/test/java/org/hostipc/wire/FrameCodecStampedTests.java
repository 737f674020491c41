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
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hostipc.wire.PropertyChecks.forAll;

/**
 * Tests for the encoding a transport uses: {@link FrameCodec#stampedLength(Frame)},
 * {@link FrameCodec#encodeStamped} and the encoding of a header map and a payload buffer.
 *
 * @author hostipc
 */
class FrameCodecStampedTests {

	private final FrameCodec codec = new FrameCodec(FrameGenerators.LIMITS);

	@Test
	void encodeStampedShouldWriteTheBytesOfTheFrameWithTheTransportFields() {
		forAll(300, (random) -> {
			Frame frame = FrameGenerators.frame(random);
			int flags = random.nextInt(FrameFlags.KNOWN_BITS + 1);
			long correlationId = random.nextLong();
			long timestamp = random.nextLong();
			byte[] expected = this.codec.encode(frame.with(flags, correlationId, timestamp));
			int length = this.codec.stampedLength(frame);
			assertThat(length).isEqualTo(expected.length);
			ByteBuffer buffer = ByteBuffer.allocateDirect(length + 3).order(ByteOrder.LITTLE_ENDIAN);
			assertThat(this.codec.encodeStamped(frame, flags, correlationId, timestamp, length, buffer, 3))
				.isEqualTo(length);
			assertThat(bytes(buffer, 3, length)).isEqualTo(expected);
			assertThat(buffer.position()).isZero();
			ByteBuffer payload = ByteBuffer.allocate(frame.payload().length + 2).position(1);
			payload.put(1, frame.payload()).limit(1 + frame.payload().length);
			assertThat(this.codec.encodedLength(frame.headers(), payload.remaining())).isEqualTo(length);
			ByteBuffer other = ByteBuffer.allocate(length);
			this.codec.encode(frame.headers(), payload, flags, correlationId, timestamp, length, other, 0);
			assertThat(other.array()).isEqualTo(expected);
			assertThat(payload.position()).isOne();
		});
	}

	@Test
	void stampedLengthShouldIgnoreTheFramesOwnFlags() {
		Frame frame = new Frame(0x80, 0, 0, null, new byte[3]);
		assertThatExceptionOfType(FrameEncodingException.class).isThrownBy(() -> this.codec.encodedLength(frame));
		int length = this.codec.stampedLength(frame);
		ByteBuffer buffer = ByteBuffer.allocate(length);
		this.codec.encodeStamped(frame, FrameFlags.REQUEST, 1, 2, length, buffer, 0);
		assertThat(this.codec.decode(buffer).frame()).isEqualTo(new Frame(FrameFlags.REQUEST, 1, 2, null, new byte[3]));
	}

	@Test
	void encodeStampedShouldRejectUnknownFlagsAndWrongLengths() {
		Frame frame = Frame.of(Map.of("k", "v"), new byte[3]);
		int length = this.codec.stampedLength(frame);
		ByteBuffer buffer = ByteBuffer.allocate(length + 8);
		assertThatExceptionOfType(FrameEncodingException.class)
			.isThrownBy(() -> this.codec.encodeStamped(frame, 0x80, 0, 0, length, buffer, 0))
			.withMessageContaining("0x80");
		assertThatExceptionOfType(FrameEncodingException.class)
			.isThrownBy(() -> this.codec.encodeStamped(frame, 0, 0, 0, length + 1, buffer, 0))
			.withMessageContaining("instead of the");
		assertThatExceptionOfType(FrameEncodingException.class)
			.isThrownBy(() -> this.codec.encodeStamped(frame, 0, 0, 0, length, buffer, 9))
			.withMessageContaining("the frame needs");
	}

	private static byte[] bytes(ByteBuffer buffer, int index, int length) {
		byte[] bytes = new byte[length];
		buffer.get(index, bytes);
		return bytes;
	}

}
