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

package org.hostipc.wire;

/**
 * Thrown at send when a message exceeds the configured maximum size.
 *
 * @author hostipc
 */
public class MessageTooLargeException extends FrameEncodingException {

	private final long size;

	private final long limit;

	public MessageTooLargeException(String what, long size, long limit) {
		super(what + " is " + size + " bytes, larger than the maximum of " + limit
				+ " bytes; raise the channel's max-message-size (on both sides) or send less");
		this.size = size;
		this.limit = limit;
	}

	public long getSize() {
		return this.size;
	}

	public long getLimit() {
		return this.limit;
	}

}
