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
 * {@link FrameLimits} before allocating anything. Thread-safe.
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
	 * @throws FrameEncodingException if a header cannot be encoded
	 */
	public int encodedLength(Frame frame) {
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
		return (int) FrameDescriptor.frameLength((int) headerLength, payloadLength);
	}

	/**
	 * Encode a frame into a new array.
	 * @param frame the frame
	 * @return the encoded bytes
	 */
	public byte[] encode(Frame frame) {
		byte[] bytes = new byte[encodedLength(frame)];
		encode(frame, ByteBuffer.wrap(bytes));
		return bytes;
	}

	/**
	 * Encode a frame at the buffer's position, which advances past the frame.
	 * @param frame the frame
	 * @param buffer the target with at least {@link #encodedLength(Frame)} bytes
	 * remaining
	 * @return the number of bytes written
	 */
	public int encode(Frame frame, ByteBuffer buffer) {
		int frameLength = encodedLength(frame);
		if (buffer.remaining() < frameLength) {
			throw new FrameEncodingException(
					"Buffer has " + buffer.remaining() + " bytes, the frame needs " + frameLength);
		}
		ByteOrder order = buffer.order();
		int start = buffer.position();
		buffer.order(ByteOrder.LITTLE_ENDIAN);
		buffer.putInt(start + FRAME_LENGTH_OFFSET, frameLength);
		buffer.put(start + VERSION_OFFSET, (byte) VERSION);
		buffer.put(start + FLAGS_OFFSET, (byte) frame.flags());
		buffer.putShort(start + RESERVED_OFFSET, (short) 0);
		buffer.putLong(start + CORRELATION_ID_OFFSET, frame.correlationId());
		buffer.putLong(start + TIMESTAMP_OFFSET, frame.timestamp());
		buffer.position(start + PREFIX_LENGTH);
		HeaderCodec.encode(frame.headers(), buffer);
		int headerLength = buffer.position() - start - PREFIX_LENGTH;
		buffer.putInt(start + HEADER_LENGTH_OFFSET, headerLength);
		buffer.putInt(start + PAYLOAD_LENGTH_OFFSET, frame.payload().length);
		buffer.put(frame.payload());
		buffer.putInt(checksum(buffer, start, frameLength - CHECKSUM_LENGTH));
		buffer.order(order);
		return frameLength;
	}

	/**
	 * Check a frame length read from a stream before allocating a buffer for it.
	 * @param frameLength the declared frame length (a u32 read as a signed int)
	 * @return {@code null} when acceptable, otherwise a failed result
	 */
	public DecodeResult checkFrameLength(int frameLength) {
		if (frameLength < MIN_FRAME_LENGTH) {
			return DecodeResult.failure(FrameError.INCONSISTENT_LENGTH, "frame length "
					+ Integer.toUnsignedString(frameLength) + " is below the minimum of " + MIN_FRAME_LENGTH);
		}
		if (frameLength > this.limits.maxFrameLength()) {
			return DecodeResult.failure(FrameError.OVERSIZE, "frame length " + frameLength + " exceeds the maximum of "
					+ this.limits.maxFrameLength() + " bytes");
		}
		return null;
	}

	/**
	 * Decode one frame starting at the buffer's position. On success the position
	 * advances past the frame; on failure it is unchanged.
	 * @param buffer the bytes, of any byte order
	 * @return the frame or a typed error; never throws for bad input
	 */
	public DecodeResult decode(ByteBuffer buffer) {
		ByteBuffer in = buffer.slice().order(ByteOrder.LITTLE_ENDIAN);
		int available = in.remaining();
		if (available < 4) {
			return DecodeResult.failure(FrameError.TRUNCATED, available + " bytes cannot hold a frame length");
		}
		int frameLength = in.getInt(FRAME_LENGTH_OFFSET);
		DecodeResult lengthError = checkFrameLength(frameLength);
		if (lengthError != null) {
			return lengthError;
		}
		if (available < frameLength) {
			return DecodeResult.failure(FrameError.TRUNCATED,
					"frame declares " + frameLength + " bytes but " + available + " are available");
		}
		DecodeResult result = decodeFrame(in, frameLength);
		if (result.isSuccess()) {
			buffer.position(buffer.position() + frameLength);
		}
		return result;
	}

	private DecodeResult decodeFrame(ByteBuffer in, int frameLength) {
		int version = Byte.toUnsignedInt(in.get(VERSION_OFFSET));
		if (version != VERSION) {
			return DecodeResult.failure(FrameError.UNSUPPORTED_VERSION,
					"version " + version + " is not supported (expected " + VERSION + ")");
		}
		int flags = Byte.toUnsignedInt(in.get(FLAGS_OFFSET));
		if ((flags & ~FrameFlags.KNOWN_BITS) != 0 || in.getShort(RESERVED_OFFSET) != 0) {
			return DecodeResult.failure(FrameError.MALFORMED_PREFIX, "unknown flag or reserved bits set");
		}
		int headerLength = in.getInt(HEADER_LENGTH_OFFSET);
		int payloadLength = in.getInt(PAYLOAD_LENGTH_OFFSET);
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
		int expected = in.getInt(frameLength - CHECKSUM_LENGTH);
		int actual = checksum(in, 0, frameLength - CHECKSUM_LENGTH);
		if (expected != actual) {
			return DecodeResult.failure(FrameError.CHECKSUM, "checksum " + Integer.toHexString(expected)
					+ " does not match the computed " + Integer.toHexString(actual));
		}
		ByteBuffer headerBlock = in.slice(PREFIX_LENGTH, headerLength).order(ByteOrder.LITTLE_ENDIAN);
		String[] error = new String[1];
		Map<String, Object> headers = HeaderCodec.decode(headerBlock, this.limits.maxHeaderCount(), error);
		if (headers == null) {
			return DecodeResult.failure(FrameError.MALFORMED_HEADERS, error[0]);
		}
		byte[] payload = new byte[payloadLength];
		in.get(FrameDescriptor.payloadOffset(headerLength), payload);
		return DecodeResult.success(
				new Frame(flags, in.getLong(CORRELATION_ID_OFFSET), in.getLong(TIMESTAMP_OFFSET), headers, payload));
	}

	private static int checksum(ByteBuffer buffer, int offset, int length) {
		CRC32C crc = new CRC32C();
		crc.update(buffer.slice(offset, length));
		return (int) crc.getValue();
	}

}
