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

package org.hostipc.chronicle;

import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;

/**
 * Creates Chronicle Queue endpoints (transport id {@code chronicle}): a durable,
 * memory-mapped journal in {@code <directory>/<channel>} that survives restarts of
 * producers and consumers.
 * <p>
 * Outbound endpoints append; any number of them, in any processes, may append to one
 * queue. Inbound endpoints are named subscribers
 * ({@link ChronicleOptions#subscriberName()}) that each keep their own position: for
 * {@link MessagingPattern#PUBLISH_SUBSCRIBE publish-subscribe} every subscriber receives
 * every message; for {@link MessagingPattern#POINT_TO_POINT point-to-point} the channel
 * has a single subscriber (a second endpoint with the same name is refused at start).
 * {@link MessagingPattern#REQUEST_REPLY Request-reply} is not supported.
 * <p>
 * Delivery is at least once, see {@link ChronicleInboundEndpoint}. The JVM needs the
 * options listed by {@link ChronicleAccess#JVM_OPTIONS}; without them {@code start()}
 * fails with an {@link org.hostipc.IpcException} naming them.
 *
 * @author hostipc
 */
public final class ChronicleEndpoints {

	private ChronicleEndpoints() {
	}

	/**
	 * Create a subscriber of a channel.
	 * @param channelName the channel name (letters, digits, {@code .}, {@code _},
	 * {@code -}); it names the queue directory
	 * @param pattern point-to-point or publish-subscribe
	 * @param options the settings
	 * @return the subscriber; not started
	 * @throws IllegalArgumentException for request-reply or an invalid name
	 */
	public static InboundEndpoint inbound(String channelName, MessagingPattern pattern, ChronicleOptions options) {
		return new ChronicleInboundEndpoint(channelName, pattern, options);
	}

	/**
	 * Create an appender to a channel.
	 * @param channelName the channel name (letters, digits, {@code .}, {@code _},
	 * {@code -}); it names the queue directory
	 * @param pattern point-to-point or publish-subscribe
	 * @param options the settings
	 * @return the appender; not started
	 * @throws IllegalArgumentException for request-reply or an invalid name
	 */
	public static OutboundEndpoint outbound(String channelName, MessagingPattern pattern, ChronicleOptions options) {
		return new ChronicleOutboundEndpoint(channelName, pattern, options);
	}

}
