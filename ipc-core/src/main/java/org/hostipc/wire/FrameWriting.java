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
import java.util.Map;

import static org.hostipc.wire.FrameDescriptor.CHECKSUM_LENGTH;
import static org.hostipc.wire.FrameDescriptor.CORRELATION_ID_OFFSET;
import static org.hostipc.wire.FrameDescriptor.FLAGS_OFFSET;
import static org.hostipc.wire.FrameDescriptor.FRAME_LENGTH_OFFSET;
import static org.hostipc.wire.FrameDescriptor.HEADER_LENGTH_OFFSET;
import static org.hostipc.wire.FrameDescriptor.PAYLOAD_LENGTH_OFFSET;
import static org.hostipc.wire.FrameDescriptor.PREFIX_LENGTH;
import static org.hostipc.wire.FrameDescriptor.RESERVED_OFFSET;
import static org.hostipc.wire.FrameDescriptor.TIMESTAMP_OFFSET;
import static org.hostipc.wire.FrameDescriptor.VERSION;
import static org.hostipc.wire.FrameDescriptor.VERSION_OFFSET;

/**
 * Writes the bytes of a frame whose lengths {@link FrameCodec} has checked. The fields
 * travel as primitives and the payload as either a {@code byte[]} or a
 * {@link ByteBuffer}, so that writing allocates nothing.
 *
 * @author hostipc
 */
final class FrameWriting {

	private FrameWriting() {
	}

	/**
	 * Write a frame at an absolute index, leaving the buffer's position, limit and byte
	 * order as they were.
	 * @param buffer the target
	 * @param index where the frame starts
	 * @param flags the flags
	 * @param correlationId the correlation id
	 * @param timestamp the timestamp
	 * @param headers the headers, already measured
	 * @param headerLength their measured length
	 * @param payload a {@code byte[]}, or a {@link ByteBuffer} whose remaining bytes are
	 * written (its position and limit are left unchanged)
	 * @return the frame length
	 */
	static int encodeAt(ByteBuffer buffer, int index, int flags, long correlationId, long timestamp,
			Map<String, Object> headers, int headerLength, Object payload) {
		int frameLength = (int) FrameDescriptor.frameLength(headerLength, payloadLength(payload));
		if (index < 0 || index > buffer.limit() || buffer.limit() - index < frameLength) {
			throw new FrameEncodingException("Buffer has " + Math.max(0, buffer.limit() - Math.max(0, index))
					+ " bytes from index " + index + ", the frame needs " + frameLength);
		}
		ByteBuffer out = (buffer.order() == ByteOrder.LITTLE_ENDIAN) ? buffer
				: buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
		int position = out.position();
		try {
			write(out, index, flags, correlationId, timestamp, headers, headerLength, payload);
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

	/**
	 * Write a frame at an absolute index of a little-endian buffer, whose position ends
	 * after the frame.
	 * @param buffer the little-endian target
	 * @param start where the frame starts
	 * @param flags the flags
	 * @param correlationId the correlation id
	 * @param timestamp the timestamp
	 * @param headers the headers, already measured
	 * @param headerLength their measured length
	 * @param payload a {@code byte[]} or a {@link ByteBuffer}
	 */
	static void write(ByteBuffer buffer, int start, int flags, long correlationId, long timestamp,
			Map<String, Object> headers, int headerLength, Object payload) {
		int payloadLength = payloadLength(payload);
		int frameLength = (int) FrameDescriptor.frameLength(headerLength, payloadLength);
		buffer.putInt(start + FRAME_LENGTH_OFFSET, frameLength);
		buffer.put(start + VERSION_OFFSET, (byte) VERSION);
		buffer.put(start + FLAGS_OFFSET, (byte) flags);
		buffer.putShort(start + RESERVED_OFFSET, (short) 0);
		buffer.putLong(start + CORRELATION_ID_OFFSET, correlationId);
		buffer.putLong(start + TIMESTAMP_OFFSET, timestamp);
		buffer.putInt(start + HEADER_LENGTH_OFFSET, headerLength);
		buffer.putInt(start + PAYLOAD_LENGTH_OFFSET, payloadLength);
		writeHeaders(buffer, start, headers, headerLength);
		int payloadOffset = start + FrameDescriptor.payloadOffset(headerLength);
		if (payload instanceof ByteBuffer bytes) {
			buffer.put(payloadOffset, bytes, bytes.position(), payloadLength);
		}
		else {
			buffer.put(payloadOffset, (byte[]) payload);
		}
		int checksumOffset = payloadOffset + payloadLength;
		buffer.putInt(checksumOffset, Checksums.crc32c(buffer, start, frameLength - CHECKSUM_LENGTH));
		buffer.position(checksumOffset + CHECKSUM_LENGTH);
	}

	private static int payloadLength(Object payload) {
		return (payload instanceof ByteBuffer bytes) ? bytes.remaining() : ((byte[]) payload).length;
	}

	private static void writeHeaders(ByteBuffer buffer, int start, Map<String, Object> headers, int headerLength) {
		if (headers.isEmpty()) {
			if (headerLength != HeaderCodec.MIN_BLOCK_LENGTH) {
				throw new FrameEncodingException(
						"Empty headers take " + HeaderCodec.MIN_BLOCK_LENGTH + " bytes, not " + headerLength);
			}
			buffer.putShort(start + PREFIX_LENGTH, (short) 0);
			return;
		}
		buffer.position(start + PREFIX_LENGTH);
		HeaderCodec.encode(headers, buffer);
		if (buffer.position() != start + PREFIX_LENGTH + headerLength) {
			throw new FrameEncodingException("Headers took " + (buffer.position() - start - PREFIX_LENGTH)
					+ " bytes instead of the " + headerLength + " they were measured at");
		}
	}

}
