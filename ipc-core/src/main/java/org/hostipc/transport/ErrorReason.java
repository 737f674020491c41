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

package org.hostipc.transport;

import java.util.Locale;

/**
 * Why a message could not be sent or received; the {@code reason} tag of
 * {@code ipc.errors}.
 *
 * @author hostipc
 */
public enum ErrorReason {

	/** The frame checksum did not match. */
	CHECKSUM,

	/** The bytes did not form a valid frame, or the payload could not be converted. */
	DECODE,

	/** A message exceeded the maximum size. */
	OVERSIZE,

	/** A peer was refused by the allow-list. */
	UNAUTHORIZED,

	/** A send or a reply timed out. */
	TIMEOUT,

	/** The application handler failed. */
	HANDLER,

	/** No peer was connected, or the connection was lost. */
	DISCONNECTED,

	/** An I/O error on the underlying channel or file. */
	IO;

	/**
	 * Return the lower-case tag value.
	 * @return the tag value
	 */
	public String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Map a frame decoding error to a reason.
	 * @param error the decoding error
	 * @return the reason
	 */
	public static ErrorReason of(org.hostipc.wire.FrameError error) {
		return switch (error) {
			case CHECKSUM -> CHECKSUM;
			case OVERSIZE -> OVERSIZE;
			default -> DECODE;
		};
	}

}
