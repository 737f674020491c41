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

import java.io.IOException;
import java.util.function.BiConsumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.hostipc.transport.EndpointCounters;
import org.hostipc.transport.ErrorReason;
import org.hostipc.wire.DecodeResult;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameFlags;

/**
 * The loop of a connection's reader thread: reads frames until the stream ends or the
 * connection is closed, counts them, hands application frames to a listener and control
 * frames to the transport.
 * <p>
 * A frame that fails to decode is counted by reason. When its length was acceptable it is
 * skipped and the connection continues; when its length was rejected the frame boundaries
 * are lost, so the connection is closed (the server and its other connections are not
 * affected). The first bad frame of a connection is logged at WARN, later ones at DEBUG.
 *
 * @author hostipc
 */
final class ReadLoop {

	private static final Log logger = LogFactory.getLog(ReadLoop.class);

	private ReadLoop() {
	}

	/**
	 * Read a connection until it ends or a frame length is rejected, then close it.
	 * @param connection the connection
	 * @param listener receives application frames
	 * @param control receives control frames
	 * @param counters the endpoint's counters
	 */
	static void run(UdsConnection connection, ConnectionListener listener, BiConsumer<UdsConnection, Frame> control,
			EndpointCounters counters) {
		try {
			readFrames(connection, listener, control, counters);
		}
		catch (IOException ex) {
			if (connection.isOpen() && logger.isDebugEnabled()) {
				logger.debug("Reading " + connection + " failed", ex);
			}
		}
		if (connection.isOpen() && connection.reader().hasPartialFrame()) {
			counters.error(ErrorReason.DECODE);
			logger.warn("The stream of " + connection + " ended in the middle of a frame; the partial frame"
					+ " was discarded");
		}
		connection.close();
	}

	private static void readFrames(UdsConnection connection, ConnectionListener listener,
			BiConsumer<UdsConnection, Frame> control, EndpointCounters counters) throws IOException {
		boolean warned = false;
		DecodeResult result;
		while ((result = connection.read()) != null) {
			Frame frame = result.frame();
			if (frame == null) {
				counters.error(ErrorReason.of(result.error()));
				boolean inSync = connection.reader().isInSync();
				if (!warned || !inSync) {
					logger.warn("Bad frame on " + connection + ": " + result.detail()
							+ (inSync ? "; frame skipped" : "; closing the connection"));
					warned = true;
				}
				else if (logger.isDebugEnabled()) {
					logger.debug("Bad frame on " + connection + ": " + result.detail() + "; frame skipped");
				}
				if (!inSync) {
					connection.close();
					return;
				}
			}
			else if (frame.hasFlag(FrameFlags.CONTROL)) {
				control.accept(connection, frame);
			}
			else {
				counters.received(connection.reader().frameLength(), frame.timestamp());
				listener.onFrame(connection, frame);
			}
		}
	}

}
