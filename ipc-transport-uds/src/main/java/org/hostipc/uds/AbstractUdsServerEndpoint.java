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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hostipc.transport.Direction;
import org.hostipc.transport.EndpointState;
import org.hostipc.transport.MessagingPattern;

/**
 * Base class of the endpoints that own the socket file and accept connections: the
 * inbound side of point-to-point and request-reply channels, and the publisher of a
 * publish-subscribe channel.
 *
 * @author hostipc
 */
abstract class AbstractUdsServerEndpoint extends AbstractUdsEndpoint implements ConnectionListener {

	private volatile UdsServer server;

	AbstractUdsServerEndpoint(String name, MessagingPattern pattern, Direction direction, UdsOptions options) {
		super(name, pattern, direction, options);
	}

	@Override
	protected void doStart() {
		UdsServer starting = new UdsServer(name(), this.options, this.codec, this.counters, this);
		starting.start();
		this.server = starting;
	}

	@Override
	protected void doStop() {
		UdsServer stopping = this.server;
		if (stopping != null) {
			stopping.stop(stopTimeout());
		}
	}

	/**
	 * Return the open connections.
	 * @return a snapshot, empty when not started
	 */
	protected List<UdsConnection> connections() {
		UdsServer current = this.server;
		return (current != null) ? current.connections() : List.of();
	}

	@Override
	protected EndpointState runningState() {
		UdsServer current = this.server;
		String path = this.options.path().toString();
		if (current != null && current.isListening()) {
			return EndpointState.up("listening on " + path,
					Map.of("path", path, "connections", current.connections().size()));
		}
		String error = (current != null) ? current.lastError() : "not started";
		return EndpointState.down("not listening on " + path + ": " + error, Map.of("path", path));
	}

	@Override
	protected String role() {
		return "server";
	}

	@Override
	protected void describePeers(Map<String, Object> description) {
		List<UdsConnection> connections = connections();
		List<String> peers = new ArrayList<>(connections.size());
		for (UdsConnection connection : connections) {
			peers.add(PeerAuthorizer.describe(connection.peer()));
		}
		description.put("peers", connections.size());
		description.put("peerCredentials", List.copyOf(peers));
	}

}
