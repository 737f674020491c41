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
import java.util.zip.CRC32C;

/**
 * CRC32C of a range of a buffer without allocating: one reusable {@link CRC32C} per
 * thread, and a range selected by narrowing the buffer rather than slicing it.
 *
 * @author hostipc
 */
final class Checksums {

	private static final ThreadLocal<CRC32C> CRC = ThreadLocal.withInitial(CRC32C::new);

	private Checksums() {
	}

	/**
	 * Return the CRC32C of a range with this thread's checksum instance.
	 * @param buffer the bytes; its position and limit are restored
	 * @param offset where the range starts
	 * @param length the range length
	 * @return the checksum
	 */
	static int crc32c(ByteBuffer buffer, int offset, int length) {
		return crc32c(CRC.get(), buffer, offset, length);
	}

	/**
	 * Return the CRC32C of a range.
	 * @param crc the checksum instance to reset and use
	 * @param buffer the bytes; its position and limit are restored
	 * @param offset where the range starts
	 * @param length the range length
	 * @return the checksum
	 */
	static int crc32c(CRC32C crc, ByteBuffer buffer, int offset, int length) {
		crc.reset();
		if (buffer.hasArray()) {
			crc.update(buffer.array(), buffer.arrayOffset() + offset, length);
		}
		else {
			int position = buffer.position();
			int limit = buffer.limit();
			buffer.limit(offset + length).position(offset);
			crc.update(buffer);
			buffer.limit(limit).position(position);
		}
		return (int) crc.getValue();
	}

}
