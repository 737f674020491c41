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

import java.util.UUID;

/**
 * Header value types of wire format v1, with their type codes.
 *
 * @author hostipc
 */
public enum HeaderType {

	/** UTF-8 text: u32 length, then bytes. */
	STRING(1),

	/** Signed 32-bit integer. */
	INT(2),

	/** Signed 64-bit integer. */
	LONG(3),

	/** One byte, 0 or 1. */
	BOOLEAN(4),

	/** Opaque bytes: u32 length, then bytes. */
	BYTES(5),

	/** IEEE 754 binary64. */
	DOUBLE(6),

	/** 16 bytes in RFC 4122 (big-endian) order. */
	UUID(7);

	private final int code;

	HeaderType(int code) {
		this.code = code;
	}

	public int code() {
		return this.code;
	}

	/**
	 * Return the type for a code.
	 * @param code the type code
	 * @return the type, or {@code null} when the code is unknown
	 */
	public static HeaderType fromCode(int code) {
		return switch (code) {
			case 1 -> STRING;
			case 2 -> INT;
			case 3 -> LONG;
			case 4 -> BOOLEAN;
			case 5 -> BYTES;
			case 6 -> DOUBLE;
			case 7 -> UUID;
			default -> null;
		};
	}

	/**
	 * Return the wire type of a Java value.
	 * @param value the value
	 * @return the type, or {@code null} when the value cannot cross the wire
	 */
	public static HeaderType of(Object value) {
		if (value instanceof String) {
			return STRING;
		}
		if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return INT;
		}
		if (value instanceof Long) {
			return LONG;
		}
		if (value instanceof Boolean) {
			return BOOLEAN;
		}
		if (value instanceof byte[]) {
			return BYTES;
		}
		if (value instanceof Double || value instanceof Float) {
			return DOUBLE;
		}
		if (value instanceof java.util.UUID) {
			return UUID;
		}
		return null;
	}

}
