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

package org.hostipc.shm.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;

import org.hostipc.InvalidIpcConfigurationException;
import org.hostipc.shm.ShmEndpoints;
import org.hostipc.shm.ShmFileDescriptor;
import org.hostipc.shm.ShmOptions;
import org.hostipc.transport.ChannelDefinition;
import org.hostipc.transport.ChannelSettings;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.IpcTransport;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.transport.SettingChecks;
import org.hostipc.wire.FrameLimits;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.util.unit.DataSize;

/**
 * The {@code shm} transport: channels over lossless shared-memory rings.
 *
 * @author hostipc
 */
public final class ShmTransport implements IpcTransport<ShmProperties> {

	/** The transport id. */
	public static final String ID = "shm";

	/** Smallest capacity derived from the maximum message size: 1 MiB. */
	static final int MIN_DEFAULT_CAPACITY = 1024 * 1024;

	private final List<ShmOptionsCustomizer> customizers;

	/**
	 * Create a new instance.
	 * @param customizers the customizers applied to every channel's options, in order
	 */
	public ShmTransport(List<ShmOptionsCustomizer> customizers) {
		this.customizers = List.copyOf(customizers);
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public Class<ShmProperties> settingsType() {
		return ShmProperties.class;
	}

	@Override
	public void validate(List<ChannelDefinition<ShmProperties>> channels) {
		channels.forEach((channel) -> validate(channel.channel(), channel.settings()));
	}

	private static void validate(ChannelSettings channel, ShmProperties shm) {
		SettingChecks.requireFileMode(channel.property(ID, "file-mode"), shm.getFileMode(),
				"0600 (owner read and write)");
		SettingChecks.requireFileMode(channel.property(ID, "directory-mode"), shm.getDirectoryMode(),
				"0700 (owner only)");
		SettingChecks.requirePositiveIfSet(channel.property(ID, "max-park"), shm.getMaxPark());
		SettingChecks.requirePositiveIfSet(channel.property(ID, "producer-stall-timeout"),
				shm.getProducerStallTimeout());
		SettingChecks.requirePositiveIfSet(channel.property(ID, "registry-scan-interval"),
				shm.getRegistryScanInterval());
		Duration interval = heartbeatInterval(shm);
		Duration timeout = heartbeatTimeout(shm);
		SettingChecks.requirePositive(channel.property(ID, "heartbeat-interval"), interval);
		SettingChecks.requirePositive(channel.property(ID, "heartbeat-timeout"), timeout);
		if (timeout.compareTo(interval.multipliedBy(2)) < 0) {
			String property = channel.property(ID, "heartbeat-timeout");
			throw new InvalidIpcConfigurationException(property,
					"must be at least twice heartbeat-interval (" + SettingChecks.format(interval) + "), but was "
							+ SettingChecks.format(timeout),
					"Raise '" + property + "' or lower '" + channel.property(ID, "heartbeat-interval") + "'.");
		}
		Double threshold = shm.getFillRatioThreshold();
		if (threshold != null && !(threshold > 0 && threshold <= 1)) {
			throw new InvalidIpcConfigurationException(channel.property(ID, "fill-ratio-threshold"),
					"must be greater than 0 and at most 1, but was " + threshold,
					"Set '" + channel.property(ID, "fill-ratio-threshold") + "' to a ratio such as 0.9.");
		}
		SettingChecks.requireNotNegative(channel.property(ID, "min-subscribers"), shm.getMinSubscribers());
		validateCapacity(channel, shm);
	}

	private static void validateCapacity(ChannelSettings channel, ShmProperties shm) {
		long required = requiredCapacity(channel);
		DataSize configured = shm.getCapacity();
		String maxMessageSize = SettingChecks.format(DataSize.ofBytes(channel.maxMessageSize()));
		if (configured == null) {
			if (!isValidCapacity(required)) {
				throw new InvalidIpcConfigurationException(channel.property("max-message-size"),
						"a ring that holds messages of " + maxMessageSize + " would need "
								+ SettingChecks.format(DataSize.ofBytes(required))
								+ ", more than the largest ring capacity of 1GB",
						"Lower '" + channel.property("max-message-size")
								+ "' (a ring takes messages up to an eighth of its capacity), or use the 'uds' "
								+ "transport for such messages.");
			}
			return;
		}
		String property = channel.property(ID, "capacity");
		if (!isValidCapacity(configured.toBytes())) {
			throw new InvalidIpcConfigurationException(property,
					"must be a power of two between " + ShmFileDescriptor.MIN_CAPACITY + "B and 1GB, but was "
							+ SettingChecks.format(configured),
					"Set '" + property + "' to a power of two such as 16MB.");
		}
		if (configured.toBytes() < required) {
			throw new InvalidIpcConfigurationException(property,
					SettingChecks.format(configured) + " cannot hold messages of " + maxMessageSize
							+ " (a ring takes messages up to an eighth of its capacity, headers included)",
					"Raise '" + property + "' to at least " + SettingChecks.format(DataSize.ofBytes(required))
							+ ", lower '" + channel.property("max-message-size")
							+ "', or remove the capacity to have it derived.");
		}
	}

	@Override
	public InboundEndpoint createInbound(ChannelDefinition<ShmProperties> channel) {
		return ShmEndpoints.inbound(channel.name(), channel.channel().pattern(), options(channel));
	}

	@Override
	public OutboundEndpoint createOutbound(ChannelDefinition<ShmProperties> channel) {
		return ShmEndpoints.outbound(channel.name(), channel.channel().pattern(), options(channel));
	}

	/**
	 * Return the options of a validated channel, customized.
	 * @param channel the channel
	 * @return the options
	 */
	ShmOptions options(ChannelDefinition<ShmProperties> channel) {
		ShmProperties shm = channel.settings();
		ChannelSettings settings = channel.channel();
		ShmOptions.Builder builder = ShmOptions.builder()
			.directory(directory(shm))
			.capacity((int) capacity(settings, shm))
			.limits(limits(settings))
			.sendTimeout(settings.sendTimeout())
			.heartbeat(heartbeatInterval(shm), heartbeatTimeout(shm));
		PropertyMapper map = PropertyMapper.get();
		map.from(shm::getIdleStrategy).to(builder::idleStrategy);
		map.from(shm::getMaxPark).to(builder::maxPark);
		map.from(shm::getBackpressure).to(builder::backpressurePolicy);
		map.from(shm::getProducerStallTimeout).to(builder::producerStallTimeout);
		map.from(shm::getFillRatioThreshold).to(builder::fillRatioThreshold);
		map.from(shm::getFileMode).as(SettingChecks::permissions).to(builder::filePermissions);
		map.from(shm::getDirectoryMode).as(SettingChecks::permissions).to(builder::directoryPermissions);
		map.from(shm::getAllowedUids).as(LinkedHashSet::new).to(builder::allowedUids);
		map.from(shm::getMinSubscribers).to(builder::minSubscribers);
		map.from(shm::getRegistryScanInterval).to(builder::registryScanInterval);
		this.customizers.forEach((customizer) -> customizer.customize(channel.name(), builder));
		return builder.build();
	}

	private static Duration heartbeatInterval(ShmProperties shm) {
		return (shm.getHeartbeatInterval() != null) ? shm.getHeartbeatInterval()
				: ShmOptions.DEFAULT_HEARTBEAT_INTERVAL;
	}

	private static Duration heartbeatTimeout(ShmProperties shm) {
		return (shm.getHeartbeatTimeout() != null) ? shm.getHeartbeatTimeout() : ShmOptions.DEFAULT_HEARTBEAT_TIMEOUT;
	}

	/**
	 * Return the directory of a channel's ring files.
	 * @param shm the settings
	 * @return the configured directory or {@link ShmOptions#defaultDirectory()}
	 */
	static Path directory(ShmProperties shm) {
		Path directory = shm.getDirectory();
		return ((directory != null) ? directory : ShmOptions.defaultDirectory()).toAbsolutePath().normalize();
	}

	/**
	 * Return the frame limits of a channel.
	 * @param channel the channel
	 * @return the default limits with the configured maximum payload
	 */
	static FrameLimits limits(ChannelSettings channel) {
		return FrameLimits.DEFAULT.withMaxPayloadLength(channel.maxMessageSize());
	}

	/**
	 * Return the smallest capacity whose largest record holds the largest frame.
	 * @param channel the channel
	 * @return the required capacity in bytes (may exceed the maximum capacity)
	 */
	static long requiredCapacity(ChannelSettings channel) {
		long needed = limits(channel).maxFrameLength() * 8L;
		return Long.highestOneBit(needed - 1) << 1;
	}

	/**
	 * Return the ring capacity of a channel: the configured one, or the larger of
	 * {@link #requiredCapacity(ChannelSettings)} and 1 MiB.
	 * @param channel the channel
	 * @param shm the settings
	 * @return the capacity in bytes
	 */
	static long capacity(ChannelSettings channel, ShmProperties shm) {
		return (shm.getCapacity() != null) ? shm.getCapacity().toBytes()
				: Math.max(MIN_DEFAULT_CAPACITY, requiredCapacity(channel));
	}

	/**
	 * Return whether a capacity is a valid ring capacity.
	 * @param capacity the capacity
	 * @return whether it is a power of two within the supported range
	 */
	static boolean isValidCapacity(long capacity) {
		return capacity <= Integer.MAX_VALUE && ShmFileDescriptor.isValidCapacity((int) capacity);
	}

}
