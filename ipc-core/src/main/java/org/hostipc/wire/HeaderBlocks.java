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

/**
 * Checks and walks the headers of an encoded header block in place, for {@link FrameView}
 * and {@link HeaderCursor}: each header is key length (u16), key (UTF-8), type code (u8)
 * and a value whose length the type gives (see {@link HeaderType}).
 *
 * @author hostipc
 */
final class HeaderBlocks {

	/** Smallest encoded header: key length, a one-byte key, type, a boolean value. */
	static final int MIN_HEADER_LENGTH = 5;

	private HeaderBlocks() {
	}

	/**
	 * Check one header with the rules of {@code HeaderCodec.decode}.
	 * @param buffer a little-endian buffer
	 * @param at where the header starts
	 * @param end where the block ends
	 * @return where the next header starts, or {@code -1} if the header is malformed
	 */
	static int check(ByteBuffer buffer, int at, int end) {
		if (end - at < 2) {
			return -1;
		}
		int keyLength = Short.toUnsignedInt(buffer.getShort(at));
		at += 2;
		if (keyLength == 0 || keyLength > HeaderCodec.MAX_KEY_LENGTH || keyLength + 1 > end - at
				|| !Utf8.isValid(buffer, at, keyLength)) {
			return -1;
		}
		at += keyLength;
		HeaderType type = HeaderType.fromCode(Byte.toUnsignedInt(buffer.get(at++)));
		if (type == null || end - at < fixedLength(type)) {
			return -1;
		}
		switch (type) {
			case BOOLEAN -> {
				byte value = buffer.get(at);
				return (value == 0 || value == 1) ? at + 1 : -1;
			}
			case STRING, BYTES -> {
				int length = buffer.getInt(at);
				at += 4;
				if (length < 0 || length > end - at
						|| (type == HeaderType.STRING && !Utf8.isValid(buffer, at, length))) {
					return -1;
				}
				return at + length;
			}
			default -> {
				return at + fixedLength(type);
			}
		}
	}

	/**
	 * Return the length of the fixed part of a value: the value itself, or the u32 length
	 * before a string or byte array.
	 * @param type the type
	 * @return the length in bytes
	 */
	static int fixedLength(HeaderType type) {
		return switch (type) {
			case STRING, BYTES, INT -> 4;
			case LONG, DOUBLE -> 8;
			case BOOLEAN -> 1;
			case UUID -> 16;
		};
	}

	/**
	 * Return where the value of a header ends, which is where the next header starts.
	 * @param buffer a little-endian buffer
	 * @param valueAt where the value starts
	 * @param type the value's type
	 * @return the index after the value
	 */
	static int valueEnd(ByteBuffer buffer, int valueAt, HeaderType type) {
		if (type == HeaderType.STRING || type == HeaderType.BYTES) {
			return valueAt + 4 + buffer.getInt(valueAt);
		}
		return valueAt + fixedLength(type);
	}

	/**
	 * Return whether a key equals one of the keys before it.
	 * @param buffer the buffer
	 * @param keys index and length of each earlier key, in pairs
	 * @param count the number of earlier keys
	 * @param keyAt where the key starts
	 * @param keyLength its length
	 * @return whether it is a duplicate
	 */
	static boolean isDuplicateKey(ByteBuffer buffer, int[] keys, int count, int keyAt, int keyLength) {
		for (int i = 0; i < count; i++) {
			if (keys[2 * i + 1] == keyLength && buffer.get(keys[2 * i]) == buffer.get(keyAt)
					&& rangeEquals(buffer, keys[2 * i], keyAt, keyLength)) {
				return true;
			}
		}
		return false;
	}

	private static boolean rangeEquals(ByteBuffer buffer, int first, int second, int length) {
		int i = 0;
		for (; i + 8 <= length; i += 8) {
			if (buffer.getLong(first + i) != buffer.getLong(second + i)) {
				return false;
			}
		}
		for (; i < length; i++) {
			if (buffer.get(first + i) != buffer.get(second + i)) {
				return false;
			}
		}
		return true;
	}

}
