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
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

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
 * All integers little-endian. Keys are 1 to {@value #MAX_KEY_LENGTH} bytes and unique.
 * Thread-safe.
 *
 * @author hostipc
 */
public final class HeaderCodec {

	/** Largest key length in bytes. */
	public static final int MAX_KEY_LENGTH = 1024;

	private HeaderCodec() {
	}

	/**
	 * Return the encoded length of a header map.
	 * @param headers the headers
	 * @return the length in bytes
	 * @throws FrameEncodingException if a value has an unsupported type or a key is
	 * invalid
	 */
	public static long encodedLength(Map<String, Object> headers) {
		long length = 2;
		for (Map.Entry<String, Object> entry : headers.entrySet()) {
			int keyLength = utf8Length(entry.getKey());
			if (keyLength == 0 || keyLength > MAX_KEY_LENGTH) {
				throw new FrameEncodingException(
						"Header key '" + entry.getKey() + "' must be 1 to " + MAX_KEY_LENGTH + " UTF-8 bytes");
			}
			length += 2 + keyLength + 1 + valueLength(entry.getKey(), entry.getValue());
		}
		return length;
	}

	private static long valueLength(String key, Object value) {
		HeaderType type = HeaderType.of(value);
		if (type == null) {
			throw new FrameEncodingException("Header '" + key + "' has type "
					+ ((value != null) ? value.getClass().getName() : "null")
					+ " which cannot cross the wire; use String, Integer, Long, Boolean, byte[], Double or UUID");
		}
		return switch (type) {
			case STRING -> 4L + utf8Length((String) value);
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
		for (Map.Entry<String, Object> entry : headers.entrySet()) {
			byte[] key = entry.getKey().getBytes(StandardCharsets.UTF_8);
			buffer.putShort((short) key.length);
			buffer.put(key);
			Object value = entry.getValue();
			HeaderType type = HeaderType.of(value);
			buffer.put((byte) type.code());
			switch (type) {
				case STRING -> {
					byte[] bytes = ((String) value).getBytes(StandardCharsets.UTF_8);
					buffer.putInt(bytes.length);
					buffer.put(bytes);
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
	}

	/**
	 * Decode a header block occupying exactly {@code buffer.remaining()} bytes.
	 * @param buffer a little-endian buffer positioned at the block
	 * @param maxCount the largest number of headers accepted
	 * @return the headers, or {@code null} with the reason in {@code error[0]}
	 */
	static Map<String, Object> decode(ByteBuffer buffer, int maxCount, String[] error) {
		if (buffer.remaining() < 2) {
			error[0] = "header block shorter than its count";
			return null;
		}
		int count = Short.toUnsignedInt(buffer.getShort());
		if (count > maxCount) {
			error[0] = "header count " + count + " exceeds the maximum of " + maxCount;
			return null;
		}
		// each header takes at least 2 + 1 + 1 + 1 bytes, so the count is bounded by
		// the block
		if ((long) count * 5 > buffer.remaining()) {
			error[0] = "header count " + count + " does not fit in " + buffer.remaining() + " bytes";
			return null;
		}
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		Map<String, Object> headers = new LinkedHashMap<>(Math.max(4, count * 2));
		for (int i = 0; i < count; i++) {
			if (buffer.remaining() < 2) {
				error[0] = "header " + i + " truncated before its key length";
				return null;
			}
			int keyLength = Short.toUnsignedInt(buffer.getShort());
			if (keyLength == 0 || keyLength > MAX_KEY_LENGTH || keyLength + 1 > buffer.remaining()) {
				error[0] = "header " + i + " has an invalid key length " + keyLength;
				return null;
			}
			String key = string(buffer, keyLength, utf8);
			if (key == null) {
				error[0] = "header " + i + " key is not valid UTF-8";
				return null;
			}
			HeaderType type = HeaderType.fromCode(Byte.toUnsignedInt(buffer.get()));
			if (type == null) {
				error[0] = "header '" + key + "' has an unknown type code";
				return null;
			}
			Object value = value(buffer, type, utf8, key, error);
			if (value == null) {
				return null;
			}
			if (headers.putIfAbsent(key, value) != null) {
				error[0] = "duplicate header '" + key + "'";
				return null;
			}
		}
		if (buffer.hasRemaining()) {
			error[0] = buffer.remaining() + " bytes left after the last header";
			return null;
		}
		return headers;
	}

	private static Object value(ByteBuffer buffer, HeaderType type, CharsetDecoder utf8, String key, String[] error) {
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
	}

	private static String string(ByteBuffer buffer, int length, CharsetDecoder utf8) {
		ByteBuffer slice = buffer.slice();
		slice.limit(length);
		buffer.position(buffer.position() + length);
		try {
			CharBuffer chars = utf8.reset().decode(slice);
			return chars.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	static int utf8Length(String text) {
		int length = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				length++;
			}
			else if (c < 0x800) {
				length += 2;
			}
			else if (Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1))) {
				length += 4;
				i++;
			}
			else {
				// lone surrogates are encoded by the JDK as '?', one byte
				length += Character.isSurrogate(c) ? 1 : 3;
			}
		}
		return length;
	}

}
