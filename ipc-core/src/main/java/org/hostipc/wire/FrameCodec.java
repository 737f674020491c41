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

import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Collections;
import java.util.Map;
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
 * Encodes {@link Frame}s to wire format v1 and decodes them back, enforcing
 * {@link FrameLimits} before allocating anything. Thread-safe: an instance holds only its
 * immutable limits and may be shared by any number of threads.
 *
 * @author hostipc
 */
public final class FrameCodec {

	private final FrameLimits limits;

	public FrameCodec(FrameLimits limits) {
		if (limits == null) {
			throw new IllegalArgumentException("'limits' must not be null");
		}
		this.limits = limits;
	}

	public FrameLimits limits() {
		return this.limits;
	}

	/**
	 * Return the encoded length of a frame after checking it against the limits.
	 * @param frame the frame
	 * @return the frame length in bytes
	 * @throws MessageTooLargeException if the payload or headers exceed the limits
	 * @throws FrameEncodingException if a header cannot be encoded or the flags contain
	 * bits unknown to v1
	 */
	public int encodedLength(Frame frame) {
		return (int) FrameDescriptor.frameLength(checkedHeaderLength(frame), frame.payload().length);
	}

	private int checkedHeaderLength(Frame frame) {
		if ((frame.flags() & ~FrameFlags.KNOWN_BITS) != 0) {
			throw new FrameEncodingException("Flags 0x" + Integer.toHexString(frame.flags())
					+ " contain bits that wire format v1 does not define");
		}
		int payloadLength = frame.payload().length;
		if (payloadLength > this.limits.maxPayloadLength()) {
			throw new MessageTooLargeException("Payload", payloadLength, this.limits.maxPayloadLength());
		}
		Map<String, Object> headers = frame.headers();
		if (headers.size() > this.limits.maxHeaderCount()) {
			throw new FrameEncodingException("Message has " + headers.size() + " headers, more than the maximum of "
					+ this.limits.maxHeaderCount());
		}
		long headerLength = HeaderCodec.encodedLength(headers);
		if (headerLength > this.limits.maxHeaderLength()) {
			throw new MessageTooLargeException("Header block", headerLength, this.limits.maxHeaderLength());
		}
		return (int) headerLength;
	}

	/**
	 * Encode a frame into a new array.
	 * @param frame the frame
	 * @return the encoded bytes
	 * @throws MessageTooLargeException if the payload or headers exceed the limits
	 * @throws FrameEncodingException if a header cannot be encoded
	 */
	public byte[] encode(Frame frame) {
		int headerLength = checkedHeaderLength(frame);
		byte[] bytes = new byte[(int) FrameDescriptor.frameLength(headerLength, frame.payload().length)];
		write(frame, headerLength, ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN), 0);
		return bytes;
	}

	/**
	 * Encode a frame at the buffer's position, which advances past the frame. The
	 * buffer's byte order is left as it was.
	 * @param frame the frame
	 * @param buffer the target with at least {@link #encodedLength(Frame)} bytes
	 * remaining
	 * @return the number of bytes written
	 * @throws MessageTooLargeException if the payload or headers exceed the limits
	 * @throws FrameEncodingException if a header cannot be encoded or the buffer is too
	 * small (then nothing is written)
	 */
	public int encode(Frame frame, ByteBuffer buffer) {
		int headerLength = checkedHeaderLength(frame);
		int frameLength = (int) FrameDescriptor.frameLength(headerLength, frame.payload().length);
		if (buffer.remaining() < frameLength) {
			throw new FrameEncodingException(
					"Buffer has " + buffer.remaining() + " bytes, the frame needs " + frameLength);
		}
		ByteOrder order = buffer.order();
		try {
			buffer.order(ByteOrder.LITTLE_ENDIAN);
			write(frame, headerLength, buffer, buffer.position());
		}
		finally {
			buffer.order(order);
		}
		return frameLength;
	}

	/**
	 * Encode a frame at an absolute index, for example straight into a record claimed in
	 * a mapped ring. The buffer's position, limit and byte order are left as they were; a
	 * little-endian buffer is written without any allocation.
	 * @param frame the frame
	 * @param buffer the target
	 * @param index where the frame starts; {@link #encodedLength(Frame)} bytes from there
	 * must lie within the buffer's limit
	 * @return the number of bytes written
	 * @throws MessageTooLargeException if the payload or headers exceed the limits
	 * @throws FrameEncodingException if a header cannot be encoded or the frame does not
	 * fit between the index and the limit (then nothing is written)
	 */
	public int encode(Frame frame, ByteBuffer buffer, int index) {
		return encode(frame, checkedHeaderLength(frame), buffer, index);
	}

	/**
	 * Encode a frame already checked by {@link #encodedLength(Frame)} at an absolute
	 * index, like {@link #encode(Frame, ByteBuffer, int)} but without checking its
	 * headers and limits a second time: for a caller that needed the length first, for
	 * example to claim a record of that size in a ring.
	 * @param frame the frame
	 * @param frameLength what {@link #encodedLength(Frame)} returned for this frame
	 * @param buffer the target
	 * @param index where the frame starts; {@code frameLength} bytes from there must lie
	 * within the buffer's limit
	 * @return the number of bytes written, {@code frameLength}
	 * @throws FrameEncodingException if the frame does not fit between the index and the
	 * limit (then nothing is written) or its encoding does not have the given length
	 * (then the bytes written up to the limit are not a valid frame)
	 */
	public int encodeChecked(Frame frame, int frameLength, ByteBuffer buffer, int index) {
		long headerLength = frameLength - FrameDescriptor.frameLength(0, frame.payload().length);
		if (headerLength < HeaderCodec.MIN_BLOCK_LENGTH || headerLength > this.limits.maxHeaderLength()) {
			throw new FrameEncodingException("Frame length " + frameLength + " does not fit a payload of "
					+ frame.payload().length + " bytes and headers within the limits");
		}
		return encode(frame, (int) headerLength, buffer, index);
	}

	private int encode(Frame frame, int headerLength, ByteBuffer buffer, int index) {
		int frameLength = (int) FrameDescriptor.frameLength(headerLength, frame.payload().length);
		if (index < 0 || index > buffer.limit() || buffer.limit() - index < frameLength) {
			throw new FrameEncodingException("Buffer has " + Math.max(0, buffer.limit() - Math.max(0, index))
					+ " bytes from index " + index + ", the frame needs " + frameLength);
		}
		ByteBuffer out = littleEndian(buffer);
		int position = out.position();
		try {
			write(frame, headerLength, out, index);
		}
		catch (BufferOverflowException ex) {
			throw new FrameEncodingException("Headers took more than the " + headerLength
					+ " bytes they were measured at and overflowed the buffer");
		}
		finally {
			out.position(position);
		}
		return frameLength;
	}

	private static ByteBuffer littleEndian(ByteBuffer buffer) {
		return (buffer.order() == ByteOrder.LITTLE_ENDIAN) ? buffer : buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
	}

	private static void write(Frame frame, int headerLength, ByteBuffer buffer, int start) {
		byte[] payload = frame.payload();
		int frameLength = (int) FrameDescriptor.frameLength(headerLength, payload.length);
		buffer.putInt(start + FRAME_LENGTH_OFFSET, frameLength);
		buffer.put(start + VERSION_OFFSET, (byte) VERSION);
		buffer.put(start + FLAGS_OFFSET, (byte) frame.flags());
		buffer.putShort(start + RESERVED_OFFSET, (short) 0);
		buffer.putLong(start + CORRELATION_ID_OFFSET, frame.correlationId());
		buffer.putLong(start + TIMESTAMP_OFFSET, frame.timestamp());
		buffer.putInt(start + HEADER_LENGTH_OFFSET, headerLength);
		buffer.putInt(start + PAYLOAD_LENGTH_OFFSET, payload.length);
		Map<String, Object> headers = frame.headers();
		if (headers.isEmpty()) {
			if (headerLength != HeaderCodec.MIN_BLOCK_LENGTH) {
				throw new FrameEncodingException(
						"Empty headers take " + HeaderCodec.MIN_BLOCK_LENGTH + " bytes, not " + headerLength);
			}
			buffer.putShort(start + PREFIX_LENGTH, (short) 0);
		}
		else {
			buffer.position(start + PREFIX_LENGTH);
			HeaderCodec.encode(headers, buffer);
			if (buffer.position() != start + PREFIX_LENGTH + headerLength) {
				throw new FrameEncodingException("Headers took " + (buffer.position() - start - PREFIX_LENGTH)
						+ " bytes instead of the " + headerLength + " they were measured at");
			}
		}
		int payloadOffset = start + FrameDescriptor.payloadOffset(headerLength);
		buffer.put(payloadOffset, payload);
		int checksumOffset = payloadOffset + payload.length;
		buffer.putInt(checksumOffset, checksum(buffer, start, frameLength - CHECKSUM_LENGTH));
		buffer.position(checksumOffset + CHECKSUM_LENGTH);
	}

	/**
	 * Check a frame length read from a stream before allocating a buffer for it.
	 * @param frameLength the declared frame length (a u32 read as a signed int)
	 * @return {@code null} when acceptable, otherwise a failed result
	 * ({@link FrameError#OVERSIZE} or {@link FrameError#INCONSISTENT_LENGTH})
	 */
	public DecodeResult checkFrameLength(int frameLength) {
		if (frameLength < 0 || frameLength > this.limits.maxFrameLength()) {
			return DecodeResult.failure(FrameError.OVERSIZE, "frame length " + Integer.toUnsignedString(frameLength)
					+ " exceeds the maximum of " + this.limits.maxFrameLength() + " bytes");
		}
		if (frameLength < MIN_FRAME_LENGTH) {
			return DecodeResult.failure(FrameError.INCONSISTENT_LENGTH,
					"frame length " + frameLength + " is below the minimum of " + MIN_FRAME_LENGTH);
		}
		return null;
	}

	/**
	 * Decode one frame starting at the buffer's position. On success the position
	 * advances past the frame; on failure it is unchanged. Lengths are checked against
	 * the limits before anything is allocated for them.
	 * @param buffer the bytes, of any byte order (which is left unchanged)
	 * @return the frame or a typed error; never throws for bad input
	 */
	public DecodeResult decode(ByteBuffer buffer) {
		int position = buffer.position();
		DecodeResult result = decode(buffer, position, buffer.remaining());
		if (result.isSuccess()) {
			buffer.position(position + littleEndian(buffer).getInt(position + FRAME_LENGTH_OFFSET));
		}
		return result;
	}

	/**
	 * Decode one frame from an absolute range, for example a record of a mapped ring,
	 * without slicing the buffer. The frame starts at the index and must fit within the
	 * range; the buffer's position, limit and byte order are left as they were. Checks
	 * and errors are those of {@link #decode(ByteBuffer)}, and a little-endian buffer is
	 * decoded without allocating anything but the frame, its payload and its headers (a
	 * frame without headers shares one empty map).
	 * @param buffer the bytes, of any byte order
	 * @param index where the frame starts
	 * @param length the bytes available from the index, within the buffer's limit
	 * @return the frame or a typed error; never throws for bad input
	 * @throws IndexOutOfBoundsException if the range is not within the buffer's limit
	 */
	public DecodeResult decode(ByteBuffer buffer, int index, int length) {
		java.util.Objects.checkFromIndexSize(index, length, buffer.limit());
		if (length < 4) {
			return DecodeResult.failure(FrameError.TRUNCATED, length + " bytes cannot hold a frame length");
		}
		ByteBuffer in = littleEndian(buffer);
		int frameLength = in.getInt(index + FRAME_LENGTH_OFFSET);
		DecodeResult lengthError = checkFrameLength(frameLength);
		if (lengthError != null) {
			return lengthError;
		}
		if (length < frameLength) {
			return DecodeResult.failure(FrameError.TRUNCATED,
					"frame declares " + frameLength + " bytes but " + length + " are available");
		}
		int position = in.position();
		int limit = in.limit();
		try {
			return decodeFrame(in, index, frameLength);
		}
		finally {
			in.limit(limit).position(position);
		}
	}

	private DecodeResult decodeFrame(ByteBuffer in, int start, int frameLength) {
		DecodeResult prefixError = checkPrefix(in, start, frameLength);
		if (prefixError != null) {
			return prefixError;
		}
		int headerLength = in.getInt(start + HEADER_LENGTH_OFFSET);
		int payloadLength = in.getInt(start + PAYLOAD_LENGTH_OFFSET);
		int expected = in.getInt(start + frameLength - CHECKSUM_LENGTH);
		int actual = checksum(in, start, frameLength - CHECKSUM_LENGTH);
		if (expected != actual) {
			return DecodeResult.failure(FrameError.CHECKSUM, "checksum " + Integer.toHexString(expected)
					+ " does not match the computed " + Integer.toHexString(actual));
		}
		Map<String, Object> headers;
		if (headerLength == HeaderCodec.MIN_BLOCK_LENGTH && in.getShort(start + PREFIX_LENGTH) == 0) {
			headers = Collections.emptyMap();
		}
		else {
			int limit = in.limit();
			in.limit(start + PREFIX_LENGTH + headerLength).position(start + PREFIX_LENGTH);
			HeaderCodec.Result decoded = HeaderCodec.decode(in, this.limits.maxHeaderCount());
			in.limit(limit);
			if (decoded.error() != null) {
				return DecodeResult.failure(decoded.error(), decoded.detail());
			}
			headers = decoded.headers();
		}
		byte[] payload = new byte[payloadLength];
		in.get(start + FrameDescriptor.payloadOffset(headerLength), payload);
		return DecodeResult.success(
				new Frame(Byte.toUnsignedInt(in.get(start + FLAGS_OFFSET)), in.getLong(start + CORRELATION_ID_OFFSET),
						in.getLong(start + TIMESTAMP_OFFSET), headers, payload, true));
	}

	private DecodeResult checkPrefix(ByteBuffer in, int start, int frameLength) {
		int version = Byte.toUnsignedInt(in.get(start + VERSION_OFFSET));
		if (version != VERSION) {
			return DecodeResult.failure(FrameError.UNSUPPORTED_VERSION,
					"version " + version + " is not supported (expected " + VERSION + ")");
		}
		int flags = Byte.toUnsignedInt(in.get(start + FLAGS_OFFSET));
		if ((flags & ~FrameFlags.KNOWN_BITS) != 0 || in.getShort(start + RESERVED_OFFSET) != 0) {
			return DecodeResult.failure(FrameError.MALFORMED_PREFIX, "unknown flag bits 0x"
					+ Integer.toHexString(flags & ~FrameFlags.KNOWN_BITS) + " or non-zero reserved bits set");
		}
		int headerLength = in.getInt(start + HEADER_LENGTH_OFFSET);
		int payloadLength = in.getInt(start + PAYLOAD_LENGTH_OFFSET);
		if (headerLength < 0 || headerLength > this.limits.maxHeaderLength()) {
			return DecodeResult.failure(FrameError.OVERSIZE, "header length " + Integer.toUnsignedString(headerLength)
					+ " exceeds the maximum of " + this.limits.maxHeaderLength());
		}
		if (payloadLength < 0 || payloadLength > this.limits.maxPayloadLength()) {
			return DecodeResult.failure(FrameError.OVERSIZE, "payload length " + Integer.toUnsignedString(payloadLength)
					+ " exceeds the maximum of " + this.limits.maxPayloadLength());
		}
		if (FrameDescriptor.frameLength(headerLength, payloadLength) != frameLength) {
			return DecodeResult.failure(FrameError.INCONSISTENT_LENGTH, "frame length " + frameLength
					+ " does not match header length " + headerLength + " and payload length " + payloadLength);
		}
		if (headerLength < HeaderCodec.MIN_BLOCK_LENGTH) {
			return DecodeResult.failure(FrameError.INCONSISTENT_LENGTH,
					"header length " + headerLength + " is below the minimum of " + HeaderCodec.MIN_BLOCK_LENGTH);
		}
		return null;
	}

	private static int checksum(ByteBuffer buffer, int offset, int length) {
		CRC32C crc = new CRC32C();
		if (buffer.hasArray()) {
			crc.update(buffer.array(), buffer.arrayOffset() + offset, length);
		}
		else {
			// narrow the buffer itself rather than allocate a slice, then restore it
			int position = buffer.position();
			int limit = buffer.limit();
			buffer.limit(offset + length).position(offset);
			crc.update(buffer);
			buffer.limit(limit).position(position);
		}
		return (int) crc.getValue();
	}

}
