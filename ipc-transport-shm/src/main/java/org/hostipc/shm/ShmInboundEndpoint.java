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

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.Direction;
import org.hostipc.transport.EndpointState;
import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.InboundDispatch;
import org.hostipc.transport.FrameHandler;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.RequestReplier;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameFlags;
import org.hostipc.wire.FrameView;

/**
 * The consumer of a point-to-point or request-reply channel: owns the channel's ring,
 * reads it on thread {@code ipc-shm-<channel>} and answers requests on each requester's
 * reply ring.
 *
 * @author hostipc
 */
final class ShmInboundEndpoint extends AbstractShmEndpoint implements InboundEndpoint {

	private static final Log logger = LogFactory.getLog(ShmInboundEndpoint.class);

	private final RingConsumer consumer;

	private final ReplyRings replyRings;

	private volatile FrameHandler handler;

	ShmInboundEndpoint(String name, MessagingPattern pattern, ShmOptions options, ShmFiles files) {
		super(name, pattern, Direction.INBOUND, options, files);
		this.consumer = new RingConsumer("ipc-shm-" + name, channelRing(), this.files, options, this.codec,
				this.counters, this::onFrame);
		this.replyRings = new ReplyRings(this.files, options, name);
	}

	@Override
	public void setHandler(FrameHandler handler) {
		this.handler = handler;
	}

	@Override
	protected void open() {
		if (this.handler == null) {
			throw new IllegalStateException("A FrameHandler must be set on channel '" + name() + "' before start()");
		}
		this.consumer.start();
	}

	@Override
	protected void doStop() {
		this.consumer.stop(false);
		this.replyRings.clear();
	}

	private void onFrame(FrameView frame) {
		if (frame.hasFlag(FrameFlags.REPLY)) {
			return;
		}
		boolean request = frame.hasFlag(FrameFlags.REQUEST);
		RingReplier replier = request ? new RingReplier(frame.correlationId()) : null;
		InboundDispatch.dispatch(this.handler, frame, replier, this, this.options.limits().maxPayloadLength(), logger);
	}

	@Override
	public long backlog() {
		ShmRing ring = this.consumer.ring();
		return (ring != null) ? ring.backlog() : 0;
	}

	@Override
	protected Path address() {
		return channelRing();
	}

	@Override
	protected EndpointState runningState() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("path", channelRing().toString());
		ringDetails(details, this.consumer.ring());
		ShmRing ring = this.consumer.ring();
		return fillState("consuming " + channelRing(), details, (ring != null) ? ring.fillRatio() : 0);
	}

	@Override
	protected String role() {
		return "consumer";
	}

	@Override
	protected void describePeers(Map<String, Object> description) {
		description.put("replyRings", this.replyRings.size());
	}

	/**
	 * Writes the reply to one request into the requester's reply ring.
	 */
	private final class RingReplier extends RequestReplier {

		private final long correlationId;

		RingReplier(long correlationId) {
			this.correlationId = correlationId;
		}

		@Override
		protected void write(Frame reply, int flags) {
			int length = encodedLength(reply);
			long timestamp = System.nanoTime();
			ShmRing ring;
			try {
				ring = ShmInboundEndpoint.this.replyRings.get(this.correlationId);
			}
			catch (RuntimeException ex) {
				ShmInboundEndpoint.this.counters.error(ErrorReason.DISCONNECTED);
				if (logger.isDebugEnabled()) {
					logger.debug("Cannot reply on channel '" + name() + "'", ex);
				}
				return;
			}
			RingWriter.Outcome outcome = ShmInboundEndpoint.this.writer.write(ring, reply, flags, this.correlationId,
					timestamp, length, sendDeadline(timestamp), false);
			switch (outcome) {
				case WRITTEN -> ShmInboundEndpoint.this.counters.sent(length);
				case DROPPED -> ShmInboundEndpoint.this.counters.dropped();
				case FULL -> ShmInboundEndpoint.this.counters.error(ErrorReason.TIMEOUT);
				case CONSUMER_DOWN -> {
					ShmInboundEndpoint.this.replyRings.evict(ring);
					ShmInboundEndpoint.this.counters.error(ErrorReason.DISCONNECTED);
				}
			}
		}

	}

}
