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
 * Bits of the {@code flags} byte of a frame (wire format v1).
 *
 * @author hostipc
 */
public final class FrameFlags {

	/** The sender waits for a reply carrying the same correlation id. */
	public static final int REQUEST = 0x01;

	/** The frame is a reply to the request with the same correlation id. */
	public static final int REPLY = 0x02;

	/** With {@link #REPLY}: the handler failed; the payload is a UTF-8 error text. */
	public static final int ERROR = 0x04;

	/**
	 * Transport control frame (handshake, heartbeat); never delivered to applications.
	 */
	public static final int CONTROL = 0x08;

	/** Bits that a v1 reader understands; any other bit set is a decoding error. */
	public static final int KNOWN_BITS = REQUEST | REPLY | ERROR | CONTROL;

	private FrameFlags() {
	}

}
