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
import java.util.zip.CRC32C;

/**
 * Helpers that craft and corrupt encoded frames for tests.
 *
 * @author hostipc
 */
final class TestFrames {

	private TestFrames() {
	}

	static ByteBuffer le(byte[] bytes) {
		return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
	}

	static int getInt(byte[] frame, int offset) {
		return le(frame).getInt(offset);
	}

	/**
	 * Return a copy of a frame with a little-endian int replaced.
	 */
	static byte[] withInt(byte[] frame, int offset, int value) {
		byte[] copy = frame.clone();
		le(copy).putInt(offset, value);
		return copy;
	}

	/**
	 * Return a copy of a frame with one byte replaced.
	 */
	static byte[] withByte(byte[] frame, int offset, int value) {
		byte[] copy = frame.clone();
		copy[offset] = (byte) value;
		return copy;
	}

	/**
	 * Recompute the trailing checksum in place so that a crafted frame passes the CRC
	 * check and reaches the later validation steps.
	 */
	static byte[] fixChecksum(byte[] frame) {
		CRC32C crc = new CRC32C();
		crc.update(frame, 0, frame.length - FrameDescriptor.CHECKSUM_LENGTH);
		le(frame).putInt(frame.length - FrameDescriptor.CHECKSUM_LENGTH, (int) crc.getValue());
		return frame;
	}

	/**
	 * Assemble a frame from a raw header block and payload, with a valid checksum.
	 */
	static byte[] frame(int flags, byte[] headerBlock, byte[] payload) {
		int length = (int) FrameDescriptor.frameLength(headerBlock.length, payload.length);
		ByteBuffer buffer = le(new byte[length]);
		buffer.putInt(length)
			.put((byte) FrameDescriptor.VERSION)
			.put((byte) flags)
			.putShort((short) 0)
			.putLong(0)
			.putLong(0)
			.putInt(headerBlock.length)
			.putInt(payload.length)
			.put(headerBlock)
			.put(payload);
		return fixChecksum(buffer.array());
	}

	/**
	 * Build a raw header block from already encoded parts.
	 */
	static byte[] headerBlock(int count, byte[]... headers) {
		int length = 2;
		for (byte[] header : headers) {
			length += header.length;
		}
		ByteBuffer buffer = le(new byte[length]).putShort((short) count);
		for (byte[] header : headers) {
			buffer.put(header);
		}
		return buffer.array();
	}

	/**
	 * Build one raw header: key length, key bytes, type code, value bytes.
	 */
	static byte[] header(byte[] key, int typeCode, byte[] value) {
		return le(new byte[2 + key.length + 1 + value.length]).putShort((short) key.length)
			.put(key)
			.put((byte) typeCode)
			.put(value)
			.array();
	}

	static byte[] u32(int value) {
		return le(new byte[4]).putInt(value).array();
	}

	static byte[] concat(byte[] a, byte[] b) {
		byte[] result = new byte[a.length + b.length];
		System.arraycopy(a, 0, result, 0, a.length);
		System.arraycopy(b, 0, result, a.length, b.length);
		return result;
	}

}
