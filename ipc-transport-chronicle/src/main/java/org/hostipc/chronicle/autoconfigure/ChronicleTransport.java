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

package org.hostipc.chronicle.autoconfigure;

import java.util.List;

import org.hostipc.InvalidIpcConfigurationException;
import org.hostipc.chronicle.ChronicleEndpoints;
import org.hostipc.chronicle.ChronicleOptions;
import org.hostipc.chronicle.ChronicleStartPosition;
import org.hostipc.transport.ChannelDefinition;
import org.hostipc.transport.ChannelSettings;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.IpcTransport;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.transport.SettingChecks;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.util.unit.DataSize;

/**
 * The {@code chronicle} transport: durable, at-least-once channels over a persistent
 * Chronicle queue.
 *
 * @author hostipc
 */
public final class ChronicleTransport implements IpcTransport<ChronicleProperties> {

	/** The transport id. */
	public static final String ID = "chronicle";

	private final List<ChronicleOptionsCustomizer> customizers;

	/**
	 * Create a new instance.
	 * @param customizers the customizers applied to every channel's options, in order
	 */
	public ChronicleTransport(List<ChronicleOptionsCustomizer> customizers) {
		this.customizers = List.copyOf(customizers);
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public Class<ChronicleProperties> settingsType() {
		return ChronicleProperties.class;
	}

	@Override
	public void validate(List<ChannelDefinition<ChronicleProperties>> channels) {
		channels.forEach((channel) -> validate(channel.channel(), channel.settings()));
	}

	private static void validate(ChannelSettings channel, ChronicleProperties chronicle) {
		if (channel.pattern() == MessagingPattern.REQUEST_REPLY) {
			throw new InvalidIpcConfigurationException(channel.property("pattern"),
					"the chronicle transport supports point-to-point and publish-subscribe, not request-reply",
					"Use the 'uds' or 'shm' transport for request-reply channels.");
		}
		if (chronicle.getDirectory() == null) {
			String property = channel.property(ID, "directory");
			throw new InvalidIpcConfigurationException(property, "must be set: a durable queue needs a chosen location",
					"Set '" + property + "' to a directory on a persistent file system.");
		}
		String subscriber = chronicle.getSubscriber();
		if (subscriber != null && !subscriber.matches("[A-Za-z0-9_-][A-Za-z0-9._-]*")) {
			String property = channel.property(ID, "subscriber");
			throw new InvalidIpcConfigurationException(property,
					"must be a name of letters, digits, '.', '_' or '-', but was '" + subscriber + "'",
					"Set '" + property + "' to a name such as 'billing'.");
		}
		if (chronicle.getMaxAttempts() != null && chronicle.getMaxAttempts() < 1) {
			String property = channel.property(ID, "max-attempts");
			throw new InvalidIpcConfigurationException(property,
					"must be at least 1, but was " + chronicle.getMaxAttempts(),
					"Set '" + property + "' to 1 or more.");
		}
		SettingChecks.requirePositiveIfSet(channel.property(ID, "retry-backoff"), chronicle.getRetryBackoff());
		SettingChecks.requirePositiveIfSet(channel.property(ID, "max-park"), chronicle.getMaxPark());
		SettingChecks.requirePositiveIfSet(channel.property(ID, "retention"), chronicle.getRetention());
		SettingChecks.requirePositiveIfSet(channel.property(ID, "retention-check-interval"),
				chronicle.getRetentionCheckInterval());
		requireStartValue(channel, chronicle);
	}

	private static void requireStartValue(ChannelSettings channel, ChronicleProperties chronicle) {
		if (chronicle.getStartPosition() == ChronicleStartPosition.INDEX
				&& (chronicle.getStartIndex() == null || chronicle.getStartIndex() < 0)) {
			String property = channel.property(ID, "start-index");
			throw new InvalidIpcConfigurationException(property,
					"must be set to a queue index when start-position is 'index'",
					"Set '" + property + "' (the ipc_queueIndex header of a message).");
		}
		if (chronicle.getStartPosition() == ChronicleStartPosition.TIMESTAMP && chronicle.getStartTimestamp() == null) {
			String property = channel.property(ID, "start-timestamp");
			throw new InvalidIpcConfigurationException(property, "must be set when start-position is 'timestamp'",
					"Set '" + property + "' to an ISO-8601 instant such as 2026-01-01T00:00:00Z.");
		}
	}

	@Override
	public InboundEndpoint createInbound(ChannelDefinition<ChronicleProperties> channel) {
		return ChronicleEndpoints.inbound(channel.name(), channel.channel().pattern(), options(channel));
	}

	@Override
	public OutboundEndpoint createOutbound(ChannelDefinition<ChronicleProperties> channel) {
		return ChronicleEndpoints.outbound(channel.name(), channel.channel().pattern(), options(channel));
	}

	/**
	 * Return the options of a validated channel, customized.
	 * @param channel the channel
	 * @return the options
	 */
	ChronicleOptions options(ChannelDefinition<ChronicleProperties> channel) {
		ChronicleProperties chronicle = channel.settings();
		ChronicleOptions.Builder builder = ChronicleOptions.builder()
			.directory(chronicle.getDirectory().toAbsolutePath().normalize())
			.maxMessageSize(channel.channel().maxMessageSize())
			.sendTimeout(channel.channel().sendTimeout());
		PropertyMapper map = PropertyMapper.get();
		map.from(chronicle::getSubscriber).to(builder::subscriberName);
		map.from(chronicle::getRollCycle).to(builder::rollCycle);
		// a start index or timestamp implies its position; a position set as well wins
		map.from(chronicle::getStartIndex).to(builder::startIndex);
		map.from(chronicle::getStartTimestamp).to(builder::startTimestamp);
		map.from(chronicle::getStartPosition).to(builder::startPosition);
		map.from(chronicle::getRetryBackoff).to(builder::retryBackoff);
		map.from(chronicle::getMaxAttempts).to(builder::maxAttempts);
		map.from(chronicle::getDeadLetterDirectory).to(builder::deadLetterDirectory);
		map.from(chronicle::getDiskUsageLimit).as(DataSize::toBytes).to(builder::diskUsageLimit);
		map.from(chronicle::getIdleStrategy).to(builder::idleStrategy);
		map.from(chronicle::getMaxPark).to(builder::maxPark);
		map.from(chronicle::getRetention).to(builder::retention);
		map.from(chronicle::getRetentionCheckInterval).to(builder::retentionCheckInterval);
		this.customizers.forEach((customizer) -> customizer.customize(channel.name(), builder));
		return builder.build();
	}

}
