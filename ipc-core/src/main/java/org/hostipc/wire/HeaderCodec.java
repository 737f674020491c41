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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Encodes and decodes the header block of a frame.
 *
 * <pre>
 * header-block = count:u16 *header
 * header       = key-length:u16 key:UTF-8 type:u8 value
 * value        = STRING  u32 length, UTF-8 bytes
 *              | INT     i32
 *              | LONG    i64
 *              | BOOLEAN u8 (0 or 1)
 *              | BYTES   u32 length, bytes
 *              | DOUBLE  f64
 *              | UUID    16 bytes, RFC 4122 order
 * </pre>
 *
 * All integers little-endian. Keys are 1 to {@value #MAX_KEY_LENGTH} bytes of valid UTF-8
 * and unique. A {@code String} value containing an unpaired surrogate is written with
 * {@code '?'} in its place, as {@link String#getBytes(java.nio.charset.Charset)} does; a
 * key containing one is rejected. Thread-safe.
 *
 * @author hostipc
 */
public final class HeaderCodec {

	/** Largest key length in bytes. */
	public static final int MAX_KEY_LENGTH = 1024;

	/** Largest number of headers a block can hold (the count is a u16). */
	public static final int MAX_HEADER_COUNT = 0xFFFF;

	/** Length of the smallest block: a count of zero. */
	public static final int MIN_BLOCK_LENGTH = 2;

	/** Smallest encoded header: key length, a one-byte key, type, a boolean value. */
	private static final int MIN_HEADER_LENGTH = 5;

	private static final ThreadLocal<Utf8.Reader> TEXT_READER = ThreadLocal.withInitial(Utf8.Reader::new);

	private static final ThreadLocal<Visitor> VISITORS = ThreadLocal.withInitial(Visitor::new);

	private HeaderCodec() {
	}

	/**
	 * Return the encoded length of a header map.
	 * @param headers the headers
	 * @return the length in bytes
	 * @throws FrameEncodingException if a value has an unsupported type, a key is invalid
	 * or there are more than {@value #MAX_HEADER_COUNT} headers
	 */
	public static long encodedLength(Map<String, Object> headers) {
		if (headers.size() > MAX_HEADER_COUNT) {
			throw new FrameEncodingException("Message has " + headers.size() + " headers, more than the "
					+ MAX_HEADER_COUNT + " a frame can hold");
		}
		if (headers.isEmpty()) {
			return MIN_BLOCK_LENGTH;
		}
		// forEach visits the entries of any map, unmodifiable views included, without
		// an iterator; the visitor is this thread's own
		Visitor measure = VISITORS.get();
		measure.length = MIN_BLOCK_LENGTH;
		headers.forEach(measure);
		return measure.length;
	}

	private static long headerLength(String key, Object value, EncodedTexts texts) {
		byte[] encodedKey = (key != null) ? texts.get(key, true) : null;
		int keyLength = (encodedKey != null) ? encodedKey.length : (key != null) ? Utf8.length(key) : 0;
		if (keyLength == 0 || keyLength > MAX_KEY_LENGTH) {
			throw new FrameEncodingException(
					"Header key '" + key + "' must be 1 to " + MAX_KEY_LENGTH + " UTF-8 bytes");
		}
		if (encodedKey == null && Utf8.hasUnpairedSurrogate(key)) {
			throw new FrameEncodingException("Header key '" + key + "' contains an unpaired surrogate");
		}
		return 2 + keyLength + 1 + valueLength(key, value, texts);
	}

	private static long valueLength(String key, Object value, EncodedTexts texts) {
		HeaderType type = HeaderType.of(value);
		if (type == null) {
			throw new FrameEncodingException("Header '" + key + "' has type "
					+ ((value != null) ? value.getClass().getName() : "null")
					+ " which cannot cross the wire; use String, Integer, Long, Boolean, byte[], Double or UUID");
		}
		return switch (type) {
			case STRING -> 4L + texts.length((String) value);
			case INT -> 4;
			case LONG, DOUBLE -> 8;
			case BOOLEAN -> 1;
			case BYTES -> 4L + ((byte[]) value).length;
			case UUID -> 16;
		};
	}

	/**
	 * Write a header map at the buffer's position, which advances.
	 * @param headers the headers, already validated by {@link #encodedLength(Map)}
	 * @param buffer a little-endian buffer with enough room
	 */
	public static void encode(Map<String, Object> headers, ByteBuffer buffer) {
		buffer.putShort((short) headers.size());
		if (headers.isEmpty()) {
			return;
		}
		Visitor write = VISITORS.get();
		write.buffer = buffer;
		try {
			headers.forEach(write);
		}
		finally {
			write.buffer = null;
		}
	}

	private static void encode(String key, Object value, ByteBuffer buffer, EncodedTexts texts) {
		// write the text, then its length before it: one pass over the characters
		int keyAt = buffer.position();
		buffer.putShort((short) 0);
		texts.put(buffer, key);
		buffer.putShort(keyAt, (short) (buffer.position() - keyAt - 2));
		HeaderType type = HeaderType.of(value);
		buffer.put((byte) type.code());
		switch (type) {
			case STRING -> {
				int textAt = buffer.position();
				buffer.putInt(0);
				texts.put(buffer, (String) value);
				buffer.putInt(textAt, buffer.position() - textAt - 4);
			}
			case INT -> buffer.putInt(((Number) value).intValue());
			case LONG -> buffer.putLong((Long) value);
			case BOOLEAN -> buffer.put((byte) (((Boolean) value) ? 1 : 0));
			case BYTES -> {
				byte[] bytes = (byte[]) value;
				buffer.putInt(bytes.length);
				buffer.put(bytes);
			}
			case DOUBLE -> buffer.putDouble(((Number) value).doubleValue());
			case UUID -> {
				UUID uuid = (UUID) value;
				buffer.order(ByteOrder.BIG_ENDIAN);
				buffer.putLong(uuid.getMostSignificantBits());
				buffer.putLong(uuid.getLeastSignificantBits());
				buffer.order(ByteOrder.LITTLE_ENDIAN);
			}
		}
	}

	/**
	 * Decode a header block occupying exactly {@code buffer.remaining()} bytes.
	 * @param buffer a little-endian buffer positioned at the block
	 * @param maxCount the largest number of headers accepted
	 * @return the headers or an error
	 */
	static Result decode(ByteBuffer buffer, int maxCount) {
		if (buffer.remaining() < MIN_BLOCK_LENGTH) {
			return Result.failure(FrameError.MALFORMED_HEADERS, "header block shorter than its count");
		}
		int count = Short.toUnsignedInt(buffer.getShort());
		if (count > maxCount) {
			return Result.failure(FrameError.OVERSIZE, "header count " + count + " exceeds the maximum of " + maxCount);
		}
		// the count is bounded by the block before sizing the map
		if ((long) count * MIN_HEADER_LENGTH > buffer.remaining()) {
			return Result.failure(FrameError.MALFORMED_HEADERS,
					"header count " + count + " does not fit in " + buffer.remaining() + " bytes");
		}
		Utf8.Reader utf8 = TEXT_READER.get();
		Map<String, Object> headers = new LinkedHashMap<>(Math.max(4, count * 2));
		String[] error = new String[1];
		for (int i = 0; i < count; i++) {
			if (buffer.remaining() < 2) {
				return Result.failure(FrameError.MALFORMED_HEADERS, "header " + i + " truncated before its key length");
			}
			int keyLength = Short.toUnsignedInt(buffer.getShort());
			if (keyLength == 0 || keyLength > MAX_KEY_LENGTH || keyLength + 1 > buffer.remaining()) {
				return Result.failure(FrameError.MALFORMED_HEADERS,
						"header " + i + " has an invalid key length " + keyLength);
			}
			String key = string(buffer, keyLength, utf8);
			if (key == null) {
				return Result.failure(FrameError.MALFORMED_HEADERS, "header " + i + " key is not valid UTF-8");
			}
			int code = Byte.toUnsignedInt(buffer.get());
			HeaderType type = HeaderType.fromCode(code);
			if (type == null) {
				return Result.failure(FrameError.MALFORMED_HEADERS,
						"header '" + key + "' has an unknown type code " + code);
			}
			Object value = value(buffer, type, utf8, key, error);
			if (value == null) {
				return Result.failure(FrameError.MALFORMED_HEADERS, error[0]);
			}
			if (headers.putIfAbsent(key, value) != null) {
				return Result.failure(FrameError.MALFORMED_HEADERS, "duplicate header '" + key + "'");
			}
		}
		if (buffer.hasRemaining()) {
			return Result.failure(FrameError.MALFORMED_HEADERS,
					buffer.remaining() + " bytes left after the last header");
		}
		return new Result(headers, null, null);
	}

	private static Object value(ByteBuffer buffer, HeaderType type, Utf8.Reader utf8, String key, String[] error) {
		int fixed = switch (type) {
			case STRING, BYTES, INT -> 4;
			case LONG, DOUBLE -> 8;
			case BOOLEAN -> 1;
			case UUID -> 16;
		};
		if (buffer.remaining() < fixed) {
			error[0] = "header '" + key + "' value truncated";
			return null;
		}
		switch (type) {
			case INT:
				return buffer.getInt();
			case LONG:
				return buffer.getLong();
			case DOUBLE:
				return buffer.getDouble();
			case BOOLEAN:
				byte b = buffer.get();
				if (b != 0 && b != 1) {
					error[0] = "header '" + key + "' boolean is neither 0 nor 1";
					return null;
				}
				return b == 1;
			case UUID:
				buffer.order(ByteOrder.BIG_ENDIAN);
				UUID uuid = new UUID(buffer.getLong(), buffer.getLong());
				buffer.order(ByteOrder.LITTLE_ENDIAN);
				return uuid;
			default:
				return variableValue(buffer, type, utf8, key, error);
		}
	}

	private static Object variableValue(ByteBuffer buffer, HeaderType type, Utf8.Reader utf8, String key,
			String[] error) {
		int length = buffer.getInt();
		if (length < 0 || length > buffer.remaining()) {
			error[0] = "header '" + key + "' declares " + Integer.toUnsignedString(length) + " bytes but "
					+ buffer.remaining() + " remain";
			return null;
		}
		if (type == HeaderType.BYTES) {
			byte[] bytes = new byte[length];
			buffer.get(bytes);
			return bytes;
		}
		String text = string(buffer, length, utf8);
		if (text == null) {
			error[0] = "header '" + key + "' is not valid UTF-8";
		}
		return text;
	}

	private static String string(ByteBuffer buffer, int length, Utf8.Reader utf8) {
		int position = buffer.position();
		buffer.position(position + length);
		return utf8.read(buffer, position, length);
	}

	/**
	 * The headers of a block, or why it could not be decoded.
	 *
	 * @param headers the headers, {@code null} on failure
	 * @param error the error, {@code null} on success
	 * @param detail a description of the error
	 */
	record Result(Map<String, Object> headers, FrameError error, String detail) {

		static Result failure(FrameError error, String detail) {
			return new Result(null, error, detail);
		}

	}

	/**
	 * Measures the entries of a header map as {@link Map#forEach} visits them, or writes
	 * them while it has a buffer. One per thread, so that visiting allocates nothing.
	 */
	private static final class Visitor implements BiConsumer<String, Object> {

		private final EncodedTexts texts = new EncodedTexts();

		private long length;

		private ByteBuffer buffer;

		@Override
		public void accept(String key, Object value) {
			if (this.buffer != null) {
				encode(key, value, this.buffer, this.texts);
			}
			else {
				this.length += headerLength(key, value, this.texts);
			}
		}

	}

	/**
	 * The UTF-8 bytes of short strings this thread wrote in more than one header block
	 * (header keys and values such as content types repeat from message to message), so
	 * that measuring them is a lookup and writing them one bulk copy. Measuring a string
	 * the first time only takes a slot, without allocating, and the next measurement of
	 * the same text caches its bytes; writing only looks up, so a string that never
	 * repeats costs no allocation. Strings with an unpaired surrogate are never cached.
	 */
	private static final class EncodedTexts {

		/** Longest string the cache holds, in chars. */
		private static final int MAX_CACHED_LENGTH = 64;

		/** Number of slots, a power of two. */
		private static final int SIZE = 64;

		private final String[] texts = new String[SIZE];

		private final byte[][] bytes = new byte[SIZE][];

		/**
		 * Return the cached bytes of a string.
		 * @param text the string
		 * @param measuring whether the string is being measured (then it takes its slot,
		 * or its bytes are cached when it already held it)
		 * @return the bytes, or {@code null} when the string is not cached (yet)
		 */
		byte[] get(String text, boolean measuring) {
			if (text.length() > MAX_CACHED_LENGTH) {
				return null;
			}
			int hash = text.hashCode();
			int slot = (hash ^ (hash >>> 16)) & (SIZE - 1);
			String seen = this.texts[slot];
			if (seen != text && (seen == null || !seen.equals(text))) {
				if (measuring) {
					this.texts[slot] = text;
					this.bytes[slot] = null;
				}
				return null;
			}
			byte[] encoded = this.bytes[slot];
			if (encoded == null && measuring && !Utf8.hasUnpairedSurrogate(text)) {
				encoded = text.getBytes(StandardCharsets.UTF_8);
				this.bytes[slot] = encoded;
			}
			return encoded;
		}

		int length(String text) {
			byte[] encoded = get(text, true);
			return (encoded != null) ? encoded.length : Utf8.length(text);
		}

		void put(ByteBuffer buffer, String text) {
			byte[] encoded = get(text, false);
			if (encoded != null) {
				buffer.put(encoded);
			}
			else {
				Utf8.put(buffer, text);
			}
		}

	}

}
