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

import org.hostipc.wire.FrameView;

/**
 * Receives the events of the connections of a {@link UdsServer} or {@link UdsClient}.
 * Called on the connection's reader thread, except {@link #onConnected} which a server
 * calls on its accept thread.
 *
 * @author hostipc
 */
interface ConnectionListener {

	/**
	 * A connection passed authorization and the handshake and can carry frames.
	 * @param connection the connection
	 */
	default void onConnected(UdsConnection connection) {
	}

	/**
	 * An application frame (not a control frame) arrived.
	 * @param connection the connection it arrived on
	 * @param frame the frame
	 */
	void onFrame(UdsConnection connection, FrameView frame);

	/**
	 * The connection is closed; no more frames will arrive on it.
	 * @param connection the connection
	 */
	default void onDisconnected(UdsConnection connection) {
	}

}
