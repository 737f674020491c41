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

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.hostipc.transport.Direction;
import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.InboundDispatch;
import org.hostipc.transport.FrameHandler;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.RequestReplier;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameFlags;
import org.hostipc.wire.FrameView;

/**
 * Inbound endpoint of a point-to-point or request-reply channel: a socket server that
 * accepts any number of (authorized) clients and hands their frames to the handler.
 * <p>
 * Threading: the handler runs on the reader thread of the connection the frame arrived on
 * ({@code ipc-uds-<channel>-conn-<n>}). Frames of one connection are handled in order;
 * frames of different connections may be handled concurrently, so the handler must be
 * thread-safe. A request is answered through the {@link Replier}, which writes the reply
 * on the same connection and may be called from any thread; if the handler throws for a
 * request, an error reply carrying the exception message is sent (counted as
 * {@link ErrorReason#HANDLER}) and the connection stays up. A failing one-way frame is
 * counted and the connection continues.
 *
 * @author hostipc
 */
final class UdsInboundServerEndpoint extends AbstractUdsServerEndpoint implements InboundEndpoint {

	private static final Log logger = LogFactory.getLog(UdsInboundServerEndpoint.class);

	private volatile FrameHandler handler;

	UdsInboundServerEndpoint(String name, MessagingPattern pattern, UdsOptions options) {
		super(name, pattern, Direction.INBOUND, options);
	}

	@Override
	public void setHandler(FrameHandler handler) {
		this.handler = handler;
	}

	@Override
	protected void doStart() {
		if (this.handler == null) {
			throw new IllegalStateException("A FrameHandler must be set on channel '" + name() + "' before start()");
		}
		super.doStart();
	}

	@Override
	public void onFrame(UdsConnection connection, FrameView frame) {
		if (frame.hasFlag(FrameFlags.REPLY)) {
			return;
		}
		ConnectionReplier replier = frame.hasFlag(FrameFlags.REQUEST)
				? new ConnectionReplier(connection, frame.correlationId()) : null;
		InboundDispatch.dispatch(this.handler, frame, replier, this, this.options.limits().maxPayloadLength(), logger);
	}

	/**
	 * Writes the reply to one request on the connection it arrived on.
	 */
	private final class ConnectionReplier extends RequestReplier {

		private final UdsConnection connection;

		private final long correlationId;

		ConnectionReplier(UdsConnection connection, long correlationId) {
			this.connection = connection;
			this.correlationId = correlationId;
		}

		@Override
		protected void write(Frame reply, int flags) {
			ByteBuffer bytes = encode(reply, flags, this.correlationId);
			int length = bytes.remaining();
			long deadline = System.nanoTime() + UdsInboundServerEndpoint.this.options.sendTimeout().toNanos();
			UdsConnection.WriteStatus status = this.connection.write(bytes, deadline);
			if (status == UdsConnection.WriteStatus.WRITTEN) {
				UdsInboundServerEndpoint.this.counters.sent(length);
			}
			else {
				UdsInboundServerEndpoint.this.counters.error((status == UdsConnection.WriteStatus.TIMED_OUT)
						? ErrorReason.TIMEOUT : ErrorReason.DISCONNECTED);
			}
		}

	}

}
