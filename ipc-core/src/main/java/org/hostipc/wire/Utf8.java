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
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * UTF-8 as the wire format needs it: lengths computed without encoding, strings written
 * straight into a buffer, strict decoding. An unpaired surrogate is written as
 * {@code '?'}, as {@link String#getBytes(java.nio.charset.Charset)} does.
 *
 * @author hostipc
 */
final class Utf8 {

	/** The high bit of each byte of a long: zero for eight ASCII bytes. */
	private static final long ASCII_MASK = 0x8080808080808080L;

	private Utf8() {
	}

	/**
	 * Return the number of bytes {@link #put(ByteBuffer, String)} writes, which is also
	 * what {@code text.getBytes(UTF_8).length} returns.
	 */
	static int length(String text) {
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
				// an unpaired surrogate is written as '?', one byte
				length += Character.isSurrogate(c) ? 1 : 3;
			}
		}
		return length;
	}

	/**
	 * Write the UTF-8 bytes of a string at the buffer's position, which advances.
	 */
	static void put(ByteBuffer buffer, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				buffer.put((byte) c);
			}
			else if (c < 0x800) {
				buffer.put((byte) (0xC0 | (c >> 6)));
				buffer.put((byte) (0x80 | (c & 0x3F)));
			}
			else if (Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1))) {
				int codePoint = Character.toCodePoint(c, text.charAt(++i));
				buffer.put((byte) (0xF0 | (codePoint >> 18)));
				buffer.put((byte) (0x80 | ((codePoint >> 12) & 0x3F)));
				buffer.put((byte) (0x80 | ((codePoint >> 6) & 0x3F)));
				buffer.put((byte) (0x80 | (codePoint & 0x3F)));
			}
			else if (Character.isSurrogate(c)) {
				buffer.put((byte) '?');
			}
			else {
				buffer.put((byte) (0xE0 | (c >> 12)));
				buffer.put((byte) (0x80 | ((c >> 6) & 0x3F)));
				buffer.put((byte) (0x80 | (c & 0x3F)));
			}
		}
	}

	/**
	 * Return whether a string has a surrogate that is not part of a pair, which cannot be
	 * written as UTF-8 faithfully.
	 */
	static boolean hasUnpairedSurrogate(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Return whether a range holds well-formed UTF-8, by the rules of the strict decoder
	 * that {@link Reader} uses (no overlong forms, no surrogates, nothing above U+10FFFF,
	 * no truncated sequence), without decoding it.
	 */
	static boolean isValid(ByteBuffer buffer, int index, int length) {
		int end = index + length;
		int i = index;
		while (i < end) {
			if (end - i >= Long.BYTES && (buffer.getLong(i) & ASCII_MASK) == 0) {
				// eight ASCII bytes at once: the common case of keys and short values
				i += Long.BYTES;
				continue;
			}
			int b = buffer.get(i);
			if (b >= 0) {
				i++;
				continue;
			}
			b &= 0xFF;
			int needed;
			int min = 0x80;
			int max = 0xBF;
			if (b >= 0xC2 && b <= 0xDF) {
				needed = 1;
			}
			else if (b >= 0xE0 && b <= 0xEF) {
				needed = 2;
				min = (b == 0xE0) ? 0xA0 : 0x80;
				max = (b == 0xED) ? 0x9F : 0xBF;
			}
			else if (b >= 0xF0 && b <= 0xF4) {
				needed = 3;
				min = (b == 0xF0) ? 0x90 : 0x80;
				max = (b == 0xF4) ? 0x8F : 0xBF;
			}
			else {
				return false;
			}
			if (end - i - 1 < needed) {
				return false;
			}
			int second = buffer.get(i + 1) & 0xFF;
			if (second < min || second > max) {
				return false;
			}
			for (int k = 2; k <= needed; k++) {
				if ((buffer.get(i + k) & 0xC0) != 0x80) {
					return false;
				}
			}
			i += needed + 1;
		}
		return true;
	}

	/**
	 * Return whether a range holds exactly the bytes that
	 * {@link #put(ByteBuffer, String)} writes for a text, without encoding it into a new
	 * array.
	 */
	static boolean equals(ByteBuffer buffer, int index, int length, String text) {
		if (text.length() > length || length(text) != length) {
			return false;
		}
		int at = index;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				if (buffer.get(at++) != (byte) c) {
					return false;
				}
				continue;
			}
			int codePoint = c;
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				codePoint = Character.toCodePoint(c, text.charAt(++i));
			}
			else if (Character.isSurrogate(c)) {
				codePoint = '?';
			}
			int written = encode(codePoint, buffer, at);
			if (written < 0) {
				return false;
			}
			at += written;
		}
		return true;
	}

	/**
	 * Compare the UTF-8 bytes of one code point with those at an index.
	 * @return the number of bytes compared, or {@code -1} on a difference
	 */
	private static int encode(int codePoint, ByteBuffer buffer, int at) {
		int count = (codePoint < 0x80) ? 1 : (codePoint < 0x800) ? 2 : (codePoint < 0x10000) ? 3 : 4;
		int lead = switch (count) {
			case 1 -> codePoint;
			case 2 -> 0xC0 | (codePoint >> 6);
			case 3 -> 0xE0 | (codePoint >> 12);
			default -> 0xF0 | (codePoint >> 18);
		};
		if (buffer.get(at) != (byte) lead) {
			return -1;
		}
		for (int k = 1; k < count; k++) {
			int shift = 6 * (count - 1 - k);
			if (buffer.get(at + k) != (byte) (0x80 | ((codePoint >> shift) & 0x3F))) {
				return -1;
			}
		}
		return count;
	}

	private static boolean isAscii(byte[] array, int offset, int length) {
		for (int i = offset; i < offset + length; i++) {
			if (array[i] < 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Strict UTF-8 decoding that copies ASCII text straight into a {@code String} and
	 * returns the same instance for a short ASCII text it met more than once lately
	 * (header keys and values such as content types repeat from frame to frame), which
	 * then costs neither an allocation nor a hash computation in the map it goes into.
	 * One per thread: it holds a decoder, a small scratch array and the cache.
	 */
	static final class Reader {

		private static final int SCRATCH_LENGTH = 256;

		/** Longest text the cache holds. */
		private static final int MAX_CACHED_LENGTH = 64;

		/** Number of cache slots, a power of two. */
		private static final int CACHE_SIZE = 64;

		private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);

		private final byte[] scratch = new byte[SCRATCH_LENGTH];

		private final String[] cachedTexts = new String[CACHE_SIZE];

		private final byte[][] cachedBytes = new byte[CACHE_SIZE][];

		private final int[] pendingHashes = new int[CACHE_SIZE];

		/**
		 * Return the text of {@code length} bytes at {@code index}, or {@code null} when
		 * they are not valid UTF-8.
		 */
		String read(ByteBuffer buffer, int index, int length) {
			if (length <= MAX_CACHED_LENGTH) {
				buffer.get(index, this.scratch, 0, length);
				int hash = hash(buffer, index, length);
				int slot = (hash ^ (hash >>> 16)) & (CACHE_SIZE - 1);
				byte[] cachedBytes = this.cachedBytes[slot];
				if (cachedBytes != null && Arrays.equals(cachedBytes, 0, cachedBytes.length, this.scratch, 0, length)) {
					return this.cachedTexts[slot];
				}
				if (isAscii(this.scratch, 0, length)) {
					String text = new String(this.scratch, 0, length, StandardCharsets.ISO_8859_1);
					cache(slot, hash, text, length);
					return text;
				}
			}
			else if (buffer.hasArray()) {
				byte[] array = buffer.array();
				int offset = buffer.arrayOffset() + index;
				if (isAscii(array, offset, length)) {
					// ASCII is a subset of ISO-8859-1, which decodes by a plain copy
					return new String(array, offset, length, StandardCharsets.ISO_8859_1);
				}
			}
			else if (length <= SCRATCH_LENGTH) {
				buffer.get(index, this.scratch, 0, length);
				if (isAscii(this.scratch, 0, length)) {
					return new String(this.scratch, 0, length, StandardCharsets.ISO_8859_1);
				}
			}
			try {
				CharBuffer chars = this.decoder.reset().decode(buffer.slice(index, length));
				return chars.toString();
			}
			catch (CharacterCodingException ex) {
				return null;
			}
		}

		/**
		 * Cache a text the second time its hash shows up in its slot: a text met once
		 * costs no allocation beyond its own string.
		 */
		private void cache(int slot, int hash, String text, int length) {
			if (this.pendingHashes[slot] == hash) {
				this.cachedTexts[slot] = text;
				this.cachedBytes[slot] = Arrays.copyOf(this.scratch, length);
			}
			else {
				this.pendingHashes[slot] = hash;
			}
		}

		/**
		 * Hash a short text by its length and its first and last eight bytes: cheap, and
		 * enough to spread a few keys and values over the slots (equality is checked on
		 * every hit).
		 */
		private static int hash(ByteBuffer buffer, int index, int length) {
			long bits;
			if (length >= Long.BYTES) {
				bits = buffer.getLong(index) * 0x9E3779B97F4A7C15L + buffer.getLong(index + length - Long.BYTES);
			}
			else {
				bits = 0;
				for (int i = 0; i < length; i++) {
					bits = (bits << 8) | (buffer.get(index + i) & 0xFF);
				}
			}
			bits = (bits ^ (bits >>> 29)) * 0xBF58476D1CE4E5B9L + length;
			return (int) (bits ^ (bits >>> 32));
		}

	}

}
