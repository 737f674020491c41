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

package org.hostipc.support;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.hostipc.transport.Direction;
import org.hostipc.transport.EndpointCounters;
import org.hostipc.transport.EndpointState;
import org.hostipc.transport.ErrorReplies;
import org.hostipc.transport.FrameHandler;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.IpcTimeoutException;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.transport.PeerUnavailableException;
import org.hostipc.transport.RemoteHandlerException;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameCodec;
import org.hostipc.wire.FrameFlags;
import org.hostipc.wire.FrameView;
import org.hostipc.wire.FrameLimits;

/**
 * An in-memory pair of endpoints for adapter unit tests: frames go through the real codec
 * and are handed to the inbound handler on the sending thread.
 *
 * @author hostipc
 */
public final class LoopbackEndpoints {

	private final FrameCodec codec = new FrameCodec(FrameLimits.DEFAULT.withMaxPayloadLength(1024));

	private final Inbound inbound = new Inbound();

	private final Outbound outbound = new Outbound();

	private volatile boolean peerPresent = true;

	private volatile boolean replyLost;

	public InboundEndpoint inbound() {
		return this.inbound;
	}

	public OutboundEndpoint outbound() {
		return this.outbound;
	}

	/**
	 * Simulate a peer that went away: sends fail with {@link PeerUnavailableException}.
	 * @param present whether the peer is present
	 */
	public void setPeerPresent(boolean present) {
		this.peerPresent = present;
	}

	/**
	 * Simulate replies that never arrive: requests time out.
	 * @param lost whether replies are lost
	 */
	public void setReplyLost(boolean lost) {
		this.replyLost = lost;
	}

	private Frame deliver(Frame frame) {
		if (!this.peerPresent || !this.inbound.running) {
			throw new PeerUnavailableException("no peer");
		}
		byte[] bytes = this.codec.encode(frame.with(frame.flags(), frame.correlationId(), System.nanoTime()));
		FrameView received = new FrameView(this.codec.limits());
		if (received.wrap(java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN), 0,
				bytes.length) != null) {
			throw new IllegalStateException("The loopback encoded an invalid frame");
		}
		this.outbound.counters.sent(bytes.length);
		this.inbound.counters.received(bytes.length, received.timestamp());
		Frame[] reply = new Frame[1];
		try {
			this.inbound.handler.onFrame(received, (answer) -> reply[0] = answer);
		}
		catch (Exception ex) {
			this.inbound.counters.error(org.hostipc.transport.ErrorReason.HANDLER);
			if (received.hasFlag(FrameFlags.REQUEST)) {
				return ErrorReplies.of(ex, 1024).with(FrameFlags.REPLY | FrameFlags.ERROR, received.correlationId(), 0);
			}
		}
		return reply[0];
	}

	private abstract static class Base {

		final EndpointCounters counters = new EndpointCounters();

		volatile boolean running;

		public String name() {
			return "loop";
		}

		public String transport() {
			return "loopback";
		}

		public MessagingPattern pattern() {
			return MessagingPattern.REQUEST_REPLY;
		}

		public void start() {
			this.running = true;
		}

		public void stop() {
			this.running = false;
		}

		public boolean isRunning() {
			return this.running;
		}

		public EndpointState state() {
			return this.running ? EndpointState.up("running", Map.of()) : EndpointState.down("stopped", Map.of());
		}

		public EndpointCounters counters() {
			return this.counters;
		}

		public Map<String, Object> describe() {
			return Map.of();
		}

	}

	private final class Inbound extends Base implements InboundEndpoint {

		volatile FrameHandler handler;

		@Override
		public Direction direction() {
			return Direction.INBOUND;
		}

		@Override
		public void setHandler(FrameHandler handler) {
			this.handler = handler;
		}

	}

	private final class Outbound extends Base implements OutboundEndpoint {

		private final AtomicLong correlation = new AtomicLong();

		@Override
		public Direction direction() {
			return Direction.OUTBOUND;
		}

		@Override
		public void send(Frame frame) {
			deliver(frame);
		}

		@Override
		public Frame request(Frame frame, Duration timeout) {
			Frame reply = deliver(frame.with(FrameFlags.REQUEST, this.correlation.incrementAndGet(), 0));
			if (LoopbackEndpoints.this.replyLost || reply == null) {
				throw new IpcTimeoutException("no reply within " + timeout);
			}
			if (reply.hasFlag(FrameFlags.ERROR)) {
				throw new RemoteHandlerException(new String(reply.payload(), java.nio.charset.StandardCharsets.UTF_8));
			}
			return reply;
		}

	}

}
