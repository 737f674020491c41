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

import java.nio.ByteBuffer;
import java.util.Map;

import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameCodec;
import org.hostipc.wire.FrameFlags;

/**
 * The transport's own frames, flagged {@link FrameFlags#CONTROL} and never delivered to
 * applications. Each carries one header, {@value #TYPE_HEADER}, and no payload:
 * <ul>
 * <li>{@value #ACCEPTED}: first frame a server sends on a connection, after the peer
 * passed the allow-list. A client uses a connection only after receiving it, so that a
 * refused client never believes its frames were delivered.</li>
 * <li>{@value #GOODBYE}: the server is stopping. The client stops writing, half-closes
 * its side and keeps reading, so that the server handles (and answers) every frame
 * already written before it closes the connection.</li>
 * </ul>
 *
 * @author hostipc
 */
final class ControlFrames {

	/** Header naming the control frame type. */
	static final String TYPE_HEADER = "ipc.control";

	/** The server accepted the connection. */
	static final String ACCEPTED = "accepted";

	/** The server is stopping and will close the connection. */
	static final String GOODBYE = "goodbye";

	private ControlFrames() {
	}

	/**
	 * Encode a control frame.
	 * @param codec the codec
	 * @param type the control type
	 * @return the encoded frame
	 */
	static ByteBuffer encode(FrameCodec codec, String type) {
		return ByteBuffer
			.wrap(codec.encode(new Frame(FrameFlags.CONTROL, 0, System.nanoTime(), Map.of(TYPE_HEADER, type), null)));
	}

	/**
	 * Return whether a frame is a control frame of a type.
	 * @param frame the frame
	 * @param type the control type
	 * @return {@code true} if it is
	 */
	static boolean is(Frame frame, String type) {
		return frame.hasFlag(FrameFlags.CONTROL) && type.equals(frame.headers().get(TYPE_HEADER));
	}

}
