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

/**
 * An {@link InboundEndpoint} that can hand its frames over in place, without copying them
 * into {@link org.hostipc.wire.Frame}s: the allocation-free receiving path.
 *
 * @author hostipc
 */
public interface ViewInboundEndpoint extends InboundEndpoint {

	/**
	 * Set a handler that receives frames in place; must be called before
	 * {@link #start()}. When set, it receives every application frame and the
	 * {@link #setHandler(FrameHandler) frame handler}, if any, none.
	 * @param handler the handler
	 */
	void setViewHandler(FrameViewHandler handler);

}
