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
 * Why a frame could not be decoded. Each value names a metrics tag value
 * ({@link #tag()}).
 *
 * @author hostipc
 */
public enum FrameError {

	/** Fewer bytes than the frame declares. */
	TRUNCATED("decode"),

	/** A version this reader does not speak. */
	UNSUPPORTED_VERSION("decode"),

	/** Unknown flag bits or non-zero reserved bits. */
	MALFORMED_PREFIX("decode"),

	/** Declared lengths are inconsistent with each other or below the minimum. */
	INCONSISTENT_LENGTH("decode"),

	/**
	 * The frame, its header block, its header count or its payload exceed the configured
	 * limits.
	 */
	OVERSIZE("oversize"),

	/** The checksum does not match the bytes. */
	CHECKSUM("checksum"),

	/** The header block is malformed (bad type, bad length, bad UTF-8, duplicate key). */
	MALFORMED_HEADERS("decode");

	private final String tag;

	FrameError(String tag) {
		this.tag = tag;
	}

	/**
	 * Return the value of the {@code reason} tag on {@code ipc.errors}.
	 * @return the tag value
	 */
	public String tag() {
		return this.tag;
	}

}
