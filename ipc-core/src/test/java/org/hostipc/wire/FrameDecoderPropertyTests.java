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
import java.nio.ByteOrder;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hostipc.wire.FrameDescriptor.FRAME_LENGTH_OFFSET;
import static org.hostipc.wire.FrameDescriptor.HEADER_LENGTH_OFFSET;
import static org.hostipc.wire.FrameDescriptor.PAYLOAD_LENGTH_OFFSET;
import static org.hostipc.wire.FrameGenerators.bitPositions;
import static org.hostipc.wire.FrameGenerators.bytes;
import static org.hostipc.wire.FrameGenerators.frame;
import static org.hostipc.wire.FrameGenerators.hostileLength;
import static org.hostipc.wire.FrameGenerators.intBetween;
import static org.hostipc.wire.FrameGenerators.nearlyValidHeaderBlock;
import static org.hostipc.wire.PropertyChecks.forAll;

/**
 * Properties of {@link FrameCodec#decode(ByteBuffer)}: valid frames round trip, and any
 * other input yields a typed {@link FrameError} without throwing and without allocating
 * what a hostile length declares. Every input is also checked in place by a
 * {@link FrameView}, which must accept exactly what the decoder accepts, with the same
 * error and the same content. Inputs come from the seeded {@link FrameGenerators}; see
 * {@link PropertyChecks} for how to replay a failure.
 *
 * @author hostipc
 */
class FrameDecoderPropertyTests {

	/** Small limits, so that generated frames often reach and cross them. */
	private static final FrameLimits LIMITS = FrameGenerators.LIMITS;

	private static final Set<FrameError> LENGTH_ERRORS = EnumSet.of(FrameError.OVERSIZE, FrameError.INCONSISTENT_LENGTH,
			FrameError.TRUNCATED);

	/** Far below every hostile length these tests declare (at least 1 MiB). */
	private static final long ALLOCATION_BUDGET = 64 * 1024;

	/** Limits that let almost any length through to the consistency checks. */
	private static final FrameCodec ROOMY = new FrameCodec(new FrameLimits(2_000_000_000, 64 * 1024 * 1024, 65535));

	private static final String DECODED = "decoded";

	private final FrameCodec codec = new FrameCodec(LIMITS);

	/** What the generated inputs led to, so that tests can prove they reach each path. */
	private final Map<Object, Integer> outcomes = new LinkedHashMap<>();

	@Test
	void randomFramesShouldRoundTrip() {
		forAll((random) -> {
			Frame frame = frame(random);
			byte[] bytes = this.codec.encode(frame);
			assertThat(bytes).hasSize(this.codec.encodedLength(frame));
			ByteBuffer buffer = ByteBuffer.wrap(bytes);
			DecodeResult result = this.codec.decode(buffer);
			assertThat(result.frame()).as(result.toString()).isEqualTo(frame);
			assertThat(buffer.position()).isEqualTo(bytes.length);
			ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
			assertThat(this.codec.decode(direct).frame()).isEqualTo(frame);
			frame.headers().values().forEach((value) -> collect(HeaderType.of(value)));
			collect("headers " + frame.headers().size());
			collect("payload " + frame.payload().length);
		});
		assertCollected((Object[]) HeaderType.values());
		assertCollected("headers 0", "headers 8", "payload 0", "payload 256");
	}

	@Test
	void randomBytesShouldDecodeToATypedResult() {
		forAll((random) -> decodeSafely(bytes(random, 2048)));
	}

	@Test
	void randomBodiesBehindAPlausibleLengthShouldDecodeToATypedResult() {
		forAll((random) -> {
			int frameLength = intBetween(random, 36, 1400);
			byte[] bytes = TestFrames.concat(TestFrames.u32(frameLength), bytes(random, 1400));
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
		});
	}

	@Test
	void everyProperPrefixOfAFrameShouldBeTruncated() {
		forAll(200, (random) -> {
			byte[] bytes = this.codec.encode(frame(random));
			for (int length = 0; length < bytes.length; length++) {
				ByteBuffer prefix = ByteBuffer.wrap(bytes, 0, length);
				DecodeResult result = this.codec.decode(prefix);
				assertThat(result.error()).as(result.toString()).isEqualTo(FrameError.TRUNCATED);
				assertThat(prefix.position()).isZero();
				assertThat(new FrameView(LIMITS).wrap(prefix, 0, length)).isEqualTo(FrameError.TRUNCATED);
			}
		});
	}

	@Test
	void bitFlippedFramesShouldBeRejected() {
		forAll((random) -> {
			byte[] bytes = this.codec.encode(frame(random));
			for (int bit : bitPositions(random, bytes.length * 8)) {
				bytes[bit / 8] ^= (byte) (1 << (bit % 8));
			}
			DecodeResult result = decodeSafely(bytes);
			collect(result);
			// CRC32C detects every error of up to 3 bits at these lengths (up to 5 bits
			// in frames of at most 655 bytes); any other corruption, including a shifted
			// frame end, passes with a probability of about 2^-32
			assertThat(result.isSuccess()).as("decoded a corrupted frame: " + result).isFalse();
		});
		assertCollected(FrameError.CHECKSUM, FrameError.UNSUPPORTED_VERSION, FrameError.MALFORMED_PREFIX,
				FrameError.OVERSIZE, FrameError.INCONSISTENT_LENGTH, FrameError.TRUNCATED);
	}

	@Test
	void bitFlippedFramesWithRepairedChecksumShouldDecodeToATypedResult() {
		forAll((random) -> {
			byte[] bytes = this.codec.encode(frame(random));
			for (int bit : bitPositions(random, (bytes.length - FrameDescriptor.CHECKSUM_LENGTH) * 8)) {
				bytes[bit / 8] ^= (byte) (1 << (bit % 8));
			}
			assertDecodedFrameReencodesIdentically(TestFrames.fixChecksum(bytes));
		});
		assertCollected(DECODED, FrameError.UNSUPPORTED_VERSION, FrameError.MALFORMED_PREFIX, FrameError.OVERSIZE,
				FrameError.INCONSISTENT_LENGTH, FrameError.TRUNCATED, FrameError.MALFORMED_HEADERS);
	}

	@Test
	void randomHeaderBlocksBehindAValidChecksumShouldDecodeToATypedResult() {
		forAll((random) -> {
			byte[] headerBlock = TestFrames.headerBlock(intBetween(random, 0, 8), bytes(random, 300));
			assertDecodedFrameReencodesIdentically(TestFrames.frame(0, headerBlock, bytes(random, 16)));
		});
		assertCollected(DECODED, FrameError.MALFORMED_HEADERS);
	}

	@Test
	void nearlyValidHeaderBlocksShouldDecodeToATypedResult() {
		forAll((random) -> assertDecodedFrameReencodesIdentically(
				TestFrames.frame(0, nearlyValidHeaderBlock(random), new byte[] { 1 })));
		assertCollected(DECODED, FrameError.MALFORMED_HEADERS, FrameError.OVERSIZE);
	}

	private void assertDecodedFrameReencodesIdentically(byte[] bytes) {
		DecodeResult result = decodeSafely(bytes);
		collect(result);
		if (result.isSuccess()) {
			// decoding is strict, so whatever it accepts is in the one canonical form
			assertThat(this.codec.encode(result.frame())).isEqualTo(bytes);
		}
	}

	@Test
	void hostileLengthsShouldFailWithoutAllocatingThem() {
		forAll((random) -> {
			Frame frame = frame(random);
			byte[] bytes = this.codec.encode(frame);
			int which = intBetween(random, 1, 7);
			TestFrames.le(bytes)
				.putInt(FRAME_LENGTH_OFFSET, ((which & 1) != 0) ? hostileLength(random) : bytes.length)
				.putInt(HEADER_LENGTH_OFFSET,
						((which & 2) != 0) ? hostileLength(random) : TestFrames.getInt(bytes, HEADER_LENGTH_OFFSET))
				.putInt(PAYLOAD_LENGTH_OFFSET, ((which & 4) != 0) ? hostileLength(random) : frame.payload().length);
			// with roomy limits the hostile lengths pass the limit checks and must be
			// caught as inconsistent or truncated instead
			boolean roomyLimits = random.nextBoolean();
			FrameCodec codec = roomyLimits ? ROOMY : this.codec;
			DecodeResult result = decodeSafely(codec, bytes);
			collect(result);
			assertThat(result.error()).as(result.toString()).isIn(LENGTH_ERRORS);
			assertDecodeFailsWithinBudget(codec, bytes, result.error());
		});
		assertCollected(LENGTH_ERRORS.toArray());
	}

	@Test
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

	@Test
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

	private void collect(Object outcome) {
		Object key = (outcome instanceof DecodeResult result) ? (result.isSuccess() ? DECODED : result.error())
				: outcome;
		this.outcomes.merge(key, 1, Integer::sum);
	}

	/**
	 * Assert that the generators led to each of the given outcomes at least once, which
	 * proves that they reach those paths.
	 */
	private void assertCollected(Object... expected) {
		assertThat(this.outcomes).as("outcomes with base seed %d", PropertyChecks.baseSeed()).containsKeys(expected);
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
		assertIndexedDecodeAgrees(codec, bytes, result);
		assertViewAgrees(codec, bytes, result);
		return result;
	}

	private static void assertViewAgrees(FrameCodec codec, byte[] bytes, DecodeResult expected) {
		FrameView view = new FrameView(codec.limits());
		ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length + 2).order(ByteOrder.LITTLE_ENDIAN);
		direct.put(2, bytes);
		assertThat(view.wrap(direct, 2, bytes.length)).as(expected.toString()).isEqualTo(expected.error());
		assertThat(view.isValid()).isEqualTo(expected.isSuccess());
		assertThat(direct.position()).isZero();
		assertThat(direct.limit()).isEqualTo(bytes.length + 2);
		// a heap buffer in the default big-endian order takes the other paths
		assertThat(view.wrap(ByteBuffer.wrap(bytes), 0, bytes.length)).isEqualTo(expected.error());
		if (expected.isSuccess()) {
			Frame frame = expected.frame();
			assertThat(view.toFrame()).isEqualTo(frame);
			Map<String, Object> headers = new LinkedHashMap<>();
			HeaderCursor cursor = view.headers();
			while (cursor.next()) {
				assertThat(cursor.keyEquals(cursor.key())).isTrue();
				assertThat(cursor.type()).isEqualTo(HeaderType.of(frame.headers().get(cursor.key())));
				headers.put(cursor.key(), cursor.value());
			}
			assertThat(HeaderValues.equals(headers, frame.headers())).as("headers of %s", frame).isTrue();
			byte[] payload = new byte[view.payloadLength()];
			view.getPayload(payload, 0);
			assertThat(payload).isEqualTo(frame.payload());
			assertThat(view.flags()).isEqualTo(frame.flags());
			assertThat(view.correlationId()).isEqualTo(frame.correlationId());
			assertThat(view.timestamp()).isEqualTo(frame.timestamp());
		}
	}

	private static void assertIndexedDecodeAgrees(FrameCodec codec, byte[] bytes, DecodeResult expected) {
		ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length + 2).order(ByteOrder.LITTLE_ENDIAN);
		direct.put(2, bytes);
		DecodeResult result = codec.decode(direct, 2, bytes.length);
		assertThat(result.error()).isEqualTo(expected.error());
		assertThat(result.detail()).isEqualTo(expected.detail());
		if (expected.isSuccess()) {
			assertThat(result.frame()).isEqualTo(expected.frame());
		}
		assertThat(direct.position()).isZero();
		assertThat(direct.limit()).isEqualTo(bytes.length + 2);
	}

	private static long allocatedBytes(Runnable action) {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		assertThat(threads.isThreadAllocatedMemorySupported()).isTrue();
		long before = threads.getCurrentThreadAllocatedBytes();
		action.run();
		return threads.getCurrentThreadAllocatedBytes() - before;
	}

}
