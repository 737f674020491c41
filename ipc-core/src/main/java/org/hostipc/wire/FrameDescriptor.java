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

/**
 * Layout of a wire format v1 frame. All integers are little-endian;
 * {@code docs/wire-format.md} specifies every byte and the order in which a reader
 * validates them.
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *  |                     Frame Length (u32)                        |  0
 *  +---------------+---------------+-------------------------------+
 *  |  Version (u8) |  Flags (u8)   |        Reserved (u16, 0)      |  4
 *  +---------------+---------------+-------------------------------+
 *  |                   Correlation Id (64 bits)                    |  8
 *  |                                                               |
 *  +---------------------------------------------------------------+
 *  |             Timestamp (i64, monotonic nanoseconds)            | 16
 *  |                                                               |
 *  +---------------------------------------------------------------+
 *  |                    Header Length (u32)                        | 24
 *  +---------------------------------------------------------------+
 *  |                    Payload Length (u32)                       | 28
 *  +---------------------------------------------------------------+
 *  |                 Headers (Header Length bytes)                ...  32
 *  +---------------------------------------------------------------+
 *  |                 Payload (Payload Length bytes)               ...
 *  +---------------------------------------------------------------+
 *  |          CRC32C of every preceding byte of the frame (u32)    |
 *  +---------------------------------------------------------------+
 * </pre>
 *
 * @author hostipc
 */
public final class FrameDescriptor {

	/** The only version this reader and writer speak. */
	public static final int VERSION = 1;

	/** Offset of the total frame length, which counts every byte including itself. */
	public static final int FRAME_LENGTH_OFFSET = 0;

	/** Offset of the version byte. */
	public static final int VERSION_OFFSET = 4;

	/** Offset of the flags byte. */
	public static final int FLAGS_OFFSET = 5;

	/** Offset of the reserved 16 bits, zero in v1. */
	public static final int RESERVED_OFFSET = 6;

	/** Offset of the transport correlation id. */
	public static final int CORRELATION_ID_OFFSET = 8;

	/** Offset of the send timestamp. */
	public static final int TIMESTAMP_OFFSET = 16;

	/** Offset of the header block length. */
	public static final int HEADER_LENGTH_OFFSET = 24;

	/** Offset of the payload length. */
	public static final int PAYLOAD_LENGTH_OFFSET = 28;

	/** Length of the fixed prefix; headers start here. */
	public static final int PREFIX_LENGTH = 32;

	/** Length of the trailing checksum. */
	public static final int CHECKSUM_LENGTH = 4;

	/** Smallest valid frame: prefix and checksum, no headers, no payload. */
	public static final int MIN_FRAME_LENGTH = PREFIX_LENGTH + CHECKSUM_LENGTH;

	private FrameDescriptor() {
	}

	/**
	 * Return the total frame length for the given block lengths.
	 * @param headerLength the header block length
	 * @param payloadLength the payload length
	 * @return the frame length, as a long so that overflow is visible to callers
	 */
	public static long frameLength(int headerLength, int payloadLength) {
		return (long) PREFIX_LENGTH + headerLength + payloadLength + CHECKSUM_LENGTH;
	}

	/**
	 * Return the offset of the payload.
	 * @param headerLength the header block length
	 * @return the payload offset
	 */
	public static int payloadOffset(int headerLength) {
		return PREFIX_LENGTH + headerLength;
	}

}
