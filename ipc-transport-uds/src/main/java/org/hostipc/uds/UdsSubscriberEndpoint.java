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

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.hostipc.transport.Direction;
import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.FrameHandler;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.Replier;
import org.hostipc.wire.FrameView;

/**
 * Subscriber of a publish-subscribe channel: a client that connects to the publisher's
 * socket (reconnecting with backoff) and hands every published frame to the handler.
 * <p>
 * Threading: the handler runs on the client thread {@code ipc-uds-<channel>-client},
 * which also reads the socket, so frames arrive in publishing order and a slow handler
 * slows down (and eventually times out) this subscriber only. A handler exception is
 * counted as {@link ErrorReason#HANDLER} and the next frame is handled normally. Frames
 * published while this subscriber is disconnected are not received.
 *
 * @author hostipc
 */
final class UdsSubscriberEndpoint extends AbstractUdsClientEndpoint implements InboundEndpoint {

	private static final Log logger = LogFactory.getLog(UdsSubscriberEndpoint.class);

	private volatile FrameHandler handler;

	UdsSubscriberEndpoint(String name, UdsOptions options) {
		super(name, MessagingPattern.PUBLISH_SUBSCRIBE, Direction.INBOUND, options);
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
	protected boolean sharedReads() {
		return false;
	}

	@Override
	public void onFrame(UdsConnection connection, FrameView frame) {
		try {
			this.handler.onFrame(frame, Replier.NONE);
		}
		catch (Exception ex) {
			this.counters.error(ErrorReason.HANDLER);
			if (logger.isDebugEnabled()) {
				logger.debug("Handler of channel '" + name() + "' failed", ex);
			}
		}
	}

}
