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

import java.util.Map;
import java.util.stream.Stream;

import org.hostipc.boot.endpoint.IpcChannelsEndpoint.ChannelDescriptor;
import org.hostipc.boot.testsupport.FakeIpcEndpoint;
import org.hostipc.transport.Direction;
import org.hostipc.transport.EndpointState;
import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.MessagingPattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link IpcChannelsEndpoint}.
 *
 * @author hostipc
 */
class IpcChannelsEndpointTests {

	private final FakeIpcEndpoint orders = new FakeIpcEndpoint("orders", Direction.INBOUND,
			MessagingPattern.POINT_TO_POINT);

	private final FakeIpcEndpoint quotes = new FakeIpcEndpoint("quotes", Direction.OUTBOUND,
			MessagingPattern.REQUEST_REPLY);

	private final IpcChannelsEndpoint endpoint = new IpcChannelsEndpoint(() -> Stream.of(this.orders, this.quotes));

	@Test
	void channelsShouldDescribeEveryChannel() {
		this.orders.setState(EndpointState.up("listening", Map.of("peers", 1)));
		this.orders.counters().sent(40);
		this.orders.counters().received(30, 0);
		this.orders.counters().error(ErrorReason.DECODE);
		Map<String, ChannelDescriptor> channels = this.endpoint.channels().channels();
		assertThat(channels).containsOnlyKeys("orders", "quotes");
		ChannelDescriptor orders = channels.get("orders");
		assertThat(orders.name()).isEqualTo("orders");
		assertThat(orders.transport()).isEqualTo("fake");
		assertThat(orders.direction()).isEqualTo("inbound");
		assertThat(orders.pattern()).isEqualTo("point-to-point");
		assertThat(orders.status()).isEqualTo("UP");
		assertThat(orders.reason()).isEqualTo("listening");
		assertThat(orders.state()).containsEntry("peers", 1);
		assertThat(orders.details()).containsEntry("path", "/tmp/orders.sock").containsEntry("role", "server");
		assertThat(orders.counters().messagesSent()).isOne();
		assertThat(orders.counters().bytesSent()).isEqualTo(40);
		assertThat(orders.counters().messagesReceived()).isOne();
		assertThat(orders.counters().bytesReceived()).isEqualTo(30);
		assertThat(orders.counters().errors()).containsEntry("decode", 1L)
			.containsEntry("checksum", 0L)
			.hasSize(ErrorReason.values().length);
		assertThat(channels.get("quotes").status()).isEqualTo("DOWN");
		assertThat(channels.get("quotes").reason()).isEqualTo("not started");
	}

	@Test
	void channelsShouldSerializeToJson() {
		this.orders.setState(EndpointState.up("listening", Map.of()));
		this.orders.counters().sent(40);
		JsonNode json = JsonMapper.builder().build().valueToTree(this.endpoint.channels());
		JsonNode orders = json.path("channels").path("orders");
		assertThat(orders.path("status").asString()).isEqualTo("UP");
		assertThat(orders.path("pattern").asString()).isEqualTo("point-to-point");
		assertThat(orders.path("details").path("role").asString()).isEqualTo("server");
		assertThat(orders.path("counters").path("messagesSent").asLong()).isOne();
		assertThat(orders.path("counters").path("errors").path("timeout").asLong()).isZero();
		assertThat(json.path("channels").path("quotes").path("reason").asString()).isEqualTo("not started");
	}

	@Test
	void channelShouldDescribeTheSelectedChannel() {
		ChannelDescriptor quotes = this.endpoint.channel("quotes");
		assertThat(quotes).isNotNull();
		assertThat(quotes.direction()).isEqualTo("outbound");
		assertThat(quotes.pattern()).isEqualTo("request-reply");
	}

	@Test
	void channelShouldReturnNullForAnUnknownChannel() {
		assertThat(this.endpoint.channel("missing")).isNull();
	}

}
