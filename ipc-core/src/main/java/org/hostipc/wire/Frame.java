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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One message on the wire: flags, a transport correlation id, a send timestamp, typed
 * headers and an opaque payload. The byte layout is described by {@link FrameDescriptor}
 * and {@code docs/wire-format.md}.
 * <p>
 * Instances are immutable; the payload array is not copied, so callers must not modify it
 * after construction.
 *
 * @author hostipc
 */
public final class Frame {

	private static final byte[] EMPTY = new byte[0];

	private final int flags;

	private final long correlationId;

	private final long timestamp;

	private final Map<String, Object> headers;

	private final byte[] payload;

	/**
	 * Create a frame.
	 * @param flags the {@link FrameFlags} bits
	 * @param correlationId the transport correlation id, {@code 0} when none
	 * @param timestamp the send time in {@link System#nanoTime()} nanoseconds, {@code 0}
	 * when unknown
	 * @param headers the headers; values must be of a type supported by
	 * {@link HeaderType}
	 * @param payload the payload bytes
	 */
	public Frame(int flags, long correlationId, long timestamp, Map<String, Object> headers, byte[] payload) {
		this.flags = flags;
		this.correlationId = correlationId;
		this.timestamp = timestamp;
		this.headers = (headers != null && !headers.isEmpty())
				? Collections.unmodifiableMap(new LinkedHashMap<>(headers)) : Collections.emptyMap();
		this.payload = (payload != null) ? payload : EMPTY;
	}

	private Frame(Frame frame, int flags, long correlationId, long timestamp) {
		this.flags = flags;
		this.correlationId = correlationId;
		this.timestamp = timestamp;
		this.headers = frame.headers;
		this.payload = frame.payload;
	}

	/**
	 * Create a one-way frame that takes ownership of a header map built for it, without
	 * copying it: the caller must not modify the map or the payload afterwards.
	 * @param headers the headers, never modified again by the caller
	 * @param payload the payload
	 * @return the frame
	 */
	public static Frame wrap(Map<String, Object> headers, byte[] payload) {
		return new Frame(0, 0, 0, headers, (payload != null) ? payload : EMPTY, true);
	}

	/**
	 * Create a frame that takes ownership of a freshly decoded header map, avoiding a
	 * copy.
	 */
	Frame(int flags, long correlationId, long timestamp, Map<String, Object> decodedHeaders, byte[] payload,
			boolean owned) {
		this.flags = flags;
		this.correlationId = correlationId;
		this.timestamp = timestamp;
		this.headers = decodedHeaders.isEmpty() ? Collections.emptyMap() : Collections.unmodifiableMap(decodedHeaders);
		this.payload = payload;
	}

	/**
	 * Create a plain one-way frame.
	 * @param headers the headers
	 * @param payload the payload
	 * @return the frame
	 */
	public static Frame of(Map<String, Object> headers, byte[] payload) {
		return new Frame(0, 0, 0, headers, payload);
	}

	public int flags() {
		return this.flags;
	}

	public boolean hasFlag(int flag) {
		return (this.flags & flag) != 0;
	}

	public long correlationId() {
		return this.correlationId;
	}

	public long timestamp() {
		return this.timestamp;
	}

	public Map<String, Object> headers() {
		return this.headers;
	}

	public byte[] payload() {
		return this.payload;
	}

	/**
	 * Return a copy of this frame with other flags, correlation id and timestamp.
	 * @param flags the flags
	 * @param correlationId the correlation id
	 * @param timestamp the timestamp
	 * @return a new frame sharing headers and payload
	 */
	public Frame with(int flags, long correlationId, long timestamp) {
		return new Frame(this, flags, correlationId, timestamp);
	}

	@Override
	public boolean equals(Object obj) {
		if (this == obj) {
			return true;
		}
		if (!(obj instanceof Frame other)) {
			return false;
		}
		return this.flags == other.flags && this.correlationId == other.correlationId
				&& this.timestamp == other.timestamp && HeaderValues.equals(this.headers, other.headers)
				&& java.util.Arrays.equals(this.payload, other.payload);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.flags, this.correlationId, this.timestamp, this.headers.keySet(),
				java.util.Arrays.hashCode(this.payload));
	}

	@Override
	public String toString() {
		return "Frame[flags=" + this.flags + ", correlationId=" + this.correlationId + ", headers="
				+ this.headers.keySet() + ", payload=" + this.payload.length + " bytes]";
	}

}
