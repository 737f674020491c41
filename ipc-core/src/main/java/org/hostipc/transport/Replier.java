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

/**
 * Sends a reply back to the sender of a request frame. The transport sets the reply flag,
 * the correlation id and the timestamp.
 *
 * @author hostipc
 */
@FunctionalInterface
public interface Replier {

	/** A replier for frames that expect no reply. */
	Replier NONE = (reply) -> {
	};

	/**
	 * Send the reply.
	 * @param reply the reply frame (headers and payload)
	 */
	void reply(Frame reply);

}
