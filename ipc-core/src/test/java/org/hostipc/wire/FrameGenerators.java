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
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Generators of frames, header values and hostile inputs for property-based tests. Every
 * generator draws from the {@link Random} it is given, so a seed reproduces its output,
 * and returns edge cases (empty, maximum sizes, boundary numbers, UTF-8 length
 * boundaries) far more often than a uniform draw would.
 *
 * @author hostipc
 */
final class FrameGenerators {

	/**
	 * Small limits that every {@link #frame(Random) generated frame} fits and often
	 * reaches: at most 8 headers of at most 103 bytes each and 256 payload bytes.
	 */
	static final FrameLimits LIMITS = new FrameLimits(256, 1024, 8);

	private static final int[] INT_EDGES = { 0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 1,
			Integer.MIN_VALUE + 1 };

	private static final long[] LONG_EDGES = { 0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, Integer.MAX_VALUE,
			Integer.MIN_VALUE, 0xFFFFFFFFL };

	private static final double[] DOUBLE_EDGES = { 0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
			Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL };

	private static final byte[] BYTE_EDGES = { 0, 1, -1, Byte.MAX_VALUE, Byte.MIN_VALUE };

	/** Code points at the boundaries of the 1 to 4 byte UTF-8 encodings. */
	private static final int[] CODE_POINT_EDGES = { 0, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x10000,
			0x10FFFF };

	private static final int[] HOSTILE_LENGTHS = { Integer.MAX_VALUE, Integer.MIN_VALUE, -1, 0x7FFFFFF8, 0xFFFFFFF0,
			1 << 30, 2 * 1024 * 1024 };

	private static final int MIB = 1024 * 1024;

	private FrameGenerators() {
	}

	/**
	 * Return a frame within {@link #LIMITS}: known flags, any correlation id and
	 * timestamp, up to 8 headers of every {@link HeaderType}, up to 256 payload bytes.
	 * @param random the source of randomness
	 * @return the frame
	 */
	static Frame frame(Random random) {
		int flags = intBetween(random, 0, FrameFlags.KNOWN_BITS);
		long correlationId = anyLong(random);
		long timestamp = anyLong(random);
		int headerCount = size(random, 0, LIMITS.maxHeaderCount());
		Map<String, Object> headers = new LinkedHashMap<>();
		for (int attempt = 0; headers.size() < headerCount && attempt < 4 * headerCount; attempt++) {
			headers.putIfAbsent(text(random, 1, 12), headerValue(random));
		}
		return new Frame(flags, correlationId, timestamp, headers, bytes(random, LIMITS.maxPayloadLength()));
	}

	/**
	 * Return a header value of a random {@link HeaderType}: text of up to 12 code points,
	 * an int, a long, a boolean, up to 40 bytes, a double of any bit pattern or a UUID.
	 * @param random the source of randomness
	 * @return the value
	 */
	static Object headerValue(Random random) {
		return switch (HeaderType.values()[random.nextInt(HeaderType.values().length)]) {
			case STRING -> text(random, 0, 12);
			case INT -> anyInt(random);
			case LONG -> anyLong(random);
			case BOOLEAN -> random.nextBoolean();
			case BYTES -> bytes(random, 40);
			case DOUBLE -> edge(random) ? DOUBLE_EDGES[random.nextInt(DOUBLE_EDGES.length)]
					: Double.longBitsToDouble(anyLong(random));
			case UUID -> new UUID(anyLong(random), anyLong(random));
		};
	}

	/**
	 * Return a length that no frame within sane limits declares: a known bad value, at
	 * least 1 MiB, or negative (a u32 above 2 GiB).
	 * @param random the source of randomness
	 * @return the length
	 */
	static int hostileLength(Random random) {
		return switch (random.nextInt(3)) {
			case 0 -> HOSTILE_LENGTHS[random.nextInt(HOSTILE_LENGTHS.length)];
			case 1 -> intBetween(random, MIB, Integer.MAX_VALUE);
			default -> intBetween(random, Integer.MIN_VALUE, -1);
		};
	}

	/**
	 * Return a header block assembled from up to 4 headers whose parts are each either
	 * right or wrong: a count that may not match, keys of declared or random length, type
	 * codes 0 to 8, value lengths that may be hostile, values of any length.
	 * @param random the source of randomness
	 * @return the encoded block
	 */
	static byte[] nearlyValidHeaderBlock(Random random) {
		int headerCount = size(random, 0, 4);
		byte[][] headers = new byte[headerCount][];
		for (int i = 0; i < headerCount; i++) {
			headers[i] = nearlyValidHeader(random);
		}
		int count = (random.nextInt(4) != 0) ? headerCount : intBetween(random, 0, 0xFFFF);
		return TestFrames.headerBlock(count, headers);
	}

	private static byte[] nearlyValidHeader(Random random) {
		boolean exactKeyLength = random.nextBoolean();
		byte[] key = random.nextBoolean() ? alpha(random, 1, 6).getBytes(StandardCharsets.US_ASCII) : bytes(random, 6);
		int type = intBetween(random, 0, 8);
		int length = random.nextBoolean() ? intBetween(random, 0, 24) : hostileLength(random);
		byte[] value = bytes(random, 24);
		ByteBuffer buffer = TestFrames.le(new byte[2 + key.length + 1 + 4 + value.length]);
		buffer.putShort((short) (exactKeyLength ? key.length : length));
		buffer.put(key).put((byte) type).putInt(length).put(value);
		return buffer.array();
	}

	/**
	 * Return 1 to 8 distinct bit positions.
	 * @param random the source of randomness
	 * @param bitCount the number of bits to choose from
	 * @return the positions, each from 0 to {@code bitCount - 1}
	 */
	static Set<Integer> bitPositions(Random random, int bitCount) {
		int count = Math.min(size(random, 1, 8), bitCount);
		Set<Integer> positions = new LinkedHashSet<>();
		while (positions.size() < count) {
			positions.add(random.nextInt(bitCount));
		}
		return positions;
	}

	/**
	 * Return up to {@code maxSize} bytes, often none or exactly {@code maxSize}.
	 * @param random the source of randomness
	 * @param maxSize the largest size
	 * @return the bytes
	 */
	static byte[] bytes(Random random, int maxSize) {
		byte[] bytes = new byte[size(random, 0, maxSize)];
		random.nextBytes(bytes);
		for (int i = 0; i < bytes.length; i++) {
			if (edge(random)) {
				bytes[i] = BYTE_EDGES[random.nextInt(BYTE_EDGES.length)];
			}
		}
		return bytes;
	}

	/**
	 * Return a string of any Unicode code points except surrogates, so that ASCII, other
	 * BMP characters and supplementary characters such as emoji all occur.
	 * @param random the source of randomness
	 * @param minCodePoints the fewest code points
	 * @param maxCodePoints the most code points
	 * @return the string
	 */
	static String text(Random random, int minCodePoints, int maxCodePoints) {
		int[] codePoints = new int[size(random, minCodePoints, maxCodePoints)];
		for (int i = 0; i < codePoints.length; i++) {
			codePoints[i] = switch (random.nextInt(4)) {
				case 0 -> intBetween(random, 0x20, 0x7E);
				case 1 -> intBetween(random, 0x1F300, 0x1FAFF);
				case 2 -> CODE_POINT_EDGES[random.nextInt(CODE_POINT_EDGES.length)];
				default -> nonSurrogate(random);
			};
		}
		return new String(codePoints, 0, codePoints.length);
	}

	private static int nonSurrogate(Random random) {
		int codePoint = random.nextInt(0x110000 - 0x800);
		return (codePoint < 0xD800) ? codePoint : codePoint + 0x800;
	}

	private static String alpha(Random random, int minLength, int maxLength) {
		StringBuilder text = new StringBuilder();
		int length = size(random, minLength, maxLength);
		for (int i = 0; i < length; i++) {
			int letter = random.nextInt(52);
			text.append((char) ((letter < 26) ? 'a' + letter : 'A' + letter - 26));
		}
		return text.toString();
	}

	/**
	 * Return a size, often the minimum, the maximum or small.
	 * @param random the source of randomness
	 * @param min the smallest size
	 * @param max the largest size
	 * @return the size
	 */
	static int size(Random random, int min, int max) {
		return switch (random.nextInt(8)) {
			case 0 -> min;
			case 1 -> max;
			case 2, 3 -> intBetween(random, min, Math.min(max, min + 4));
			default -> intBetween(random, min, max);
		};
	}

	/**
	 * Return an int between two bounds, often one of the bounds or next to them.
	 * @param random the source of randomness
	 * @param min the lower bound, inclusive
	 * @param max the upper bound, inclusive
	 * @return the int
	 */
	static int intBetween(Random random, int min, int max) {
		if (edge(random)) {
			return switch (random.nextInt(4)) {
				case 0 -> min;
				case 1 -> max;
				case 2 -> (min < max) ? min + 1 : min;
				default -> (min < max) ? max - 1 : max;
			};
		}
		return (int) random.nextLong(min, (long) max + 1);
	}

	static int anyInt(Random random) {
		return edge(random) ? INT_EDGES[random.nextInt(INT_EDGES.length)] : random.nextInt();
	}

	static long anyLong(Random random) {
		return edge(random) ? LONG_EDGES[random.nextInt(LONG_EDGES.length)] : random.nextLong();
	}

	/**
	 * Return whether a generator should pick one of its edge cases (one time in eight).
	 */
	private static boolean edge(Random random) {
		return random.nextInt(8) == 0;
	}

}
