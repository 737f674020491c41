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
 * The outcome of decoding: either a {@link Frame} or a typed {@link FrameError}. Decoding
 * never throws for bad input.
 *
 * @author hostipc
 */
public final class DecodeResult {

	private final Frame frame;

	private final FrameError error;

	private final String detail;

	private DecodeResult(Frame frame, FrameError error, String detail) {
		this.frame = frame;
		this.error = error;
		this.detail = detail;
	}

	/**
	 * Create a successful result.
	 * @param frame the decoded frame
	 * @return the result
	 */
	public static DecodeResult success(Frame frame) {
		return new DecodeResult(frame, null, null);
	}

	/**
	 * Create a failed result.
	 * @param error the reason
	 * @param detail a human-readable description
	 * @return the result
	 */
	public static DecodeResult failure(FrameError error, String detail) {
		return new DecodeResult(null, error, detail);
	}

	/**
	 * Return whether a frame was decoded.
	 * @return {@code true} on success
	 */
	public boolean isSuccess() {
		return this.frame != null;
	}

	/**
	 * Return the frame, or {@code null} on failure.
	 * @return the frame
	 */
	public Frame frame() {
		return this.frame;
	}

	/**
	 * Return the error, or {@code null} on success.
	 * @return the error
	 */
	public FrameError error() {
		return this.error;
	}

	/**
	 * Return a human-readable description of the error, or {@code null} on success.
	 * @return the detail
	 */
	public String detail() {
		return this.detail;
	}

	/**
	 * Return the frame or throw a {@link FrameDecodingException}.
	 * @return the frame
	 */
	public Frame orElseThrow() {
		if (this.frame == null) {
			throw new FrameDecodingException(this.error, this.detail);
		}
		return this.frame;
	}

	@Override
	public String toString() {
		return isSuccess() ? "DecodeResult[" + this.frame + "]"
				: "DecodeResult[" + this.error + ": " + this.detail + "]";
	}

}
