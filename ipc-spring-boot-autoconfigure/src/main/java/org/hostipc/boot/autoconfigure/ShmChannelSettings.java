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

package org.hostipc.boot.autoconfigure;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.function.Supplier;

import org.hostipc.boot.autoconfigure.IpcProperties.Channel;
import org.hostipc.boot.autoconfigure.IpcProperties.Shm;
import org.hostipc.shm.ShmEndpoints;
import org.hostipc.shm.ShmFileDescriptor;
import org.hostipc.shm.ShmOptions;
import org.hostipc.transport.Direction;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.wire.FrameLimits;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;

/**
 * Conversion of the {@code shm} settings of a channel to {@link ShmOptions} and its
 * endpoint bean definition.
 *
 * @author hostipc
 */
final class ShmChannelSettings {

	/** Smallest capacity chosen when none is configured: 1 MiB. */
	static final int MIN_DEFAULT_CAPACITY = 1024 * 1024;

	private ShmChannelSettings() {
	}

	/**
	 * Return the directory of a channel's ring files.
	 * @param channel the channel
	 * @return the configured directory or {@link ShmOptions#defaultDirectory()}
	 */
	static Path directory(Channel channel) {
		Path directory = channel.getShm().getDirectory();
		return ((directory != null) ? directory : ShmOptions.defaultDirectory()).toAbsolutePath().normalize();
	}

	/**
	 * Return the frame limits of a channel.
	 * @param channel the channel
	 * @return the default limits with the configured maximum payload
	 */
	static FrameLimits limits(Channel channel) {
		return FrameLimits.DEFAULT.withMaxPayloadLength((int) channel.getMaxMessageSize().toBytes());
	}

	/**
	 * Return the smallest capacity whose largest record holds the largest frame.
	 * @param channel the channel
	 * @return the required capacity in bytes (may exceed the maximum capacity)
	 */
	static long requiredCapacity(Channel channel) {
		long needed = limits(channel).maxFrameLength() * 8L;
		return Long.highestOneBit(needed - 1) << 1;
	}

	/**
	 * Return the ring capacity of a channel: the configured one, or the larger of
	 * {@link #requiredCapacity(Channel)} and 1 MiB.
	 * @param channel the channel
	 * @return the capacity in bytes
	 */
	static long capacity(Channel channel) {
		Shm shm = channel.getShm();
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

	/**
	 * Build the options of a validated channel.
	 * @param channel the channel
	 * @return a builder with every configured setting applied
	 */
	static ShmOptions.Builder options(Channel channel) {
		Shm shm = channel.getShm();
		return ShmOptions.builder()
			.directory(directory(channel))
			.capacity((int) capacity(channel))
			.limits(limits(channel))
			.sendTimeout(channel.getSendTimeout())
			.idleStrategy(shm.getIdleStrategy())
			.maxPark(shm.getMaxPark())
			.backpressurePolicy(shm.getBackpressure())
			.heartbeat(shm.getHeartbeatInterval(), shm.getHeartbeatTimeout())
			.producerStallTimeout(shm.getProducerStallTimeout())
			.fillRatioThreshold(shm.getFillRatioThreshold())
			.filePermissions(UdsChannelSettings.permissions(shm.getFileMode()))
			.directoryPermissions(UdsChannelSettings.permissions(shm.getDirectoryMode()))
			.allowedUids(new LinkedHashSet<>(shm.getAllowedUids()))
			.minSubscribers(shm.getMinSubscribers())
			.registryScanInterval(shm.getRegistryScanInterval());
	}

	/**
	 * Return the definition of a validated channel's endpoint. The options are built when
	 * the endpoint is created, after the customizers have run.
	 * @param name the channel name
	 * @param channel the channel
	 * @param customizers the customizers to apply
	 * @return the endpoint definition
	 */
	static BeanDefinition endpointDefinition(String name, Channel channel,
			ObjectProvider<ShmOptionsCustomizer> customizers) {
		ShmOptions.Builder options = options(channel);
		MessagingPattern pattern = channel.getPattern();
		Supplier<ShmOptions> customizedOptions = () -> {
			customizers.orderedStream().forEach((customizer) -> customizer.customize(name, options));
			return options.build();
		};
		if (channel.getDirection() == Direction.INBOUND) {
			return BeanDefinitionBuilder
				.rootBeanDefinition(InboundEndpoint.class,
						() -> ShmEndpoints.inbound(name, pattern, customizedOptions.get()))
				.getBeanDefinition();
		}
		return BeanDefinitionBuilder
			.rootBeanDefinition(OutboundEndpoint.class,
					() -> ShmEndpoints.outbound(name, pattern, customizedOptions.get()))
			.getBeanDefinition();
	}

}
