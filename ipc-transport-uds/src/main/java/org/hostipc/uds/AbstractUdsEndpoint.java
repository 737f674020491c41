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

package org.hostipc.uds;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hostipc.transport.Direction;
import org.hostipc.transport.EndpointState;
import org.hostipc.transport.AbstractIpcEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameCodec;

/**
 * Base class of the Unix domain socket endpoints: identity, lifecycle, encoding and the
 * common part of {@link #describe()}.
 * <p>
 * {@link #start()} and {@link #stop()} are serialized by a lifecycle lock and idempotent;
 * every other method is thread-safe.
 *
 * @author hostipc
 */
abstract class AbstractUdsEndpoint extends AbstractIpcEndpoint {

	/** Longest wait for threads to end when stopping, on top of draining. */
	static final Duration MAX_STOP_WAIT = Duration.ofSeconds(5);

	protected final UdsOptions options;

	protected final FrameCodec codec;

	AbstractUdsEndpoint(String name, MessagingPattern pattern, Direction direction, UdsOptions options) {
		super(name, pattern, direction);
		if (options == null) {
			throw new IllegalArgumentException("'options' must not be null");
		}
		this.options = options;
		this.codec = new FrameCodec(options.limits());
	}

	@Override
	public String transport() {
		return "uds";
	}

	@Override
	public EndpointState state() {
		if (!isRunning()) {
			return EndpointState.down("not started", Map.of("path", this.options.path().toString()));
		}
		return runningState();
	}

	@Override
	public Map<String, Object> describe() {
		Map<String, Object> description = new LinkedHashMap<>();
		description.put("transport", transport());
		description.put("pattern", pattern().id());
		description.put("direction", direction().tag());
		description.put("role", role());
		description.put("path", this.options.path().toString());
		describePeers(description);
		description.put("maxMessageSize", this.options.limits().maxPayloadLength());
		description.put("sendTimeout", this.options.sendTimeout().toString());
		description.put("running", isRunning());
		return Map.copyOf(description);
	}

	/**
	 * Encode a frame with transport flags, correlation id and a send timestamp. Checks
	 * the size limits before anything is written.
	 * @param frame the application frame
	 * @param flags the flags to send
	 * @param correlationId the correlation id
	 * @return the encoded frame
	 * @throws org.hostipc.wire.MessageTooLargeException if the frame exceeds the limits
	 */
	protected ByteBuffer encode(Frame frame, int flags, long correlationId) {
		return ByteBuffer.wrap(this.codec.encode(frame.with(flags, correlationId, System.nanoTime())));
	}

	/**
	 * Return how long stopping may wait for peers to drain and threads to end.
	 * @return the timeout
	 */
	protected Duration stopTimeout() {
		Duration timeout = this.options.sendTimeout();
		return (timeout.compareTo(MAX_STOP_WAIT) < 0) ? timeout : MAX_STOP_WAIT;
	}

	protected abstract EndpointState runningState();

	/**
	 * Return {@code server} or {@code client}.
	 * @return the socket role
	 */
	protected abstract String role();

	/**
	 * Add the {@code peers} entry (and any peer details) to a description.
	 * @param description the description being built
	 */
	protected abstract void describePeers(Map<String, Object> description);

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[" + name() + ", " + this.options.path() + "]";
	}

}
