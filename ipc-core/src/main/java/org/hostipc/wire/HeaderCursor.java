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
import java.util.UUID;

/**
 * Walks the headers of a {@link FrameView} where they lie in the buffer: position it with
 * {@link #next()} or {@link #find(String)}, then read the current header's key and value.
 * Comparing and reading primitive values allocates nothing; {@link #key()},
 * {@link #stringValue()} and {@link #value()} create objects.
 * <p>
 * Obtained from {@link FrameView#headers()}; valid while its view is. NOT thread-safe.
 *
 * @author hostipc
 */
public final class HeaderCursor {

	private final FrameView view;

	private final Utf8.Reader text = new Utf8.Reader();

	private ByteBuffer buffer;

	private int first;

	private int count;

	private int index;

	private int at;

	private int valueAt;

	private HeaderType type;

	HeaderCursor(FrameView view) {
		this.view = view;
	}

	HeaderCursor reset(ByteBuffer buffer, int first, int count) {
		this.buffer = buffer;
		this.first = first;
		this.count = count;
		this.index = -1;
		this.at = first;
		this.type = null;
		return this;
	}

	/**
	 * Move to the next header.
	 * @return {@code false} when there is none
	 */
	public boolean next() {
		if (this.index + 1 >= this.count) {
			this.index = this.count;
			this.type = null;
			return false;
		}
		if (this.index >= 0) {
			this.at = HeaderBlocks.valueEnd(this.buffer, this.valueAt, this.type);
		}
		this.index++;
		int keyLength = keyLength();
		this.type = HeaderType.fromCode(Byte.toUnsignedInt(this.buffer.get(this.at + 2 + keyLength)));
		this.valueAt = this.at + 3 + keyLength;
		return true;
	}

	/**
	 * Move to the header with the given key, searching from the first header.
	 * @param key the key
	 * @return whether it was found (otherwise the cursor is past the last header)
	 */
	public boolean find(String key) {
		reset(this.buffer, this.first, this.count);
		while (next()) {
			if (keyEquals(key)) {
				return true;
			}
		}
		return false;
	}

	private int keyLength() {
		return Short.toUnsignedInt(this.buffer.getShort(this.at));
	}

	private void checkPositioned() {
		if (this.type == null) {
			throw new IllegalStateException("The cursor is not on a header; call next() or find(..) first");
		}
	}

	private void checkType(HeaderType expected) {
		checkPositioned();
		if (this.type != expected) {
			throw new IllegalStateException("Header '" + key() + "' is of type " + this.type + ", not " + expected);
		}
	}

	/**
	 * Return whether the current header's key equals a text, without decoding it.
	 * @param key the text
	 * @return whether they are equal
	 */
	public boolean keyEquals(String key) {
		checkPositioned();
		return Utf8.equals(this.buffer, this.at + 2, keyLength(), key);
	}

	/**
	 * Return the current header's key as a new string.
	 * @return the key
	 */
	public String key() {
		checkPositioned();
		return this.text.read(this.buffer, this.at + 2, keyLength());
	}

	/**
	 * Return the current header's wire type.
	 * @return the type
	 */
	public HeaderType type() {
		checkPositioned();
		return this.type;
	}

	/**
	 * Return the current value, which must be of type {@link HeaderType#INT}.
	 * @return the value
	 * @throws IllegalStateException if the cursor is on no header or on one of another
	 * type
	 */
	public int intValue() {
		checkType(HeaderType.INT);
		return this.buffer.getInt(this.valueAt);
	}

	/**
	 * Return the current value, which must be of type {@link HeaderType#LONG}.
	 * @return the value
	 * @throws IllegalStateException if the cursor is on no header or on one of another
	 * type
	 */
	public long longValue() {
		checkType(HeaderType.LONG);
		return this.buffer.getLong(this.valueAt);
	}

	/**
	 * Return the current value, which must be of type {@link HeaderType#DOUBLE}.
	 * @return the value
	 * @throws IllegalStateException if the cursor is on no header or on one of another
	 * type
	 */
	public double doubleValue() {
		checkType(HeaderType.DOUBLE);
		return this.buffer.getDouble(this.valueAt);
	}

	/**
	 * Return the current value, which must be of type {@link HeaderType#BOOLEAN}.
	 * @return the value
	 * @throws IllegalStateException if the cursor is on no header or on one of another
	 * type
	 */
	public boolean booleanValue() {
		checkType(HeaderType.BOOLEAN);
		return this.buffer.get(this.valueAt) == 1;
	}

	/**
	 * Return the index in {@link FrameView#buffer()} of the current value's bytes: the
	 * UTF-8 bytes of a string, the bytes of a byte array, or the fixed-size value.
	 * @return the index
	 */
	public int valueOffset() {
		checkPositioned();
		return (this.type == HeaderType.STRING || this.type == HeaderType.BYTES) ? this.valueAt + 4 : this.valueAt;
	}

	/**
	 * Return the length of the bytes at {@link #valueOffset()}.
	 * @return the length
	 */
	public int valueLength() {
		checkPositioned();
		return (this.type == HeaderType.STRING || this.type == HeaderType.BYTES) ? this.buffer.getInt(this.valueAt)
				: HeaderBlocks.fixedLength(this.type);
	}

	/**
	 * Return whether the current value is a string equal to a text, without decoding it.
	 * @param value the text
	 * @return whether they are equal
	 */
	public boolean stringValueEquals(String value) {
		checkPositioned();
		return this.type == HeaderType.STRING && Utf8.equals(this.buffer, valueOffset(), valueLength(), value);
	}

	/**
	 * Return the current string value as a new string.
	 * @return the value
	 */
	public String stringValue() {
		checkType(HeaderType.STRING);
		return this.text.read(this.buffer, valueOffset(), valueLength());
	}

	/**
	 * Return the current value as the object {@link FrameCodec#decode} puts into a
	 * frame's headers.
	 * @return the value
	 */
	public Object value() {
		checkPositioned();
		return switch (this.type) {
			case STRING -> stringValue();
			case INT -> intValue();
			case LONG -> longValue();
			case DOUBLE -> doubleValue();
			case BOOLEAN -> booleanValue();
			case BYTES -> {
				byte[] bytes = new byte[valueLength()];
				this.buffer.get(valueOffset(), bytes);
				yield bytes;
			}
			case UUID -> {
				// RFC 4122 order is big-endian
				long most = this.buffer.getLong(this.valueAt);
				long least = this.buffer.getLong(this.valueAt + 8);
				boolean swap = this.buffer.order() == ByteOrder.LITTLE_ENDIAN;
				yield swap ? new UUID(Long.reverseBytes(most), Long.reverseBytes(least)) : new UUID(most, least);
			}
		};
	}

	@Override
	public String toString() {
		return (this.type != null) ? "HeaderCursor[" + key() + "=" + this.type + "]"
				: "HeaderCursor[" + this.view.headerCount() + " headers]";
	}

}
