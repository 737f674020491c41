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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32C;

import static org.hostipc.wire.FrameDescriptor.CHECKSUM_LENGTH;
import static org.hostipc.wire.FrameDescriptor.CORRELATION_ID_OFFSET;
import static org.hostipc.wire.FrameDescriptor.FLAGS_OFFSET;
import static org.hostipc.wire.FrameDescriptor.FRAME_LENGTH_OFFSET;
import static org.hostipc.wire.FrameDescriptor.HEADER_LENGTH_OFFSET;
import static org.hostipc.wire.FrameDescriptor.MIN_FRAME_LENGTH;
import static org.hostipc.wire.FrameDescriptor.PAYLOAD_LENGTH_OFFSET;
import static org.hostipc.wire.FrameDescriptor.PREFIX_LENGTH;
import static org.hostipc.wire.FrameDescriptor.RESERVED_OFFSET;
import static org.hostipc.wire.FrameDescriptor.TIMESTAMP_OFFSET;
import static org.hostipc.wire.FrameDescriptor.VERSION;
import static org.hostipc.wire.FrameDescriptor.VERSION_OFFSET;

/**
 * A reusable flyweight over one encoded frame in a buffer: {@link #wrap} checks the frame
 * in place, with the same checks in the same order as {@link FrameCodec#decode} and the
 * same {@link FrameError} for bad input, but without copying anything; the accessors then
 * read the prefix, the {@link #headers() headers} and the payload where they lie.
 * Wrapping and reading a little-endian buffer allocates nothing; {@link #toFrame()}
 * copies the frame out when it must outlive the buffer.
 * <p>
 * The view is valid until the next {@link #wrap} and only while the bytes stay as they
 * were (for a ring record: until the reader moves on). NOT thread-safe: one per reading
 * thread.
 * <p>
 * A receiving transport may attach one {@link #setReceiptHeader receipt header} that is
 * not in the bytes, such as the queue index a persistent queue read the frame from:
 * {@link #toFrame()} and the inbound adapters add it to the headers of what they create.
 *
 * @author hostipc
 */
public final class FrameView {

	private final FrameLimits limits;

	private final CRC32C crc = new CRC32C();

	private final HeaderCursor cursor = new HeaderCursor(this);

	private ByteBuffer source;

	private ByteBuffer swapped;

	private ByteBuffer buffer;

	private int offset;

	private int frameLength;

	private int headerLength;

	private int headerCount;

	private boolean valid;

	private int[] keys = new int[8];

	private String receiptName;

	private long receiptValue;

	/**
	 * Create a view that accepts frames within the given limits.
	 * @param limits the limits
	 */
	public FrameView(FrameLimits limits) {
		this.limits = Objects.requireNonNull(limits, "'limits' must not be null");
	}

	/**
	 * Check the frame that starts at an index and point this view at it. The buffer's
	 * position, limit and byte order are left as they were.
	 * @param buffer the bytes, of any byte order (a little-endian buffer is read without
	 * allocating)
	 * @param index where the frame starts
	 * @param length the bytes available from the index, within the buffer's limit
	 * @return {@code null} when the frame is valid, otherwise the error that
	 * {@link FrameCodec#decode(ByteBuffer, int, int)} reports for the same bytes
	 * @throws IndexOutOfBoundsException if the range is not within the buffer's limit
	 */
	public FrameError wrap(ByteBuffer buffer, int index, int length) {
		Objects.checkFromIndexSize(index, length, buffer.limit());
		this.valid = false;
		this.receiptName = null;
		this.receiptValue = 0;
		if (length < 4) {
			return FrameError.TRUNCATED;
		}
		ByteBuffer in = littleEndian(buffer);
		int declared = in.getInt(index + FRAME_LENGTH_OFFSET);
		if (declared < 0 || declared > this.limits.maxFrameLength()) {
			return FrameError.OVERSIZE;
		}
		if (declared < MIN_FRAME_LENGTH) {
			return FrameError.INCONSISTENT_LENGTH;
		}
		if (length < declared) {
			return FrameError.TRUNCATED;
		}
		FrameError error = checkPrefix(in, index, declared);
		if (error == null && in.getInt(index + declared - CHECKSUM_LENGTH) != Checksums.crc32c(this.crc, in, index,
				declared - CHECKSUM_LENGTH)) {
			error = FrameError.CHECKSUM;
		}
		if (error == null) {
			this.buffer = in;
			this.offset = index;
			this.frameLength = declared;
			this.headerLength = in.getInt(index + HEADER_LENGTH_OFFSET);
			error = checkHeaders();
		}
		this.valid = (error == null);
		return error;
	}

	private ByteBuffer littleEndian(ByteBuffer buffer) {
		if (buffer.order() == ByteOrder.LITTLE_ENDIAN) {
			return buffer;
		}
		if (buffer != this.source || this.swapped == null || this.swapped.capacity() != buffer.capacity()) {
			this.source = buffer;
			this.swapped = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
		}
		return this.swapped.limit(buffer.limit());
	}

	private FrameError checkPrefix(ByteBuffer in, int start, int declared) {
		if (Byte.toUnsignedInt(in.get(start + VERSION_OFFSET)) != VERSION) {
			return FrameError.UNSUPPORTED_VERSION;
		}
		int flags = Byte.toUnsignedInt(in.get(start + FLAGS_OFFSET));
		if ((flags & ~FrameFlags.KNOWN_BITS) != 0 || in.getShort(start + RESERVED_OFFSET) != 0) {
			return FrameError.MALFORMED_PREFIX;
		}
		int headers = in.getInt(start + HEADER_LENGTH_OFFSET);
		int payload = in.getInt(start + PAYLOAD_LENGTH_OFFSET);
		if (headers < 0 || headers > this.limits.maxHeaderLength() || payload < 0
				|| payload > this.limits.maxPayloadLength()) {
			return FrameError.OVERSIZE;
		}
		if (FrameDescriptor.frameLength(headers, payload) != declared || headers < HeaderCodec.MIN_BLOCK_LENGTH) {
			return FrameError.INCONSISTENT_LENGTH;
		}
		return null;
	}

	/**
	 * Check the header block like {@code HeaderCodec.decode} does, remembering where each
	 * key lies to find duplicates.
	 */
	private FrameError checkHeaders() {
		int at = this.offset + PREFIX_LENGTH;
		int end = at + this.headerLength;
		int count = Short.toUnsignedInt(this.buffer.getShort(at));
		at += 2;
		if (count > this.limits.maxHeaderCount()) {
			return FrameError.OVERSIZE;
		}
		if ((long) count * HeaderBlocks.MIN_HEADER_LENGTH > end - at) {
			return FrameError.MALFORMED_HEADERS;
		}
		if (this.keys.length < count * 2) {
			this.keys = new int[count * 2];
		}
		for (int i = 0; i < count; i++) {
			int next = HeaderBlocks.check(this.buffer, at, end);
			if (next < 0 || HeaderBlocks.isDuplicateKey(this.buffer, this.keys, i, at + 2,
					Short.toUnsignedInt(this.buffer.getShort(at)))) {
				return FrameError.MALFORMED_HEADERS;
			}
			this.keys[2 * i] = at + 2;
			this.keys[2 * i + 1] = Short.toUnsignedInt(this.buffer.getShort(at));
			at = next;
		}
		if (at != end) {
			return FrameError.MALFORMED_HEADERS;
		}
		this.headerCount = count;
		return null;
	}

	/**
	 * Return whether the last {@link #wrap} found a valid frame.
	 * @return whether the accessors may be used
	 */
	public boolean isValid() {
		return this.valid;
	}

	private void checkValid() {
		if (!this.valid) {
			throw new IllegalStateException("The view holds no valid frame");
		}
	}

	/**
	 * Return the buffer the offsets refer to: the wrapped buffer, or a little-endian
	 * duplicate of it.
	 * @return the buffer
	 */
	public ByteBuffer buffer() {
		checkValid();
		return this.buffer;
	}

	/**
	 * Return the index where the frame starts.
	 * @return the index
	 */
	public int offset() {
		checkValid();
		return this.offset;
	}

	/**
	 * Return the frame length, which counts every byte of it.
	 * @return the length
	 */
	public int frameLength() {
		checkValid();
		return this.frameLength;
	}

	/**
	 * Return the {@link FrameFlags} bits.
	 * @return the flags
	 */
	public int flags() {
		checkValid();
		return Byte.toUnsignedInt(this.buffer.get(this.offset + FLAGS_OFFSET));
	}

	/**
	 * Return whether a flag is set.
	 * @param flag the flag
	 * @return whether it is set
	 */
	public boolean hasFlag(int flag) {
		return (flags() & flag) != 0;
	}

	/**
	 * Return the transport correlation id.
	 * @return the id, {@code 0} when none
	 */
	public long correlationId() {
		checkValid();
		return this.buffer.getLong(this.offset + CORRELATION_ID_OFFSET);
	}

	/**
	 * Return the send timestamp.
	 * @return the {@link System#nanoTime()} stamp, {@code 0} when unknown
	 */
	public long timestamp() {
		checkValid();
		return this.buffer.getLong(this.offset + TIMESTAMP_OFFSET);
	}

	/**
	 * Return the number of headers.
	 * @return the count
	 */
	public int headerCount() {
		checkValid();
		return this.headerCount;
	}

	/**
	 * Return the cursor over the headers, reset to before the first one. It is the same
	 * instance on every call.
	 * @return the cursor
	 */
	public HeaderCursor headers() {
		checkValid();
		return this.cursor.reset(this.buffer, this.offset + PREFIX_LENGTH + 2, this.headerCount);
	}

	/**
	 * Return the index of the first payload byte in {@link #buffer()}.
	 * @return the index
	 */
	public int payloadOffset() {
		checkValid();
		return this.offset + FrameDescriptor.payloadOffset(this.headerLength);
	}

	/**
	 * Return the payload length.
	 * @return the length in bytes
	 */
	public int payloadLength() {
		checkValid();
		return this.buffer.getInt(this.offset + PAYLOAD_LENGTH_OFFSET);
	}

	/**
	 * Copy the payload into an array.
	 * @param target the array
	 * @param targetOffset where the payload goes, with {@link #payloadLength()} bytes of
	 * room from there
	 */
	public void getPayload(byte[] target, int targetOffset) {
		this.buffer.get(payloadOffset(), target, targetOffset, payloadLength());
	}

	/**
	 * Attach a header that the receiving transport adds to this frame without it being in
	 * the bytes (for example the queue index the frame was read from), until the next
	 * {@link #wrap}. It is not among {@link #headers()} or {@link #headerCount()};
	 * {@link #toFrame()} adds it as a {@code Long}, replacing a header of the same name.
	 * A primitive, so that attaching it allocates nothing.
	 * @param name the header name
	 * @param value the value
	 * @throws IllegalStateException if the view holds no valid frame
	 */
	public void setReceiptHeader(String name, long value) {
		Objects.requireNonNull(name, "'name' must not be null");
		checkValid();
		this.receiptName = name;
		this.receiptValue = value;
	}

	/**
	 * Return the name of the {@link #setReceiptHeader receipt header}.
	 * @return the name, or {@code null} when the transport attached none
	 */
	public String receiptHeaderName() {
		return this.receiptName;
	}

	/**
	 * Return the value of the {@link #setReceiptHeader receipt header}.
	 * @return the value, {@code 0} when the transport attached none
	 */
	public long receiptHeaderValue() {
		return this.receiptValue;
	}

	/**
	 * Copy the frame out of the buffer into a new {@link Frame}, equal to the one
	 * {@link FrameCodec#decode} returns for the same bytes, with the
	 * {@link #setReceiptHeader receipt header} if the transport attached one.
	 * @return the frame
	 */
	public Frame toFrame() {
		return (this.receiptName != null) ? copy(this.receiptName, this.receiptValue) : copy(null, null);
	}

	/**
	 * Copy the frame out of the buffer into a new {@link Frame} with one more header,
	 * such as the position a transport read the frame from; the header map is built once.
	 * @param name the header name, replacing a header of that name in the frame
	 * @param value the header value
	 * @return the frame
	 */
	public Frame toFrame(String name, Object value) {
		Objects.requireNonNull(name, "'name' must not be null");
		return copy(name, value);
	}

	private Frame copy(String extraName, Object extraValue) {
		byte[] payload = new byte[payloadLength()];
		getPayload(payload, 0);
		Map<String, Object> headers = Collections.emptyMap();
		if (this.headerCount > 0) {
			int position = this.buffer.position();
			int limit = this.buffer.limit();
			int block = this.offset + PREFIX_LENGTH;
			this.buffer.limit(block + this.headerLength).position(block);
			HeaderCodec.Result decoded = HeaderCodec.decode(this.buffer, this.limits.maxHeaderCount());
			this.buffer.limit(limit).position(position);
			headers = decoded.headers();
		}
		if (extraName != null) {
			// a decoded header map is a fresh, mutable map owned by the new frame
			headers = (this.headerCount > 0) ? headers : new LinkedHashMap<>(4);
			headers.put(extraName, extraValue);
		}
		return new Frame(flags(), correlationId(), timestamp(), headers, payload, true);
	}

	@Override
	public String toString() {
		return this.valid ? "FrameView[flags=" + flags() + ", correlationId=" + correlationId() + ", headers="
				+ this.headerCount + ", payload=" + payloadLength() + " bytes]" : "FrameView[invalid]";
	}

}
