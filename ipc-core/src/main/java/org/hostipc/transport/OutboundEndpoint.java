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

import java.time.Duration;

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
