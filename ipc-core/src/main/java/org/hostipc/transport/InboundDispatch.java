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

import org.apache.commons.logging.Log;

import org.hostipc.wire.FrameFlags;
import org.hostipc.wire.FrameView;

/**
 * Hands an application frame in place to a {@link FrameHandler}, the same way on every
 * transport: a one-way frame whose handler fails is counted; a request whose handler
 * fails is answered with an error reply (unless it already replied) and counted.
 *
 * @author hostipc
 */
public final class InboundDispatch {

	private InboundDispatch() {
	}

	/**
	 * Dispatch one frame in place; never throws for a handler failure.
	 * @param handler the handler
	 * @param frame the frame, neither a reply nor a control frame
	 * @param replier the replier for a request frame, {@code null} for a one-way frame
	 * @param endpoint the endpoint, whose counters and limits apply
	 * @param maxPayloadLength the largest payload an error reply may carry
	 * @param logger where handler failures are logged at debug level
	 */
	public static void dispatch(FrameHandler handler, FrameView frame, RequestReplier replier, IpcEndpoint endpoint,
			int maxPayloadLength, Log logger) {
		try {
			handler.onFrame(frame, (replier != null) ? replier : Replier.NONE);
		}
		catch (Exception ex) {
			endpoint.counters().error(ErrorReason.HANDLER);
			if (logger.isDebugEnabled()) {
				logger.debug("Handler of channel '" + endpoint.name() + "' failed", ex);
			}
			if (replier != null && !replier.hasReplied()) {
				replier.send(ErrorReplies.of(ex, maxPayloadLength), FrameFlags.REPLY | FrameFlags.ERROR);
			}
		}
	}

}
