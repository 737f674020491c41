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

package org.hostipc.local;

import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;

/**
 * Creates the endpoints of in-JVM channels. Both ends live in one JVM and find each other
 * by address; frames are encoded and checked against the limits as on the other
 * transports, and each receiver buffers a bounded number of them (backpressure).
 * <ul>
 * <li>point-to-point: any number of senders, one receiver per address;</li>
 * <li>publish-subscribe: one publisher, every subscriber of the address gets every
 * message;</li>
 * <li>request-reply: one responder per address; a request waits for its reply up to its
 * timeout.</li>
 * </ul>
 *
 * @author hostipc
 */
public final class LocalEndpoints {

	/** The transport id. */
	public static final String ID = "local";

	private LocalEndpoints() {
	}

	/**
	 * Create the receiving end of a channel.
	 * @param name the channel name
	 * @param pattern the pattern
	 * @param options the options
	 * @return the endpoint, not started
	 */
	public static InboundEndpoint inbound(String name, MessagingPattern pattern, LocalOptions options) {
		return new LocalReceiver(name, pattern, options);
	}

	/**
	 * Create the sending end of a channel.
	 * @param name the channel name
	 * @param pattern the pattern
	 * @param options the options
	 * @return the endpoint, not started
	 */
	public static OutboundEndpoint outbound(String name, MessagingPattern pattern, LocalOptions options) {
		return new LocalSender(name, pattern, options);
	}

}
