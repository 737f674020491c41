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

import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameFlags;

/**
 * The {@link Replier} a transport gives the handler of one request frame: it writes the
 * reply back to the requester and remembers that it did, so that a handler that fails
 * after replying does not get a second, error reply.
 *
 * @author hostipc
 */
public abstract class RequestReplier implements Replier {

	private volatile boolean replied;

	@Override
	public final void reply(Frame reply) {
		send(reply, FrameFlags.REPLY | (reply.flags() & FrameFlags.ERROR));
	}

	/**
	 * Send a reply with the given flags.
	 * @param reply the reply frame (headers and payload)
	 * @param flags the transport flags, {@link FrameFlags#REPLY} and possibly
	 * {@link FrameFlags#ERROR}
	 */
	public final void send(Frame reply, int flags) {
		this.replied = true;
		write(reply, flags);
	}

	/**
	 * Return whether a reply was sent.
	 * @return whether the request was answered
	 */
	public boolean hasReplied() {
		return this.replied;
	}

	/**
	 * Write the reply to the requester, stamping the request's correlation id.
	 * @param reply the reply frame
	 * @param flags the transport flags
	 */
	protected abstract void write(Frame reply, int flags);

}
