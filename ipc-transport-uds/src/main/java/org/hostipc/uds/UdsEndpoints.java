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

import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;

/**
 * Creates Unix domain socket endpoints (transport id {@code uds}).
 * <p>
 * Roles: for {@link MessagingPattern#POINT_TO_POINT point-to-point} and
 * {@link MessagingPattern#REQUEST_REPLY request-reply} channels the inbound endpoint is
 * the socket server (it binds the path and accepts any number of clients) and the
 * outbound endpoint is a client. For {@link MessagingPattern#PUBLISH_SUBSCRIBE
 * publish-subscribe} the outbound endpoint (publisher) is the server and writes every
 * frame to each connected subscriber, and the inbound endpoint (subscriber) is a client.
 * Servers create the socket file (and missing parent directories) owner-only unless the
 * options widen it; both sides check the peer's {@code SO_PEERCRED} credentials against
 * the allowed uids and gids (by default the current user only). Clients start without
 * waiting for the server and reconnect with backoff.
 * <p>
 * Threads are named {@code ipc-uds-<channel>-...} and all end when the endpoint stops.
 * Frames follow the wire format of {@link org.hostipc.wire.FrameDescriptor}, each
 * preceded by nothing else: the frame's own length field delimits it on the stream. A
 * server first sends an {@code accepted} control frame (see {@code ControlFrames}).
 *
 * @author hostipc
 */
public final class UdsEndpoints {

	private UdsEndpoints() {
	}

	/**
	 * Create the receiving end of a channel.
	 * @param channelName the channel name, used in thread names, logs and errors
	 * @param pattern the exchange pattern
	 * @param options the socket settings
	 * @return a server for point-to-point and request-reply, a subscribing client for
	 * publish-subscribe; not started
	 */
	public static InboundEndpoint inbound(String channelName, MessagingPattern pattern, UdsOptions options) {
		if (pattern == MessagingPattern.PUBLISH_SUBSCRIBE) {
			return new UdsSubscriberEndpoint(channelName, options);
		}
		return new UdsInboundServerEndpoint(channelName, pattern, options);
	}

	/**
	 * Create the sending end of a channel.
	 * @param channelName the channel name, used in thread names, logs and errors
	 * @param pattern the exchange pattern
	 * @param options the socket settings
	 * @return a client for point-to-point and request-reply, a publishing server for
	 * publish-subscribe; not started
	 */
	public static OutboundEndpoint outbound(String channelName, MessagingPattern pattern, UdsOptions options) {
		if (pattern == MessagingPattern.PUBLISH_SUBSCRIBE) {
			return new UdsPublisherEndpoint(channelName, options);
		}
		return new UdsOutboundClientEndpoint(channelName, pattern, options);
	}

}
