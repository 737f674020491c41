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

package org.hostipc.benchmarks.jmh;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameLimits;

/**
 * The frames the microbenchmarks encode and decode: a payload of a given size, with
 * either no headers or a few typical ones (a content type, a sequence number and a
 * priority).
 *
 * @author hostipc
 */
final class BenchmarkFrames {

	/** Limits that admit every benchmark frame. */
	static final FrameLimits LIMITS = new FrameLimits(64 * 1024, 4 * 1024, 32);

	/** Room for the largest benchmark frame. */
	static final int MAX_FRAME_LENGTH = 8 * 1024;

	private BenchmarkFrames() {
	}

	/**
	 * Create a frame.
	 * @param payloadSize the payload length
	 * @param headerCount {@code 0} for none, otherwise up to three typical headers
	 * @return the frame
	 */
	static Frame frame(int payloadSize, int headerCount) {
		byte[] payload = new byte[payloadSize];
		for (int i = 0; i < payload.length; i++) {
			payload[i] = (byte) i;
		}
		return new Frame(0, 0, 0, headers(headerCount), payload);
	}

	/**
	 * Create up to three typical headers.
	 * @param count how many
	 * @return the headers
	 */
	static Map<String, Object> headers(int count) {
		Map<String, Object> headers = new LinkedHashMap<>();
		if (count > 0) {
			headers.put("contentType", "application/json");
		}
		if (count > 1) {
			headers.put("sequence", 42L);
		}
		if (count > 2) {
			headers.put("priority", 5);
		}
		return headers;
	}

}
