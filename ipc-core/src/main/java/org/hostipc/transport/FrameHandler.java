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

import org.hostipc.wire.FrameView;

/**
 * Receives the application frames of an {@link InboundEndpoint}, in place: the
 * {@link FrameView} lies over the transport's own memory (a ring record, the reader's
 * copy of a queue document, a socket read buffer), so that receiving allocates nothing.
 * It is valid only during the call: read what is needed, or copy it with
 * {@link FrameView#toFrame()}, before returning, and never keep the view or its buffer.
 * This is the one receive path of every transport.
 * <p>
 * Called on the endpoint's own threads: frames from one peer (connection, ring or queue)
 * arrive in order, one at a time; frames from different peers may be handled concurrently
 * (the Unix domain socket server reads each connection on its own thread), so handlers
 * must be thread-safe.
 *
 * @author hostipc
 */
@FunctionalInterface
public interface FrameHandler {

	/**
	 * Handle one frame. For a frame flagged {@link org.hostipc.wire.FrameFlags#REQUEST},
	 * answer through the replier; an exception is sent back to the requester as an error
	 * reply. For a one-way frame an exception is counted as a handler error (and, on
	 * durable transports, the frame is delivered again).
	 * @param frame the frame, valid until this method returns
	 * @param replier answers the frame's sender
	 * @throws Exception when handling fails
	 */
	void onFrame(FrameView frame, Replier replier) throws Exception;

}
