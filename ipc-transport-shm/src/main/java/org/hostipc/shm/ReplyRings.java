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

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hostipc.IpcException;

/**
 * The reply rings a responder has attached to. A requester names its reply ring in the
 * upper 32 bits of each request's correlation id, a token that is part of the ring's file
 * name ({@code <channel>.reply-<token as 8 hex digits>.ring}); the reply carries the same
 * correlation id back. The routing thus travels in the frame's prefix, never as a message
 * header, and a request can only ever name a reply ring of this channel in the channel's
 * directory.
 * <p>
 * Thread-safe.
 *
 * @author hostipc
 */
final class ReplyRings {

	private final ShmFiles files;

	private final ShmOptions options;

	private final String channelName;

	private final Map<Integer, ShmRing> rings = new ConcurrentHashMap<>();

	ReplyRings(ShmFiles files, ShmOptions options, String channelName) {
		this.files = files;
		this.options = options;
		this.channelName = channelName;
	}

	/**
	 * Return the prefix of the reply ring file names of a channel.
	 * @param channelName the channel
	 * @return the prefix
	 */
	static String replyRingPrefix(String channelName) {
		return channelName + ".reply-";
	}

	/**
	 * Return the file name of a reply ring.
	 * @param channelName the channel
	 * @param token the requester's token, not 0
	 * @return the file name
	 */
	static String replyRingName(String channelName, int token) {
		return replyRingPrefix(channelName) + String.format("%08x", token) + AbstractShmEndpoint.RING_SUFFIX;
	}

	/**
	 * Return the correlation id of a request: the token in the upper 32 bits, the
	 * requester's sequence number in the lower ones.
	 * @param token the requester's token
	 * @param sequence the sequence number
	 * @return the correlation id
	 */
	static long correlationId(int token, long sequence) {
		return ((long) token << 32) | (sequence & 0xFFFFFFFFL);
	}

	/**
	 * Return the reply ring a request names, attaching to it on first use.
	 * @param correlationId the request's correlation id
	 * @return the ring
	 * @throws IpcException if the id names no reply ring or the file cannot be used
	 */
	ShmRing get(long correlationId) {
		int token = (int) (correlationId >>> 32);
		ShmRing ring = this.rings.get(token);
		if (ring != null) {
			return ring;
		}
		if (token == 0) {
			throw new IpcException("The request's correlation id " + correlationId + " names no reply ring");
		}
		ring = this.files.open(this.options.directory().resolve(replyRingName(this.channelName, token)));
		this.rings.put(token, ring);
		return ring;
	}

	/**
	 * Forget a reply ring whose requester is gone.
	 * @param ring the ring
	 */
	void evict(ShmRing ring) {
		this.rings.values().remove(ring);
	}

	int size() {
		return this.rings.size();
	}

	void clear() {
		this.rings.clear();
	}

}
