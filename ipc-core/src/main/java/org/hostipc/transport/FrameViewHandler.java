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
 * Receives the application frames of a {@link ViewInboundEndpoint} in place, as a
 * {@link FrameView} over the transport's own memory, without building a
 * {@link org.hostipc.wire.Frame}: for shared memory the ring record itself, so that
 * receiving allocates nothing; for the persistent queue the reader's reused copy of the
 * document, with the queue index as the view's {@link FrameView#setReceiptHeader receipt
 * header}. Called on the endpoint's thread, one frame at a time per peer, like a
 * {@link FrameHandler}.
 * <p>
 * The view is valid only during the call: read what is needed (or copy it, for example
 * with {@link FrameView#toFrame()}) before returning, and never keep the view or its
 * buffer.
 *
 * @author hostipc
 */
@FunctionalInterface
public interface FrameViewHandler {

	/**
	 * Handle one frame. For a frame flagged {@link org.hostipc.wire.FrameFlags#REQUEST},
	 * answer through the replier; an exception is sent back to the requester as an error
	 * reply. For a one-way frame an exception is counted as a handler error.
	 * @param frame the frame, valid until this method returns
	 * @param replier answers the frame's sender
	 * @throws Exception when handling fails
	 */
	void onFrame(FrameView frame, Replier replier) throws Exception;

}
