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

package org.hostipc.boot.endpoint;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.hostipc.transport.EndpointCounters;
import org.hostipc.transport.EndpointState;
import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.IpcEndpoint;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * {@link Endpoint @Endpoint} that lists the inter-process channels of this application:
 * their transport, role, state, transport facts and counters.
 *
 * @author hostipc
 */
@Endpoint(id = "ipc")
public class IpcChannelsEndpoint {

	private final Supplier<Stream<IpcEndpoint>> endpoints;

	/**
	 * Create a new instance.
	 * @param endpoints supplies the endpoints to report, read at every request
	 */
	public IpcChannelsEndpoint(Supplier<Stream<IpcEndpoint>> endpoints) {
		Assert.notNull(endpoints, "'endpoints' must not be null");
		this.endpoints = endpoints;
	}

	/**
	 * Describe every channel.
	 * @return the channels by name
	 */
	@ReadOperation
	public ChannelsDescriptor channels() {
		Map<String, ChannelDescriptor> channels = new LinkedHashMap<>();
		this.endpoints.get().forEach((endpoint) -> channels.putIfAbsent(endpoint.name(), describe(endpoint)));
		return new ChannelsDescriptor(channels);
	}

	/**
	 * Describe one channel.
	 * @param name the channel name
	 * @return the channel, or {@code null} when there is no such channel
	 */
	@ReadOperation
	@Nullable public ChannelDescriptor channel(@Selector String name) {
		return this.endpoints.get()
			.filter((endpoint) -> endpoint.name().equals(name))
			.findFirst()
			.map(IpcChannelsEndpoint::describe)
			.orElse(null);
	}

	private static ChannelDescriptor describe(IpcEndpoint endpoint) {
		EndpointState state = endpoint.state();
		return new ChannelDescriptor(endpoint.name(), endpoint.transport(), endpoint.direction().tag(),
				endpoint.pattern().id(), state.status().name(), state.reason(), state.details(), endpoint.describe(),
				CountersDescriptor.of(endpoint.counters()));
	}

	/**
	 * Description of every channel.
	 *
	 * @param channels the channels by name
	 */
	public record ChannelsDescriptor(Map<String, ChannelDescriptor> channels) implements OperationResponseBody {

	}

	/**
	 * Description of one channel.
	 *
	 * @param name the channel name
	 * @param transport the transport id
	 * @param direction {@code inbound} or {@code outbound}
	 * @param pattern the exchange pattern
	 * @param status {@code UP} or {@code DOWN}
	 * @param reason why the channel is down, or a short description when up
	 * @param state transport facts about the state, such as connected peers
	 * @param details transport facts such as the path, role and settings
	 * @param counters the cumulative counters
	 */
	public record ChannelDescriptor(String name, String transport, String direction, String pattern, String status,
			@Nullable String reason, Map<String, Object> state, Map<String, Object> details,
			CountersDescriptor counters) implements OperationResponseBody {

	}

	/**
	 * Cumulative counters of one channel.
	 *
	 * @param messagesSent messages sent
	 * @param messagesReceived messages received
	 * @param bytesSent bytes sent, frame overhead included
	 * @param bytesReceived bytes received, frame overhead included
	 * @param errors errors by reason
	 */
	public record CountersDescriptor(long messagesSent, long messagesReceived, long bytesSent, long bytesReceived,
			Map<String, Long> errors) {

		static CountersDescriptor of(EndpointCounters counters) {
			Map<String, Long> errors = new LinkedHashMap<>();
			for (ErrorReason reason : ErrorReason.values()) {
				errors.put(reason.tag(), counters.errors(reason));
			}
			return new CountersDescriptor(counters.messagesSent(), counters.messagesReceived(), counters.bytesSent(),
					counters.bytesReceived(), errors);
		}

	}

}
