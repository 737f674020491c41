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

/**
 * The exchange pattern of a channel.
 *
 * @author hostipc
 */
public enum MessagingPattern {

	/** One-way messages from any number of senders to one receiver. */
	POINT_TO_POINT("point-to-point"),

	/** One-way messages from a publisher to every subscriber. */
	PUBLISH_SUBSCRIBE("publish-subscribe"),

	/** A request and its correlated reply. */
	REQUEST_REPLY("request-reply");

	private final String id;

	MessagingPattern(String id) {
		this.id = id;
	}

	/**
	 * Return the name used in configuration and reports, such as {@code point-to-point}.
	 * @return the id
	 */
	public String id() {
		return this.id;
	}

}
