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
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hostipc.wire.FrameDescriptor.FLAGS_OFFSET;
import static org.hostipc.wire.FrameDescriptor.FRAME_LENGTH_OFFSET;
import static org.hostipc.wire.FrameDescriptor.HEADER_LENGTH_OFFSET;
import static org.hostipc.wire.FrameDescriptor.PAYLOAD_LENGTH_OFFSET;
import static org.hostipc.wire.FrameDescriptor.PREFIX_LENGTH;
import static org.hostipc.wire.FrameDescriptor.RESERVED_OFFSET;
import static org.hostipc.wire.FrameDescriptor.VERSION_OFFSET;
import static org.hostipc.wire.TestFrames.fixChecksum;
import static org.hostipc.wire.TestFrames.frame;
import static org.hostipc.wire.TestFrames.header;
import static org.hostipc.wire.TestFrames.headerBlock;
import static org.hostipc.wire.TestFrames.u32;
import static org.hostipc.wire.TestFrames.withByte;
import static org.hostipc.wire.TestFrames.withInt;

/**
 * Tests that each {@link FrameError} is produced by a crafted frame and that a failed
 * decode leaves the buffer where it was.
 *
 * @author hostipc
 */
class FrameDecodingErrorTests {

	private static final byte[] KEY = "k".getBytes(StandardCharsets.US_ASCII);

	private final FrameCodec codec = new FrameCodec(new FrameLimits(64, 128, 4));

	private final byte[] valid = this.codec
		.encode(new Frame(FrameFlags.REQUEST, 7, 8, Map.of("key", "value"), new byte[] { 1, 2, 3, 4 }));

	@Test
	void validFrameShouldDecode() {
		assertThat(this.codec.decode(ByteBuffer.wrap(this.valid)).isSuccess()).isTrue();
	}

	@Test
	void fewerThanFourBytesShouldBeTruncated() {
		for (int length = 0; length < 4; length++) {
			assertError(new byte[length], FrameError.TRUNCATED, "cannot hold a frame length");
		}
	}

	@Test
	void everyProperPrefixShouldBeTruncated() {
		for (int length = 4; length < this.valid.length; length++) {
			byte[] prefix = new byte[length];
			System.arraycopy(this.valid, 0, prefix, 0, length);
			assertError(prefix, FrameError.TRUNCATED, "are available");
		}
	}

	@Test
	void frameLengthAboveLimitShouldBeOversize() {
		int max = this.codec.limits().maxFrameLength();
		assertError(withInt(this.valid, FRAME_LENGTH_OFFSET, max + 1), FrameError.OVERSIZE,
				"frame length " + (max + 1) + " exceeds the maximum of " + max);
		assertError(withInt(this.valid, FRAME_LENGTH_OFFSET, 0x80000000), FrameError.OVERSIZE,
				"frame length 2147483648 exceeds");
		assertError(withInt(this.valid, FRAME_LENGTH_OFFSET, -1), FrameError.OVERSIZE, "frame length 4294967295");
	}

	@Test
	void frameLengthBelowMinimumShouldBeInconsistent() {
		assertError(withInt(this.valid, FRAME_LENGTH_OFFSET, 35), FrameError.INCONSISTENT_LENGTH,
				"below the minimum of 36");
		assertError(withInt(this.valid, FRAME_LENGTH_OFFSET, 0), FrameError.INCONSISTENT_LENGTH, "frame length 0");
	}

	@Test
	void checkFrameLengthShouldAcceptOnlyTheAllowedRange() {
		assertThat(this.codec.checkFrameLength(36)).isNull();
		assertThat(this.codec.checkFrameLength(this.codec.limits().maxFrameLength())).isNull();
		assertThat(this.codec.checkFrameLength(35).error()).isEqualTo(FrameError.INCONSISTENT_LENGTH);
		assertThat(this.codec.checkFrameLength(this.codec.limits().maxFrameLength() + 1).error())
			.isEqualTo(FrameError.OVERSIZE);
		assertThat(this.codec.checkFrameLength(Integer.MIN_VALUE).error()).isEqualTo(FrameError.OVERSIZE);
	}

	@Test
	void otherVersionShouldBeUnsupported() {
		assertError(fixChecksum(withByte(this.valid, VERSION_OFFSET, 2)), FrameError.UNSUPPORTED_VERSION,
				"version 2 is not supported (expected 1)");
		assertError(fixChecksum(withByte(this.valid, VERSION_OFFSET, 0)), FrameError.UNSUPPORTED_VERSION, "version 0");
	}

	@Test
	void unknownFlagOrReservedBitsShouldBeMalformedPrefix() {
		assertError(fixChecksum(withByte(this.valid, FLAGS_OFFSET, 0x10 | FrameFlags.REQUEST)),
				FrameError.MALFORMED_PREFIX, "unknown flag bits 0x10");
		assertError(fixChecksum(withByte(this.valid, FLAGS_OFFSET, 0x80)), FrameError.MALFORMED_PREFIX, "0x80");
		assertError(fixChecksum(withByte(this.valid, RESERVED_OFFSET + 1, 1)), FrameError.MALFORMED_PREFIX, "reserved");
	}

	@Test
	void blockLengthsAboveLimitsShouldBeOversize() {
		assertError(withInt(this.valid, HEADER_LENGTH_OFFSET, 129), FrameError.OVERSIZE,
				"header length 129 exceeds the maximum of 128");
		assertError(withInt(this.valid, HEADER_LENGTH_OFFSET, -2), FrameError.OVERSIZE, "header length 4294967294");
		assertError(withInt(this.valid, PAYLOAD_LENGTH_OFFSET, 65), FrameError.OVERSIZE,
				"payload length 65 exceeds the maximum of 64");
		assertError(withInt(this.valid, PAYLOAD_LENGTH_OFFSET, Integer.MIN_VALUE), FrameError.OVERSIZE,
				"payload length 2147483648");
	}

	@Test
	void lengthsThatDoNotAddUpShouldBeInconsistent() {
		int headerLength = TestFrames.getInt(this.valid, HEADER_LENGTH_OFFSET);
		assertError(withInt(this.valid, HEADER_LENGTH_OFFSET, headerLength + 1), FrameError.INCONSISTENT_LENGTH,
				"does not match header length");
		assertError(withInt(this.valid, PAYLOAD_LENGTH_OFFSET, 3), FrameError.INCONSISTENT_LENGTH, "payload length 3");
		byte[] noBlock = frame(0, new byte[0], new byte[] { 1, 2 });
		assertError(noBlock, FrameError.INCONSISTENT_LENGTH, "header length 0 is below the minimum of 2");
	}

	@Test
	void corruptedBytesShouldFailTheChecksum() {
		byte[] flipped = withByte(this.valid, this.valid.length - 6, this.valid[this.valid.length - 6] ^ 0x01);
		assertError(flipped, FrameError.CHECKSUM, "does not match the computed");
		assertError(withByte(this.valid, this.valid.length - 1, this.valid[this.valid.length - 1] ^ 0x80),
				FrameError.CHECKSUM, "checksum");
		assertError(fixChecksum(withByte(this.valid, 9, 1)), null, null);
	}

	@Test
	void tooManyHeadersShouldBeOversize() {
		byte[] boolTrue = header(KEY, HeaderType.BOOLEAN.code(), new byte[] { 1 });
		byte[] block = headerBlock(5, boolTrue, boolTrue, boolTrue, boolTrue, boolTrue);
		assertError(frame(0, block, new byte[0]), FrameError.OVERSIZE, "header count 5 exceeds the maximum of 4");
	}

	@Test
	void malformedHeaderBlocksShouldBeMalformedHeaders() {
		assertMalformed(headerBlock(1), "header count 1 does not fit in 0 bytes");
		assertMalformed(headerBlock(0, new byte[] { 0 }), "1 bytes left after the last header");
		assertMalformed(headerBlock(1, header(new byte[0], 4, new byte[] { 1, 0, 0 })), "invalid key length 0");
		assertMalformed(headerBlock(1, new byte[] { 10, 0, 'a', 'b', 'c' }), "invalid key length 10");
		assertMalformed(headerBlock(1, header(KEY, 0, new byte[] { 1, 1 })), "unknown type code 0");
		assertMalformed(headerBlock(1, header(KEY, 8, new byte[] { 1, 1 })), "unknown type code 8");
		assertMalformed(headerBlock(1, header(KEY, 4, new byte[] { 2 })), "boolean is neither 0 nor 1");
		assertMalformed(headerBlock(1, header(KEY, 3, new byte[4])), "value truncated");
		assertMalformed(headerBlock(1, header(KEY, 7, new byte[8])), "value truncated");
		assertMalformed(headerBlock(1, header(KEY, 1, TestFrames.concat(u32(5), new byte[] { 'a' }))),
				"declares 5 bytes but 1 remain");
		assertMalformed(headerBlock(1, header(KEY, 5, u32(-1))), "declares 4294967295 bytes");
		byte[] one = header(KEY, 2, u32(1));
		assertMalformed(headerBlock(2, one, one), "duplicate header 'k'");
	}

	@Test
	void invalidUtf8ShouldBeMalformedHeaders() {
		// a lone continuation byte, an overlong NUL, an encoded surrogate, a truncated
		// sequence
		byte[][] invalid = { { (byte) 0x80 }, { (byte) 0xC0, (byte) 0x80 }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
				{ 'a', (byte) 0xE2, (byte) 0x82 } };
		for (byte[] bytes : invalid) {
			assertMalformed(headerBlock(1, header(bytes, 4, new byte[] { 1 })), "key is not valid UTF-8");
			assertMalformed(headerBlock(1, header(KEY, 1, TestFrames.concat(u32(bytes.length), bytes))),
					"'k' is not valid UTF-8");
		}
	}

	@Test
	void invalidUtf8InADirectBufferShouldBeMalformedHeaders() {
		byte[] invalid = TestFrames.concat("a".repeat(300).getBytes(StandardCharsets.US_ASCII),
				new byte[] { (byte) 0xC0, (byte) 0x80 });
		FrameCodec roomy = new FrameCodec(new FrameLimits(64, 1024, 4));
		byte[][] blocks = { headerBlock(1, header(new byte[] { (byte) 0xC0, (byte) 0x80 }, 4, new byte[] { 1 })),
				headerBlock(1, header(KEY, 1, TestFrames.concat(u32(invalid.length), invalid))) };
		for (byte[] block : blocks) {
			byte[] frame = frame(0, block, new byte[0]);
			ByteBuffer direct = ByteBuffer.allocateDirect(frame.length).put(frame).flip();
			DecodeResult result = roomy.decode(direct);
			assertThat(result.error()).as(result.toString()).isEqualTo(FrameError.MALFORMED_HEADERS);
			assertThat(result.detail()).contains("not valid UTF-8");
			assertThat(direct.position()).isZero();
		}
	}

	@Test
	void keyLongerThanTheMaximumShouldBeMalformedHeaders() {
		byte[] key = "k".repeat(HeaderCodec.MAX_KEY_LENGTH + 1).getBytes(StandardCharsets.US_ASCII);
		FrameCodec roomy = new FrameCodec(new FrameLimits(64, 4096, 4));
		byte[] frame = frame(0, headerBlock(1, header(key, 4, new byte[] { 1 })), new byte[0]);
		DecodeResult result = roomy.decode(ByteBuffer.wrap(frame));
		assertThat(result.error()).isEqualTo(FrameError.MALFORMED_HEADERS);
		assertThat(result.detail()).contains("invalid key length 1025");
	}

	@Test
	void orElseThrowShouldCarryTheError() {
		DecodeResult result = this.codec.decode(ByteBuffer.wrap(new byte[2]));
		assertThat(result.isSuccess()).isFalse();
		assertThat(result.frame()).isNull();
		assertThat(result).hasToString("DecodeResult[TRUNCATED: 2 bytes cannot hold a frame length]");
		assertThatExceptionOfType(FrameDecodingException.class).isThrownBy(result::orElseThrow)
			.withMessage("TRUNCATED: 2 bytes cannot hold a frame length")
			.satisfies((ex) -> assertThat(ex.getError()).isEqualTo(FrameError.TRUNCATED));
	}

	private void assertMalformed(byte[] block, String detail) {
		assertError(frame(0, block, new byte[] { 1 }), FrameError.MALFORMED_HEADERS, detail);
	}

	private void assertError(byte[] bytes, FrameError error, String detail) {
		byte[] padded = TestFrames.concat(new byte[] { 0x55 }, bytes);
		ByteBuffer buffer = ByteBuffer.wrap(padded).position(1);
		DecodeResult result = this.codec.decode(buffer);
		if (error == null) {
			assertThat(result.isSuccess()).as(result.toString()).isTrue();
			return;
		}
		assertThat(result.isSuccess()).isFalse();
		assertThat(result.error()).as(result.toString()).isEqualTo(error);
		assertThat(result.detail()).contains(detail);
		assertThat(buffer.position()).as("position after a failed decode").isEqualTo(1);
		assertIndexedDecodeFails(bytes, error, detail);
	}

	/**
	 * The absolute decode of a range of a direct buffer, as the shared-memory rings use
	 * it, must fail in the same way and leave the buffer as it was.
	 */
	private void assertIndexedDecodeFails(byte[] bytes, FrameError error, String detail) {
		ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length + 8).order(ByteOrder.LITTLE_ENDIAN);
		direct.put(3, bytes).position(1).limit(bytes.length + 5);
		DecodeResult result = this.codec.decode(direct, 3, bytes.length);
		assertThat(result.isSuccess()).isFalse();
		assertThat(result.error()).as(result.toString()).isEqualTo(error);
		assertThat(result.detail()).contains(detail);
		assertThat(direct.position()).isEqualTo(1);
		assertThat(direct.limit()).isEqualTo(bytes.length + 5);
	}

}
