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
import java.util.Map;

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
		checkFlags(frame.flags());
		return stampedLength(frame);
	}

	/**
	 * Return the encoded length of a frame whose flags, correlation id and timestamp a
	 * transport replaces (see {@link #encodeStamped}), after checking its headers and
	 * payload against the limits; its own flags are not checked.
	 * @param frame the frame
	 * @return the frame length in bytes
	 * @throws MessageTooLargeException if the payload or headers exceed the limits
	 * @throws FrameEncodingException if a header cannot be encoded
	 */
	public int stampedLength(Frame frame) {
		int payloadLength = frame.payload().length;
		return (int) FrameDescriptor.frameLength(checkedHeaderLength(frame.headers(), payloadLength), payloadLength);
	}

	/**
	 * Return the encoded length of a frame of the given headers and payload length after
	 * checking them against the limits.
	 * @param headers the headers
	 * @param payloadLength the payload length
	 * @return the frame length in bytes
	 * @throws MessageTooLargeException if the payload or headers exceed the limits
	 * @throws FrameEncodingException if a header cannot be encoded
	 */
	public int encodedLength(Map<String, Object> headers, int payloadLength) {
		return (int) FrameDescriptor.frameLength(checkedHeaderLength(headers, payloadLength), payloadLength);
	}

	private static void checkFlags(int flags) {
		if ((flags & ~FrameFlags.KNOWN_BITS) != 0) {
			throw new FrameEncodingException(
					"Flags 0x" + Integer.toHexString(flags) + " contain bits that wire format v1 does not define");
		}
	}

	private int checkedHeaderLength(Map<String, Object> headers, int payloadLength) {
		if (payloadLength > this.limits.maxPayloadLength()) {
			throw new MessageTooLargeException("Payload", payloadLength, this.limits.maxPayloadLength());
		}
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

	private int checkedHeaderLength(Frame frame) {
		checkFlags(frame.flags());
		return checkedHeaderLength(frame.headers(), frame.payload().length);
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
		FrameWriting.write(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN), 0, frame.flags(),
				frame.correlationId(), frame.timestamp(), frame.headers(), headerLength, frame.payload());
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
			FrameWriting.write(buffer, buffer.position(), frame.flags(), frame.correlationId(), frame.timestamp(),
					frame.headers(), headerLength, frame.payload());
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
		return FrameWriting.encodeAt(buffer, index, frame.flags(), frame.correlationId(), frame.timestamp(),
				frame.headers(), checkedHeaderLength(frame), frame.payload());
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
		int headerLength = headerLength(frameLength, frame.payload().length);
		return FrameWriting.encodeAt(buffer, index, frame.flags(), frame.correlationId(), frame.timestamp(),
				frame.headers(), headerLength, frame.payload());
	}

	/**
	 * Encode a frame with the flags, correlation id and timestamp of a transport instead
	 * of its own, without allocating: like {@link #encodeChecked} for a length returned
	 * by {@link #stampedLength(Frame)}.
	 * @param frame the frame whose headers and payload are encoded
	 * @param flags the flags to write
	 * @param correlationId the correlation id to write
	 * @param timestamp the timestamp to write
	 * @param frameLength what {@link #stampedLength(Frame)} returned for this frame
	 * @param buffer the target
	 * @param index where the frame starts
	 * @return the number of bytes written, {@code frameLength}
	 * @throws FrameEncodingException if the flags contain bits unknown to v1, the frame
	 * does not fit between the index and the limit or its encoding does not have the
	 * given length
	 */
	public int encodeStamped(Frame frame, int flags, long correlationId, long timestamp, int frameLength,
			ByteBuffer buffer, int index) {
		checkFlags(flags);
		int headerLength = headerLength(frameLength, frame.payload().length);
		return FrameWriting.encodeAt(buffer, index, flags, correlationId, timestamp, frame.headers(), headerLength,
				frame.payload());
	}

	/**
	 * Encode a frame of the given headers and the remaining bytes of a payload buffer,
	 * without allocating and without a {@link Frame}: like {@link #encodeStamped} for a
	 * length returned by {@link #encodedLength(Map, int)}.
	 * @param headers the headers
	 * @param payload the payload, from its position to its limit (both left unchanged)
	 * @param flags the flags to write
	 * @param correlationId the correlation id to write
	 * @param timestamp the timestamp to write
	 * @param frameLength what {@link #encodedLength(Map, int)} returned
	 * @param buffer the target
	 * @param index where the frame starts
	 * @return the number of bytes written, {@code frameLength}
	 * @throws FrameEncodingException if the flags contain bits unknown to v1, the frame
	 * does not fit between the index and the limit or its encoding does not have the
	 * given length
	 */
	public int encode(Map<String, Object> headers, ByteBuffer payload, int flags, long correlationId, long timestamp,
			int frameLength, ByteBuffer buffer, int index) {
		checkFlags(flags);
		int headerLength = headerLength(frameLength, payload.remaining());
		return FrameWriting.encodeAt(buffer, index, flags, correlationId, timestamp, headers, headerLength, payload);
	}

	private int headerLength(int frameLength, int payloadLength) {
		long headerLength = frameLength - FrameDescriptor.frameLength(0, payloadLength);
		if (headerLength < HeaderCodec.MIN_BLOCK_LENGTH || headerLength > this.limits.maxHeaderLength()) {
			throw new FrameEncodingException("Frame length " + frameLength + " does not fit a payload of "
					+ payloadLength + " bytes and headers within the limits");
		}
		return (int) headerLength;
	}

	static ByteBuffer littleEndian(ByteBuffer buffer) {
		return (buffer.order() == ByteOrder.LITTLE_ENDIAN) ? buffer : buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
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
		int actual = Checksums.crc32c(in, start, frameLength - CHECKSUM_LENGTH);
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

}
