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

import java.util.List;
import java.util.Map;

import org.hostipc.transport.Direction;
import org.hostipc.transport.EndpointState;
import org.hostipc.transport.MessagingPattern;

/**
 * Base class of the endpoints that connect to a server: the outbound side of
 * point-to-point and request-reply channels, and the subscriber of a publish-subscribe
 * channel. Starting never waits for the server.
 *
 * @author hostipc
 */
abstract class AbstractUdsClientEndpoint extends AbstractUdsEndpoint implements ConnectionListener {

	private volatile UdsClient client;

	AbstractUdsClientEndpoint(String name, MessagingPattern pattern, Direction direction, UdsOptions options) {
		super(name, pattern, direction, options);
	}

	@Override
	protected void doStart() {
		UdsClient starting = new UdsClient(name(), this.options, this.codec, this.counters, this, sharedReads());
		starting.start();
		this.client = starting;
	}

	@Override
	protected void doStop() {
		UdsClient stopping = this.client;
		if (stopping != null) {
			stopping.stop(stopTimeout());
		}
	}

	/**
	 * Return whether threads waiting for replies read the connection themselves (see
	 * {@link SharedReader}) rather than a reader thread.
	 * @return {@code true} for endpoints that send requests
	 */
	protected abstract boolean sharedReads();

	/**
	 * Return the client, or {@code null} when never started.
	 * @return the client
	 */
	protected UdsClient client() {
		return this.client;
	}

	@Override
	protected EndpointState runningState() {
		UdsClient current = this.client;
		String path = this.options.path().toString();
		if (current != null && current.current() != null) {
			return EndpointState.up("connected to " + path, Map.of("path", path));
		}
		String error = (current != null) ? current.lastError() : "not started";
		return EndpointState.down("not connected to " + path + ": " + error, Map.of("path", path));
	}

	@Override
	protected String role() {
		return "client";
	}

	@Override
	protected void describePeers(Map<String, Object> description) {
		UdsClient current = this.client;
		UdsConnection connection = (current != null) ? current.current() : null;
		description.put("peers", (connection != null) ? 1 : 0);
		description.put("peerCredentials",
				(connection != null) ? List.of(PeerAuthorizer.describe(connection.peer())) : List.of());
	}

}
