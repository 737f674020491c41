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

package org.hostipc.shm;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hostipc.transport.Direction;
import org.hostipc.transport.EndpointState;
import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.AbstractIpcEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameCodec;
import org.hostipc.wire.MessageTooLargeException;

/**
 * Base class of the shared-memory endpoints: identity, lifecycle, file naming, ring state
 * details and the common part of {@link #describe()}.
 * <p>
 * {@link #start()} and {@link #stop()} are serialized by a lifecycle lock and idempotent;
 * every other method is thread-safe.
 *
 * @author hostipc
 */
abstract class AbstractShmEndpoint extends AbstractIpcEndpoint {

	/** Suffix of ring files. */
	static final String RING_SUFFIX = ".ring";

	protected final ShmOptions options;

	protected final FrameCodec codec;

	protected final ShmFiles files;

	protected final RingWriter writer;

	private final long sendTimeoutNanos;

	AbstractShmEndpoint(String name, MessagingPattern pattern, Direction direction, ShmOptions options,
			ShmFiles files) {
		super(safeName(name), pattern, direction);
		if (options == null) {
			throw new IllegalArgumentException("'options' must not be null");
		}
		this.options = options;
		this.codec = new FrameCodec(options.limits());
		this.files = (files != null) ? files : new ShmFiles(options);
		this.writer = new RingWriter(this.codec, options, this.counters);
		this.sendTimeoutNanos = options.sendTimeout().toNanos();
	}

	private static String safeName(String name) {
		if (!ShmFiles.isSafeName(name)) {
			throw new IllegalArgumentException("'channelName' must be a non-empty name of letters, digits, '.', '_' "
					+ "or '-' (it names the ring files), got '" + name + "'");
		}
		return name;
	}

	@Override
	public String transport() {
		return "shm";
	}

	/**
	 * Return the ring file of the channel (point-to-point and request-reply requests).
	 * @return the path
	 */
	Path channelRing() {
		return this.options.directory().resolve(name() + RING_SUFFIX);
	}

	/**
	 * Return the directory where publish-subscribe subscribers register their rings.
	 * @return the path
	 */
	Path registryDirectory() {
		return this.options.directory().resolve(name() + ".subscribers");
	}

	/**
	 * Return the address shown in state and description.
	 * @return the ring file or registry directory
	 */
	protected abstract Path address();

	@Override
	public EndpointState state() {
		if (!isRunning()) {
			return EndpointState.down("not started", Map.of("path", address().toString()));
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
		description.put("path", address().toString());
		describePeers(description);
		description.put("capacity", this.options.capacity());
		description.put("maxMessageSize", this.options.limits().maxPayloadLength());
		description.put("sendTimeout", this.options.sendTimeout().toString());
		description.put("idleStrategy", this.options.idleStrategy().id());
		description.put("backpressure", this.options.backpressurePolicy().name().toLowerCase().replace('_', '-'));
		description.put("running", isRunning());
		return Map.copyOf(description);
	}

	/**
	 * Return the encoded length of a frame that the transport stamps with its own flags,
	 * correlation id and timestamp, counting an oversize frame as an error.
	 * @param frame the frame
	 * @return the length
	 * @throws MessageTooLargeException if it exceeds the limits
	 */
	protected int encodedLength(Frame frame) {
		try {
			return this.codec.stampedLength(frame);
		}
		catch (MessageTooLargeException ex) {
			this.counters.error(ErrorReason.OVERSIZE);
			throw ex;
		}
	}

	/**
	 * Return the encoded length of a frame of headers and a payload buffer, counting an
	 * oversize frame as an error.
	 * @param headers the headers
	 * @param payload the payload, from its position to its limit
	 * @return the length
	 * @throws MessageTooLargeException if it exceeds the limits
	 */
	protected int encodedLength(Map<String, Object> headers, ByteBuffer payload) {
		try {
			return this.codec.encodedLength(headers, payload.remaining());
		}
		catch (MessageTooLargeException ex) {
			this.counters.error(ErrorReason.OVERSIZE);
			throw ex;
		}
	}

	/**
	 * Return the deadline of a send starting now.
	 * @return a {@link System#nanoTime()} deadline
	 */
	protected long sendDeadline() {
		return sendDeadline(System.nanoTime());
	}

	/**
	 * Return the deadline of a send that started at the given time.
	 * @param startNanos the {@link System#nanoTime()} the send started at
	 * @return a {@link System#nanoTime()} deadline
	 */
	protected long sendDeadline(long startNanos) {
		return startNanos + this.sendTimeoutNanos;
	}

	/**
	 * Add the state details of a ring: path, fill ratio, backlog and heartbeat age.
	 * @param details the details being built
	 * @param ring the ring, or {@code null} when not attached
	 */
	protected void ringDetails(Map<String, Object> details, ShmRing ring) {
		if (ring == null) {
			details.put("attached", false);
			return;
		}
		long now = System.currentTimeMillis();
		details.put("attached", true);
		details.put("fillRatio", Math.round(ring.fillRatio() * 1000) / 1000.0);
		details.put("backlogBytes", ring.backlog());
		details.put("heartbeatAgeMillis", ring.heartbeatAge(now));
		details.put("consumerPid", ring.consumerPid());
	}

	/**
	 * Return the state of a running endpoint whose ring is attached: DOWN when the ring
	 * is filled beyond the threshold.
	 * @param upReason the reason when UP
	 * @param details the details
	 * @param fillRatio the fill ratio of the (fullest) ring
	 * @return the state
	 */
	protected EndpointState fillState(String upReason, Map<String, Object> details, double fillRatio) {
		double threshold = this.options.fillRatioThreshold();
		if (fillRatio >= threshold) {
			return EndpointState.down("ring " + Math.round(fillRatio * 100) + "% full, at or above the threshold of "
					+ Math.round(threshold * 100) + "%: the consumer is not keeping up", details);
		}
		return EndpointState.up(upReason, details);
	}

	/**
	 * Return whether a ring's consumer is alive by its heartbeat.
	 * @param ring the ring
	 * @return whether the heartbeat is fresh
	 */
	protected boolean isConsumerAlive(ShmRing ring) {
		return ring.isConsumerAlive(System.currentTimeMillis(), this.options.heartbeatTimeout().toMillis());
	}

	@Override
	protected final void doStart() {
		AgronaAccess.check();
		open();
	}

	/**
	 * Create or attach the endpoint's rings and start its threads.
	 */
	protected abstract void open();

	protected abstract EndpointState runningState();

	/**
	 * Return {@code consumer}, {@code producer}, {@code publisher} or {@code subscriber}.
	 * @return the ring role
	 */
	protected abstract String role();

	/**
	 * Add the {@code peers} entry (and any peer details) to a description.
	 * @param description the description being built
	 */
	protected abstract void describePeers(Map<String, Object> description);

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[" + name() + ", " + address() + "]";
	}

}
