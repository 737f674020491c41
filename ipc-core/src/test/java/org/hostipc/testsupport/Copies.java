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

package org.hostipc.testsupport;

import org.hostipc.transport.FrameHandler;
import org.hostipc.transport.Replier;
import org.hostipc.wire.Frame;

/**
 * For tests that keep what they receive: a {@link FrameHandler} that copies each frame
 * out of the transport's memory before handing it on.
 *
 * @author hostipc
 */
public final class Copies {

	private Copies() {
	}

	/**
	 * Return a handler that hands a copy of each frame to the given one.
	 * @param handler receives the copies
	 * @return the in-place handler
	 */
	public static FrameHandler copying(CopyHandler handler) {
		return (view, replier) -> handler.onFrame(view.toFrame(), replier);
	}

	/**
	 * Handles a copied frame.
	 */
	@FunctionalInterface
	public interface CopyHandler {

		/**
		 * Handle a copy of a frame.
		 * @param frame the copy
		 * @param replier answers the sender
		 * @throws Exception when handling fails
		 */
		void onFrame(Frame frame, Replier replier) throws Exception;

	}

}
