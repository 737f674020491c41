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

package org.hostipc.shm;

import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;

/**
 * Layout of a shared-memory ring file: a fixed header followed by an Agrona
 * {@link org.agrona.concurrent.ringbuffer.ManyToOneRingBuffer} (ring data of
 * {@code capacity} bytes, then Agrona's trailer of
 * {@link RingBufferDescriptor#TRAILER_LENGTH} bytes). All integers are in native byte
 * order (little-endian on every supported platform). Each ring record holds exactly one
 * frame of wire format v1 ({@link org.hostipc.wire.FrameDescriptor}).
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *  |                 Magic "HOSTIPC\0" (64 bits)                   |   0
 *  |                                                               |
 *  +---------------------------------------------------------------+
 *  |                    Layout Version (i32)                       |   8
 *  +---------------------------------------------------------------+
 *  |                 Ring Capacity (i32, power of 2)               |  12
 *  +---------------------------------------------------------------+
 *  |                    Creator Pid (i64)                          |  16
 *  |                                                               |
 *  +---------------------------------------------------------------+
 *  |          Creator Start Time (i64, epoch millis, 0 unknown)    |  24
 *  |                                                               |
 *  +---------------------------------------------------------------+
 *  |                    Consumer Pid (i64)                         |  32
 *  |                                                               |
 *  +---------------------------------------------------------------+
 *  |          Consumer Start Time (i64, epoch millis, 0 unknown)   |  40
 *  |                                                               |
 *  +---------------------------------------------------------------+
 *  |        Consumer Heartbeat (i64, epoch millis, 0 = none)       |  48
 *  |                                                               |
 *  +---------------------------------------------------------------+
 *  |               Maximum Frame Length (i32)                      |  56
 *  +---------------------------------------------------------------+
 *  |                    Reserved (i32, 0)                          |  60
 *  +---------------------------------------------------------------+
 *  |            Creator Pid Namespace (i64, 0 unknown)             |  64
 *  |                                                               |
 *  +---------------------------------------------------------------+
 *  |            Consumer Pid Namespace (i64, 0 unknown)            |  72
 *  |                                                               |
 *  +---------------------------------------------------------------+
 *  |                 Handled Position (i64)                        |  80
 *  |                                                               |
 *  +---------------------------------------------------------------+
 *  |                    Reserved (40 bytes, 0)                    ...  88
 *  +---------------------------------------------------------------+
 *  |        Ring Data (capacity bytes, Agrona records)            ... 128
 *  +---------------------------------------------------------------+
 *  |        Agrona Ring Trailer (TRAILER_LENGTH bytes)            ...
 *  +---------------------------------------------------------------+
 * </pre>
 * <p>
 * The creator writes the whole header into a temporary file and renames it into place, so
 * a file under its final name always has a complete header. Readers validate magic,
 * version, capacity and file length before mapping the ring.
 *
 * @author hostipc
 */
public final class ShmFileDescriptor {

	/** The file magic, the ASCII bytes {@code HOSTIPC\0} read as a little-endian long. */
	public static final long MAGIC = 0x0043504954534F48L;

	/** The layout version this code reads and writes. */
	public static final int LAYOUT_VERSION = 1;

	/** Offset of the magic. */
	public static final int MAGIC_OFFSET = 0;

	/** Offset of the layout version. */
	public static final int VERSION_OFFSET = 8;

	/** Offset of the ring capacity. */
	public static final int CAPACITY_OFFSET = 12;

	/** Offset of the pid of the process that created the file. */
	public static final int CREATOR_PID_OFFSET = 16;

	/** Offset of the creator's process start time. */
	public static final int CREATOR_START_OFFSET = 24;

	/** Offset of the pid of the process that consumes the ring now. */
	public static final int CONSUMER_PID_OFFSET = 32;

	/** Offset of the consumer's process start time. */
	public static final int CONSUMER_START_OFFSET = 40;

	/** Offset of the consumer heartbeat. */
	public static final int HEARTBEAT_OFFSET = 48;

	/** Offset of the largest frame the consumer accepts. */
	public static final int MAX_FRAME_LENGTH_OFFSET = 56;

	/**
	 * Offset of the creator's pid namespace (inode of {@code /proc/self/ns/pid}, 0 when
	 * unknown).
	 */
	public static final int CREATOR_PID_NAMESPACE_OFFSET = 64;

	/** Offset of the consumer's pid namespace (0 when unknown). */
	public static final int CONSUMER_PID_NAMESPACE_OFFSET = 72;

	/**
	 * Offset of the handled position: the ring position just after the last record the
	 * consumer handled (0 when none). It runs ahead of the ring's head, which advances
	 * once per batch of records, and tells a restarted consumer which records of an
	 * unfinished batch were handled before a crash. Only the consumer writes this cache
	 * line after start.
	 */
	public static final int HANDLED_POSITION_OFFSET = 80;

	/** Length of the header; the ring starts here, cache-line aligned. */
	public static final int HEADER_LENGTH = 128;

	/** Smallest ring capacity accepted. */
	public static final int MIN_CAPACITY = 4096;

	/** Largest ring capacity accepted (1 GiB). */
	public static final int MAX_CAPACITY = 1 << 30;

	/** Record type of a frame in the ring. */
	public static final int FRAME_MESSAGE_TYPE = 1;

	private ShmFileDescriptor() {
	}

	/**
	 * Return the length of a ring file.
	 * @param capacity the ring capacity
	 * @return header, ring data and trailer
	 */
	public static long fileLength(int capacity) {
		return (long) HEADER_LENGTH + capacity + RingBufferDescriptor.TRAILER_LENGTH;
	}

	/**
	 * Return the largest record the ring accepts, as Agrona computes it.
	 * @param capacity the ring capacity
	 * @return the maximum frame length
	 */
	public static int maxRecordLength(int capacity) {
		return capacity / 8;
	}

	/**
	 * Check a ring capacity.
	 * @param capacity the capacity
	 * @return whether it is a power of two within bounds
	 */
	public static boolean isValidCapacity(int capacity) {
		return capacity >= MIN_CAPACITY && capacity <= MAX_CAPACITY && Integer.bitCount(capacity) == 1;
	}

}
