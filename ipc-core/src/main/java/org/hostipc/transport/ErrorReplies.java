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

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.hostipc.wire.Frame;

/**
 * Builds the payload of error replies, shared by every transport: the innermost cause's
 * type and message, which is what the requester needs (the outer exceptions only say that
 * a handler failed), cut to a bounded size.
 *
 * @author hostipc
 */
public final class ErrorReplies {

	/** Largest error text sent back, in bytes. */
	public static final int MAX_ERROR_BYTES = 4096;

	private ErrorReplies() {
	}

	/**
	 * Build the error reply for a failed handler.
	 * @param failure what the handler threw
	 * @param maxPayloadLength the channel's maximum payload length
	 * @return a frame without flags whose payload is the UTF-8 error text
	 */
	public static Frame of(Throwable failure, int maxPayloadLength) {
		byte[] bytes = describe(failure).getBytes(StandardCharsets.UTF_8);
		int length = Math.min(bytes.length, Math.min(MAX_ERROR_BYTES, maxPayloadLength));
		return Frame.of(null, (length < bytes.length) ? Arrays.copyOf(bytes, length) : bytes);
	}

	/**
	 * Describe a failure by its innermost cause.
	 * @param failure the failure
	 * @return {@code SimpleClassName: message}
	 */
	public static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return root.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
	}

}
