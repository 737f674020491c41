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
import org.hostipc.wire.FrameView;

/**
 * Handles what a connection's {@link FrameReader} returns: counts frames, hands
 * application frames to a listener and control frames to the transport.
 * <p>
 * A frame that fails to decode is counted by reason. When its length was acceptable it is
 * skipped and the connection continues; when its length was rejected the frame boundaries
 * are lost, so the connection must be closed (the server and its other connections are
 * not affected). The first bad frame of a connection is logged at WARN, later ones at
 * DEBUG.
 * <p>
 * NOT thread-safe: used by the one thread that reads the connection at a time.
 *
 * @author hostipc
 */
final class FrameDispatcher {

	private static final Log logger = LogFactory.getLog(FrameDispatcher.class);

	private final UdsConnection connection;

	private final ConnectionListener listener;

	private final BiConsumer<UdsConnection, Frame> control;

	private final EndpointCounters counters;

	private boolean warned;

	FrameDispatcher(UdsConnection connection, ConnectionListener listener, BiConsumer<UdsConnection, Frame> control,
			EndpointCounters counters) {
		this.connection = connection;
		this.listener = listener;
		this.control = control;
		this.counters = counters;
	}

	/**
	 * Read a blocking connection until it ends or a frame length is rejected, then close
	 * it. This is the loop of a reader thread.
	 */
	void readUntilEnd() {
		try {
			DecodeResult result;
			while ((result = this.connection.read()) != null) {
				if (!dispatch(result)) {
					break;
				}
			}
		}
		catch (IOException ex) {
			if (this.connection.isOpen() && logger.isDebugEnabled()) {
				logger.debug("Reading " + this.connection + " failed", ex);
			}
		}
		finish();
	}

	/**
	 * Handle one read result.
	 * @param result a result of {@link UdsConnection#read()} other than {@code null}
	 * @return {@code false} if the connection must be closed
	 */
	boolean dispatch(DecodeResult result) {
		if (result != FrameReader.READY) {
			return (result == FrameReader.NOT_YET) || rejected(result);
		}
		FrameView frame = this.connection.reader().view();
		if (frame.hasFlag(FrameFlags.CONTROL)) {
			this.control.accept(this.connection, frame.toFrame());
		}
		else {
			this.counters.received(this.connection.reader().frameLength(), frame.timestamp());
			this.listener.onFrame(this.connection, frame);
		}
		return true;
	}

	private boolean rejected(DecodeResult result) {
		this.counters.error(ErrorReason.of(result.error()));
		boolean inSync = this.connection.reader().isInSync();
		if (!this.warned || !inSync) {
			logger.warn("Bad frame on " + this.connection + ": " + result.detail()
					+ (inSync ? "; frame skipped" : "; closing the connection"));
			this.warned = true;
		}
		else if (logger.isDebugEnabled()) {
			logger.debug("Bad frame on " + this.connection + ": " + result.detail() + "; frame skipped");
		}
		return inSync;
	}

	/**
	 * Close the connection after its stream ended or failed, counting a partial frame
	 * that the peer left behind (unless this side closed the connection).
	 */
	void finish() {
		FrameReader reader = this.connection.reader();
		if (this.connection.isOpen() && reader.isInSync() && reader.hasPartialFrame()) {
			this.counters.error(ErrorReason.DECODE);
			logger.warn("The stream of " + this.connection + " ended in the middle of a frame; the partial frame"
					+ " was discarded");
		}
		this.connection.close();
	}

}
