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

import org.hostipc.support.IpcHeaders;
import org.hostipc.IpcException;

/**
 * The reply rings a responder has attached to, by file name. A requester announces its
 * reply ring in the {@value IpcHeaders#REPLY_TO} header of each request; the name must be
 * a plain file name of the channel's reply rings in the channel's directory (never a
 * path), so a request cannot make the responder write anywhere else.
 * <p>
 * Thread-safe.
 *
 * @author hostipc
 */
final class ReplyRings {

	private final ShmFiles files;

	private final ShmOptions options;

	private final String prefix;

	private final Map<String, ShmRing> rings = new ConcurrentHashMap<>();

	ReplyRings(ShmFiles files, ShmOptions options, String channelName) {
		this.files = files;
		this.options = options;
		this.prefix = replyRingPrefix(channelName);
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
	 * Return the reply ring a request names, attaching to it on first use.
	 * @param replyTo the header value
	 * @return the ring
	 * @throws IpcException if the name is not a reply ring of this channel or the file
	 * cannot be used
	 */
	ShmRing get(Object replyTo) {
		// only validated names are cached, so a hit needs no further checks
		ShmRing cached = (replyTo instanceof String) ? this.rings.get(replyTo) : null;
		if (cached != null) {
			return cached;
		}
		if (!(replyTo instanceof String name) || !name.startsWith(this.prefix)
				|| !name.endsWith(AbstractShmEndpoint.RING_SUFFIX) || !ShmFiles.isSafeName(name)) {
			throw new IpcException("The request names no valid reply ring of this channel in header '"
					+ IpcHeaders.REPLY_TO + "' (got '" + replyTo + "')");
		}
		ShmRing ring = this.rings.get(name);
		if (ring == null) {
			ring = this.files.open(this.options.directory().resolve(name));
			this.rings.put(name, ring);
		}
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
