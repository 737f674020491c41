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

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hostipc.wire.FrameDescriptor.FRAME_LENGTH_OFFSET;
import static org.hostipc.wire.FrameDescriptor.HEADER_LENGTH_OFFSET;
import static org.hostipc.wire.FrameDescriptor.PAYLOAD_LENGTH_OFFSET;

/**
 * Properties of {@link FrameCodec#decode(ByteBuffer)}: valid frames round trip, and any
 * other input yields a typed {@link FrameError} without throwing and without allocating
 * what a hostile length declares.
 *
 * @author hostipc
 */
class FrameDecoderPropertyTests {

	/** Small limits, so that generated frames often reach and cross them. */
	private static final FrameLimits LIMITS = new FrameLimits(256, 1024, 8);

	private static final Set<FrameError> LENGTH_ERRORS = EnumSet.of(FrameError.OVERSIZE, FrameError.INCONSISTENT_LENGTH,
			FrameError.TRUNCATED);

	/** Far below every hostile length these tests declare (at least 1 MiB). */
	private static final long ALLOCATION_BUDGET = 64 * 1024;

	/** Limits that let almost any length through to the consistency checks. */
	private static final FrameCodec ROOMY = new FrameCodec(new FrameLimits(2_000_000_000, 64 * 1024 * 1024, 65535));

	private final FrameCodec codec = new FrameCodec(LIMITS);

	@Property
	void randomFramesShouldRoundTrip(@ForAll("frames") Frame frame) {
		byte[] bytes = this.codec.encode(frame);
		assertThat(bytes).hasSize(this.codec.encodedLength(frame));
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		DecodeResult result = this.codec.decode(buffer);
		assertThat(result.frame()).as(result.toString()).isEqualTo(frame);
		assertThat(buffer.position()).isEqualTo(bytes.length);
		ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
		assertThat(this.codec.decode(direct).frame()).isEqualTo(frame);
	}

	@Property
	void randomBytesShouldDecodeToATypedResult(@ForAll @Size(max = 2048) byte[] bytes) {
		decodeSafely(bytes);
	}

	@Property
	void randomBodiesBehindAPlausibleLengthShouldDecodeToATypedResult(
			@ForAll @IntRange(min = 36, max = 1400) int frameLength, @ForAll @Size(max = 1400) byte[] body) {
		byte[] bytes = TestFrames.concat(TestFrames.u32(frameLength), body);
		if (bytes.length > 4) {
			bytes[4] = FrameDescriptor.VERSION;
		}
		DecodeResult result = decodeSafely(bytes);
		if (frameLength > LIMITS.maxFrameLength()) {
			assertThat(result.error()).isEqualTo(FrameError.OVERSIZE);
		}
		else if (bytes.length < frameLength) {
			assertThat(result.error()).isEqualTo(FrameError.TRUNCATED);
		}
	}

	@Property(tries = 200)
	void everyProperPrefixOfAFrameShouldBeTruncated(@ForAll("frames") Frame frame) {
		byte[] bytes = this.codec.encode(frame);
		for (int length = 0; length < bytes.length; length++) {
			ByteBuffer prefix = ByteBuffer.wrap(bytes, 0, length);
			DecodeResult result = this.codec.decode(prefix);
			assertThat(result.error()).as(result.toString()).isEqualTo(FrameError.TRUNCATED);
			assertThat(prefix.position()).isZero();
		}
	}

	@Property
	void bitFlippedFramesShouldBeRejected(@ForAll("frames") Frame frame,
			@ForAll @Size(min = 1, max = 8) Set<@IntRange(min = 0, max = Integer.MAX_VALUE) Integer> flips) {
		byte[] bytes = this.codec.encode(frame);
		Set<Integer> bits = new HashSet<>();
		for (int flip : flips) {
			bits.add(flip % (bytes.length * 8));
		}
		for (int bit : bits) {
			bytes[bit / 8] ^= (byte) (1 << (bit % 8));
		}
		DecodeResult result = decodeSafely(bytes);
		Statistics.collect(result.error());
		// CRC32C detects every error of up to 3 bits at these lengths (up to 5 bits in
		// frames of at most 655 bytes); any other corruption, including a shifted
		// frame end, passes with a probability of about 2^-32
		assertThat(result.isSuccess()).as("decoded a corrupted frame: " + result).isFalse();
	}

	@Property
	void bitFlippedFramesWithRepairedChecksumShouldDecodeToATypedResult(@ForAll("frames") Frame frame,
			@ForAll @Size(min = 1, max = 8) Set<@IntRange(min = 0, max = Integer.MAX_VALUE) Integer> flips) {
		byte[] bytes = this.codec.encode(frame);
		int checked = (bytes.length - FrameDescriptor.CHECKSUM_LENGTH) * 8;
		for (int bit : flips) {
			bit %= checked;
			bytes[bit / 8] ^= (byte) (1 << (bit % 8));
		}
		assertDecodedFrameReencodesIdentically(TestFrames.fixChecksum(bytes));
	}

	@Property
	void randomHeaderBlocksBehindAValidChecksumShouldDecodeToATypedResult(@ForAll @IntRange(max = 8) int count,
			@ForAll @Size(max = 300) byte[] headers, @ForAll @Size(max = 16) byte[] payload) {
		byte[] headerBlock = TestFrames.headerBlock(count, headers);
		assertDecodedFrameReencodesIdentically(TestFrames.frame(0, headerBlock, payload));
	}

	@Property
	void nearlyValidHeaderBlocksShouldDecodeToATypedResult(@ForAll("nearlyValidHeaderBlocks") byte[] headerBlock) {
		assertDecodedFrameReencodesIdentically(TestFrames.frame(0, headerBlock, new byte[] { 1 }));
	}

	private void assertDecodedFrameReencodesIdentically(byte[] bytes) {
		DecodeResult result = decodeSafely(bytes);
		Statistics.collect(result.isSuccess() ? "decoded" : result.error());
		if (result.isSuccess()) {
			// decoding is strict, so whatever it accepts is in the one canonical form
			assertThat(this.codec.encode(result.frame())).isEqualTo(bytes);
		}
	}

	@Property
	void hostileLengthsShouldFailWithoutAllocatingThem(@ForAll("frames") Frame frame,
			@ForAll("hostileLengths") int frameLength, @ForAll("hostileLengths") int headerLength,
			@ForAll("hostileLengths") int payloadLength, @ForAll @IntRange(min = 1, max = 7) int which,
			@ForAll boolean roomyLimits) {
		byte[] bytes = this.codec.encode(frame);
		TestFrames.le(bytes)
			.putInt(FRAME_LENGTH_OFFSET, ((which & 1) != 0) ? frameLength : bytes.length)
			.putInt(HEADER_LENGTH_OFFSET,
					((which & 2) != 0) ? headerLength : TestFrames.getInt(bytes, HEADER_LENGTH_OFFSET))
			.putInt(PAYLOAD_LENGTH_OFFSET, ((which & 4) != 0) ? payloadLength : frame.payload().length);
		// with roomy limits the hostile lengths pass the limit checks and must be
		// caught as inconsistent or truncated instead
		FrameCodec codec = roomyLimits ? ROOMY : this.codec;
		DecodeResult result = decodeSafely(codec, bytes);
		Statistics.collect(roomyLimits ? "roomy" : "small", result.error());
		assertThat(result.error()).as(result.toString()).isIn(LENGTH_ERRORS);
		assertDecodeFailsWithinBudget(codec, bytes, result.error());
	}

	@Example
	void smallBufferDeclaringHugePayloadShouldNotAllocateIt() {
		FrameCodec roomy = ROOMY;
		byte[] bytes = new byte[64];
		TestFrames.le(bytes)
			.putInt(FRAME_LENGTH_OFFSET, 64)
			.put(FrameDescriptor.VERSION_OFFSET, (byte) 1)
			.putInt(HEADER_LENGTH_OFFSET, 2)
			.putInt(PAYLOAD_LENGTH_OFFSET, Integer.MAX_VALUE);
		assertDecodeFailsWithinBudget(roomy, bytes, FrameError.OVERSIZE);
		TestFrames.le(bytes).putInt(PAYLOAD_LENGTH_OFFSET, 1_999_999_000);
		assertDecodeFailsWithinBudget(roomy, bytes, FrameError.INCONSISTENT_LENGTH);
		TestFrames.le(bytes).putInt(FRAME_LENGTH_OFFSET, 2_000_000_000 + FrameDescriptor.MIN_FRAME_LENGTH + 2);
		TestFrames.le(bytes).putInt(PAYLOAD_LENGTH_OFFSET, 2_000_000_000);
		assertDecodeFailsWithinBudget(roomy, bytes, FrameError.TRUNCATED);
		TestFrames.le(bytes).putInt(FRAME_LENGTH_OFFSET, 0x80000000);
		assertDecodeFailsWithinBudget(roomy, bytes, FrameError.OVERSIZE);
		TestFrames.le(bytes).putInt(FRAME_LENGTH_OFFSET, 64).putInt(HEADER_LENGTH_OFFSET, -1);
		assertDecodeFailsWithinBudget(roomy, bytes, FrameError.OVERSIZE);
	}

	@Example
	void hugeHeaderCountShouldNotSizeTheMap() {
		FrameCodec roomy = new FrameCodec(new FrameLimits(16, 64 * 1024, 65535));
		byte[] block = TestFrames.headerBlock(65535, TestFrames.header(new byte[] { 'k' }, 4, new byte[] { 1 }));
		byte[] bytes = TestFrames.frame(0, block, new byte[0]);
		assertDecodeFailsWithinBudget(roomy, bytes, FrameError.MALFORMED_HEADERS);
	}

	private void assertDecodeFailsWithinBudget(FrameCodec codec, byte[] bytes, FrameError expected) {
		// once to load classes and warm up, then measured
		codec.decode(ByteBuffer.wrap(bytes));
		long allocated = allocatedBytes(() -> {
			DecodeResult result = codec.decode(ByteBuffer.wrap(bytes));
			assertThat(result.error()).as(result.toString()).isEqualTo(expected);
		});
		assertThat(allocated).isLessThan(ALLOCATION_BUDGET);
	}

	private DecodeResult decodeSafely(byte[] bytes) {
		return decodeSafely(this.codec, bytes);
	}

	private static DecodeResult decodeSafely(FrameCodec codec, byte[] bytes) {
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		DecodeResult result = codec.decode(buffer);
		assertThat(result).isNotNull();
		if (result.isSuccess()) {
			assertThat(result.error()).isNull();
			assertThat(buffer.position()).isEqualTo(TestFrames.getInt(bytes, FRAME_LENGTH_OFFSET));
		}
		else {
			assertThat(result.error()).isNotNull();
			assertThat(result.detail()).isNotBlank();
			assertThat(buffer.position()).isZero();
		}
		return result;
	}

	private static long allocatedBytes(Runnable action) {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		assertThat(threads.isThreadAllocatedMemorySupported()).isTrue();
		long before = threads.getCurrentThreadAllocatedBytes();
		action.run();
		return threads.getCurrentThreadAllocatedBytes() - before;
	}

	@Provide
	Arbitrary<Frame> frames() {
		Arbitrary<Integer> flags = Arbitraries.integers().between(0, FrameFlags.KNOWN_BITS);
		Arbitrary<Long> longs = Arbitraries.longs();
		Arbitrary<Map<String, Object>> headers = Arbitraries.maps(text(1, 12), headerValues())
			.ofMaxSize(LIMITS.maxHeaderCount());
		Arbitrary<byte[]> payloads = Arbitraries.bytes().array(byte[].class).ofMaxSize(LIMITS.maxPayloadLength());
		return Combinators.combine(flags, longs, longs, headers, payloads).as(Frame::new);
	}

	/**
	 * Header blocks assembled from headers whose parts are each either right or wrong: a
	 * count that may not match, keys of declared or random length, type codes 0 to 8,
	 * value lengths that may be hostile, values of any length.
	 */
	@Provide
	Arbitrary<byte[]> nearlyValidHeaderBlocks() {
		Arbitrary<Integer> smallOrHostile = Arbitraries.oneOf(Arbitraries.integers().between(0, 24), hostileLengths());
		Arbitrary<byte[]> keys = Arbitraries.oneOf(
				Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6).map(String::getBytes),
				Arbitraries.bytes().array(byte[].class).ofMaxSize(6));
		Arbitrary<byte[]> values = Arbitraries.bytes().array(byte[].class).ofMaxSize(24);
		Arbitrary<byte[]> header = Combinators
			.combine(Arbitraries.of(true, false), keys, Arbitraries.integers().between(0, 8), smallOrHostile, values)
			.as((exactKeyLength, key, type, length, value) -> {
				ByteBuffer buffer = TestFrames.le(new byte[2 + key.length + 1 + 4 + value.length]);
				buffer.putShort((short) (exactKeyLength ? key.length : length));
				buffer.put(key).put(type.byteValue()).putInt(length).put(value);
				return buffer.array();
			});
		// a negative count stands for the number of headers actually present
		Arbitrary<Integer> count = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(-1)),
				Tuple.of(1, Arbitraries.integers().between(0, 0xFFFF)));
		return Combinators.combine(count, header.list().ofMaxSize(4))
			.as((n, headers) -> TestFrames.headerBlock((n < 0) ? headers.size() : n, headers.toArray(new byte[0][])));
	}

	@Provide
	Arbitrary<Integer> hostileLengths() {
		return Arbitraries.oneOf(
				Arbitraries.of(Integer.MAX_VALUE, Integer.MIN_VALUE, -1, 0x7FFFFFF8, 0xFFFFFFF0, 1 << 30,
						2 * 1024 * 1024),
				Arbitraries.integers().greaterOrEqual(1024 * 1024), Arbitraries.integers().lessOrEqual(-1));
	}

	private static Arbitrary<Object> headerValues() {
		List<Arbitrary<?>> values = List.of(text(0, 12), Arbitraries.integers(), Arbitraries.longs(),
				Arbitraries.of(true, false), Arbitraries.bytes().array(byte[].class).ofMaxSize(40),
				Arbitraries.longs().map(Double::longBitsToDouble),
				Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new));
		return Arbitraries.oneOf(values);
	}

	/**
	 * Strings of any Unicode code point except surrogates, so ASCII, other BMP characters
	 * and supplementary characters such as emoji all occur.
	 */
	private static Arbitrary<String> text(int minCodePoints, int maxCodePoints) {
		Arbitrary<Integer> codePoints = Arbitraries.oneOf(Arbitraries.integers().between(0x20, 0x7E),
				Arbitraries.integers().between(0, 0x10FFFF).filter((cp) -> cp < 0xD800 || cp > 0xDFFF),
				Arbitraries.integers().between(0x1F300, 0x1FAFF));
		return codePoints.list()
			.ofMinSize(minCodePoints)
			.ofMaxSize(maxCodePoints)
			.map((list) -> new String(list.stream().mapToInt(Integer::intValue).toArray(), 0, list.size()));
	}

}
