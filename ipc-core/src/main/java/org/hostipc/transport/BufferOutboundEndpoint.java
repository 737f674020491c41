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
import java.util.Map;

/**
 * An {@link OutboundEndpoint} that can send a payload straight from a caller's buffer,
 * encoding it into the transport without a {@link org.hostipc.wire.Frame} or a copy in
 * between: the allocation-free sending path.
 *
 * @author hostipc
 */
public interface BufferOutboundEndpoint extends OutboundEndpoint {

	/**
	 * Send a one-way frame of the given headers and the remaining bytes of a buffer, like
	 * {@link #send(org.hostipc.wire.Frame)}. The buffer's position and limit are left
	 * unchanged; it may be reused as soon as this method returns.
	 * @param headers the headers (an empty map for none)
	 * @param payload the payload, from its position to its limit
	 * @throws org.hostipc.wire.MessageTooLargeException if the frame exceeds the maximum
	 * size
	 * @throws IpcTimeoutException if the frame could not be handed over in time
	 * @throws PeerUnavailableException if no peer is there to receive it
	 */
	void send(Map<String, Object> headers, ByteBuffer payload);

}
