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
 * Limits checked before any allocation when decoding, and at send when encoding.
 *
 * @param maxPayloadLength largest payload in bytes
 * @param maxHeaderLength largest header block in bytes
 * @param maxHeaderCount largest number of headers, at most 65535
 * @author hostipc
 */
public record FrameLimits(int maxPayloadLength, int maxHeaderLength, int maxHeaderCount) {

	/** Default limits: 1 MiB payload, 64 KiB of headers, 256 headers. */
	public static final FrameLimits DEFAULT = new FrameLimits(1024 * 1024, 64 * 1024, 256);

	public FrameLimits {
		if (maxPayloadLength < 0) {
			throw new IllegalArgumentException("'maxPayloadLength' must not be negative");
		}
		if (maxHeaderLength < 2) {
			throw new IllegalArgumentException("'maxHeaderLength' must be at least 2");
		}
		if (maxHeaderCount < 0 || maxHeaderCount > HeaderCodec.MAX_HEADER_COUNT) {
			throw new IllegalArgumentException(
					"'maxHeaderCount' must be between 0 and " + HeaderCodec.MAX_HEADER_COUNT);
		}
		if (FrameDescriptor.frameLength(maxHeaderLength, maxPayloadLength) > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("limits must allow frames below 2 GiB");
		}
	}

	/**
	 * Return limits with another maximum payload length.
	 * @param maxPayloadLength the maximum payload length
	 * @return the limits
	 */
	public FrameLimits withMaxPayloadLength(int maxPayloadLength) {
		return new FrameLimits(maxPayloadLength, this.maxHeaderLength, this.maxHeaderCount);
	}

	/**
	 * Return the largest frame these limits allow.
	 * @return the maximum frame length
	 */
	public int maxFrameLength() {
		return (int) FrameDescriptor.frameLength(this.maxHeaderLength, this.maxPayloadLength);
	}

}
