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

package org.hostipc.benchmarks.harness;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Layout of a benchmark message: the intended send time ({@link System#nanoTime()}), a
 * sequence number, then a fixed fill pattern up to the payload size. Receivers read every
 * byte as little-endian 64-bit words and sum the fill words; the sum of every message is
 * the same, so the coordinator can check the total.
 *
 * <pre>
 *  0               8               16                               size
 *  +---------------+---------------+--------------------------------+
 *  | intended time |   sequence    |  fill words (8-byte multiple)  |
 *  +---------------+---------------+--------------------------------+
 * </pre>
 *
 * @author hostipc
 */
public final class Payloads {

	/** Offset of the intended send time. */
	public static final int INTENDED_OFFSET = 0;

	/** Offset of the sequence number. */
	public static final int SEQUENCE_OFFSET = 8;

	/** Offset of the first fill word. */
	public static final int FILL_OFFSET = 16;

	private Payloads() {
	}

	/**
	 * Create a payload filled with the pattern.
	 * @param size the size, a multiple of 8 and at least {@link #FILL_OFFSET}
	 * @return the payload
	 */
	public static byte[] create(int size) {
		if (size < FILL_OFFSET || size % 8 != 0) {
			throw new IllegalArgumentException("Payload size must be a multiple of 8 and at least 16, got " + size);
		}
		byte[] payload = new byte[size];
		for (int i = FILL_OFFSET; i < size; i++) {
			payload[i] = (byte) (i * 31 + 7);
		}
		return payload;
	}

	/**
	 * Return the fill sum every message of a size carries.
	 * @param size the payload size
	 * @return the sum of the fill words
	 */
	public static long fillSum(int size) {
		byte[] payload = create(size);
		return wordSum(new UnsafeBuffer(payload), 0, size);
	}

	/**
	 * Sum the fill words of a message.
	 * @param buffer the buffer holding the message
	 * @param offset the offset of the message
	 * @param length the length of the message
	 * @return the sum
	 */
	public static long wordSum(DirectBuffer buffer, int offset, int length) {
		long sum = 0;
		int end = offset + length - 7;
		for (int i = offset + FILL_OFFSET; i < end; i += 8) {
			sum += buffer.getLong(i, java.nio.ByteOrder.LITTLE_ENDIAN);
		}
		return sum;
	}

	/**
	 * Write the intended send time and the sequence number.
	 * @param buffer the message buffer
	 * @param intendedNanos the intended send time
	 * @param sequence the sequence number
	 */
	public static void stamp(UnsafeBuffer buffer, long intendedNanos, long sequence) {
		buffer.putLong(INTENDED_OFFSET, intendedNanos, java.nio.ByteOrder.LITTLE_ENDIAN);
		buffer.putLong(SEQUENCE_OFFSET, sequence, java.nio.ByteOrder.LITTLE_ENDIAN);
	}

}
