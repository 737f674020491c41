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

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;

import org.hostipc.wire.Frame;

/**
 * An endpoint that sends frames to other processes.
 *
 * @author hostipc
 */
public interface OutboundEndpoint extends IpcEndpoint {

	/**
	 * Send a one-way frame, waiting at most the configured send timeout when no peer is
	 * connected or the transport applies backpressure. The transport stamps the
	 * timestamp.
	 * @param frame the frame
	 * @throws org.hostipc.wire.MessageTooLargeException if the frame exceeds the maximum
	 * size
	 * @throws IpcTimeoutException if the frame could not be handed over in time
	 * @throws PeerUnavailableException if no peer is there to receive it
	 */
	void send(Frame frame);

	/**
	 * Send a one-way frame of the given headers and the remaining bytes of a buffer, like
	 * {@link #send(Frame)}. The buffer's position and limit are left unchanged; it may be
	 * reused as soon as this method returns. Transports that can encode straight from the
	 * buffer into their medium (a shared-memory ring) override this to send without an
	 * intermediate {@link Frame}; by default the payload becomes one (without a copy when
	 * the buffer spans a whole array: {@link #send(Frame)} encodes before it returns).
	 * @param headers the headers (an empty map for none)
	 * @param payload the payload, from its position to its limit
	 * @throws org.hostipc.wire.MessageTooLargeException if the frame exceeds the maximum
	 * size
	 * @throws IpcTimeoutException if the frame could not be handed over in time
	 * @throws PeerUnavailableException if no peer is there to receive it
	 */
	default void send(Map<String, Object> headers, ByteBuffer payload) {
		byte[] bytes;
		if (payload.hasArray() && payload.arrayOffset() == 0 && payload.position() == 0
				&& payload.limit() == payload.array().length) {
			bytes = payload.array();
		}
		else {
			bytes = new byte[payload.remaining()];
			payload.duplicate().get(bytes);
		}
		send(Frame.of(headers, bytes));
	}

	/**
	 * Send a request and wait for its reply. The transport assigns the correlation id and
	 * sets the request flag.
	 * @param frame the request
	 * @param timeout how long to wait for the reply, including the send
	 * @return the reply frame
	 * @throws IpcTimeoutException if no reply arrives in time
	 * @throws RemoteHandlerException if the remote handler failed
	 * @throws UnsupportedOperationException if the pattern is not request-reply
	 */
	Frame request(Frame frame, Duration timeout);

}
