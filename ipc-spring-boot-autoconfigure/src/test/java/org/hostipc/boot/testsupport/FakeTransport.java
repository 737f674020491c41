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

package org.hostipc.boot.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hostipc.InvalidIpcConfigurationException;
import org.hostipc.transport.ChannelDefinition;
import org.hostipc.transport.Direction;
import org.hostipc.transport.FrameHandler;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.IpcTransport;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.wire.Frame;

/**
 * A transport for auto-configuration tests: its endpoints move nothing, describe the
 * settings they were created with, and record what they were given.
 *
 * @author hostipc
 */
public class FakeTransport implements IpcTransport<FakeTransport.Settings> {

	private final String id;

	private final List<List<String>> validated = new ArrayList<>();

	public FakeTransport(String id) {
		this.id = id;
	}

	@Override
	public String id() {
		return this.id;
	}

	@Override
	public Class<Settings> settingsType() {
		return Settings.class;
	}

	@Override
	public void validate(List<ChannelDefinition<Settings>> channels) {
		this.validated.add(channels.stream().map(ChannelDefinition::name).toList());
		for (ChannelDefinition<Settings> channel : channels) {
			Integer level = channel.settings().getLevel();
			if (level != null && level < 0) {
				throw new InvalidIpcConfigurationException(channel.channel().property(this.id, "level"),
						"must not be negative", "Set it to 0 or more.");
			}
		}
	}

	/**
	 * Return the channel names of every {@link #validate(List)} call.
	 * @return one list per call
	 */
	public List<List<String>> validated() {
		return this.validated;
	}

	@Override
	public InboundEndpoint createInbound(ChannelDefinition<Settings> channel) {
		return new Inbound(channel);
	}

	@Override
	public OutboundEndpoint createOutbound(ChannelDefinition<Settings> channel) {
		return new Outbound(channel);
	}

	private static Map<String, Object> describe(ChannelDefinition<Settings> channel) {
		Settings settings = channel.settings();
		return Map.of("address", String.valueOf(settings.getAddress()), "level", String.valueOf(settings.getLevel()),
				"timeout", String.valueOf(settings.getTimeout()), "maxMessageSize", channel.channel().maxMessageSize(),
				"sendTimeout", channel.channel().sendTimeout().toString(), "replyTimeout",
				channel.channel().replyTimeout().toString());
	}

	/**
	 * The fake transport's own settings.
	 */
	public static class Settings {

		private String address;

		private Integer level;

		private Duration timeout;

		private List<String> tags = new ArrayList<>();

		public String getAddress() {
			return this.address;
		}

		public void setAddress(String address) {
			this.address = address;
		}

		public Integer getLevel() {
			return this.level;
		}

		public void setLevel(Integer level) {
			this.level = level;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

		public List<String> getTags() {
			return this.tags;
		}

		public void setTags(List<String> tags) {
			this.tags = tags;
		}

	}

	/**
	 * An inbound endpoint of the fake transport.
	 */
	public static class Inbound extends FakeIpcEndpoint implements InboundEndpoint {

		private final Map<String, Object> description;

		private FrameHandler handler;

		Inbound(ChannelDefinition<Settings> channel) {
			super(channel.name(), Direction.INBOUND, channel.channel().pattern());
			this.description = FakeTransport.describe(channel);
		}

		@Override
		public void setHandler(FrameHandler handler) {
			this.handler = handler;
		}

		public FrameHandler getHandler() {
			return this.handler;
		}

		@Override
		public Map<String, Object> describe() {
			return this.description;
		}

	}

	/**
	 * An outbound endpoint of the fake transport: sends go nowhere, requests get an empty
	 * reply.
	 */
	public static class Outbound extends FakeIpcEndpoint implements OutboundEndpoint {

		private final Map<String, Object> description;

		private final List<Frame> sent = new ArrayList<>();

		Outbound(ChannelDefinition<Settings> channel) {
			super(channel.name(), Direction.OUTBOUND, channel.channel().pattern());
			this.description = FakeTransport.describe(channel);
		}

		@Override
		public void send(Frame frame) {
			this.sent.add(frame);
		}

		@Override
		public Frame request(Frame frame, Duration timeout) {
			if (pattern() != MessagingPattern.REQUEST_REPLY) {
				throw new UnsupportedOperationException("not request-reply");
			}
			this.sent.add(frame);
			return Frame.of(Map.of(), new byte[0]);
		}

		public List<Frame> sent() {
			return this.sent;
		}

		@Override
		public Map<String, Object> describe() {
			return this.description;
		}

	}

}
