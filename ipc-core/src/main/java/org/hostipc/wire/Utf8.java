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

/**
 * UTF-8 as the wire format needs it: lengths computed without encoding, strings written
 * straight into a buffer, strict decoding. An unpaired surrogate is written as
 * {@code '?'}, as {@link String#getBytes(java.nio.charset.Charset)} does.
 *
 * @author hostipc
 */
final class Utf8 {

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

	private static boolean isAscii(byte[] array, int offset, int length) {
		for (int i = offset; i < offset + length; i++) {
			if (array[i] < 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Strict UTF-8 decoding that copies ASCII text straight into a {@code String}. One
	 * per thread: it holds a decoder and a small scratch array for direct buffers.
	 */
	static final class Reader {

		private static final int SCRATCH_LENGTH = 256;

		private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);

		private final byte[] scratch = new byte[SCRATCH_LENGTH];

		/**
		 * Return the text of {@code length} bytes at {@code index}, or {@code null} when
		 * they are not valid UTF-8.
		 */
		String read(ByteBuffer buffer, int index, int length) {
			if (buffer.hasArray()) {
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

	}

}
