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

package org.hostipc.shm;

import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;

/**
 * Creates shared-memory endpoints (transport id {@code shm}): lossless rings in
 * memory-mapped files (Agrona {@code ManyToOneRingBuffer}, layout in
 * {@link ShmFileDescriptor}) under {@link ShmOptions#directory()}.
 * <p>
 * Roles: for {@link MessagingPattern#POINT_TO_POINT point-to-point} the inbound endpoint
 * consumes the channel ring {@code <channel>.ring} (creating it, or reattaching to it and
 * reading what was already written) and any number of outbound endpoints, in any
 * processes, produce into it. For {@link MessagingPattern#REQUEST_REPLY request-reply}
 * requests travel the same way and each outbound endpoint owns a reply ring
 * {@code <channel>.reply-<token>.ring}. For {@link MessagingPattern#PUBLISH_SUBSCRIBE
 * publish-subscribe} each inbound endpoint (subscriber) owns a ring in the registry
 * directory {@code <channel>.subscribers/} and outbound endpoints (publishers) write
 * every frame into each of them.
 * <p>
 * A consumer writes a heartbeat into its ring header; producers report DOWN and their
 * sends time out while it is stale. Files are created owner-only unless the options widen
 * them, and files of other uids are refused unless allowed. Readers run on one thread per
 * inbound endpoint, {@code ipc-shm-<channel>}; heartbeats and registry scans on the
 * shared {@code ipc-shm-timer} thread.
 *
 * @author hostipc
 */
public final class ShmEndpoints {

	private ShmEndpoints() {
	}

	/**
	 * Create the receiving end of a channel.
	 * @param channelName the channel name (letters, digits, {@code .}, {@code _},
	 * {@code -}); it names the ring files
	 * @param pattern the exchange pattern
	 * @param options the settings
	 * @return the consumer of the channel ring, or a subscriber for publish-subscribe;
	 * not started
	 */
	public static InboundEndpoint inbound(String channelName, MessagingPattern pattern, ShmOptions options) {
		if (pattern == MessagingPattern.PUBLISH_SUBSCRIBE) {
			return new ShmSubscriberEndpoint(channelName, options, null);
		}
		return new ShmInboundEndpoint(channelName, pattern, options, null);
	}

	/**
	 * Create the sending end of a channel.
	 * @param channelName the channel name (letters, digits, {@code .}, {@code _},
	 * {@code -}); it names the ring files
	 * @param pattern the exchange pattern
	 * @param options the settings
	 * @return a producer into the channel ring, or a publisher for publish-subscribe; not
	 * started
	 */
	public static OutboundEndpoint outbound(String channelName, MessagingPattern pattern, ShmOptions options) {
		if (pattern == MessagingPattern.PUBLISH_SUBSCRIBE) {
			return new ShmPublisherEndpoint(channelName, options, null);
		}
		return new ShmOutboundEndpoint(channelName, pattern, options, null);
	}

}
