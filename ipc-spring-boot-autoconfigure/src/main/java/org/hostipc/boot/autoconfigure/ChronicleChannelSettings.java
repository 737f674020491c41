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

import org.hostipc.boot.autoconfigure.IpcProperties.Channel;
import org.hostipc.boot.autoconfigure.IpcProperties.Chronicle;
import org.hostipc.chronicle.ChronicleEndpoints;
import org.hostipc.chronicle.ChronicleOptions;
import org.hostipc.transport.Direction;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;

/**
 * Converts the settings of a {@code chronicle} channel to {@link ChronicleOptions} and
 * defines its endpoint bean.
 *
 * @author hostipc
 */
final class ChronicleChannelSettings {

	private ChronicleChannelSettings() {
	}

	static ChronicleOptions.Builder options(Channel channel) {
		Chronicle chronicle = channel.getChronicle();
		ChronicleOptions.Builder builder = ChronicleOptions.builder()
			.directory(chronicle.getDirectory().toAbsolutePath().normalize())
			.subscriberName(chronicle.getSubscriber())
			.maxMessageSize((int) channel.getMaxMessageSize().toBytes())
			.rollCycle(chronicle.getRollCycle())
			.startPosition(chronicle.getStartPosition())
			.retryBackoff(chronicle.getRetryBackoff())
			.maxAttempts(chronicle.getMaxAttempts())
			.deadLetterDirectory(chronicle.getDeadLetterDirectory())
			.diskUsageLimit((chronicle.getDiskUsageLimit() != null) ? chronicle.getDiskUsageLimit().toBytes() : 0)
			.sendTimeout(channel.getSendTimeout())
			.idleStrategy(chronicle.getIdleStrategy())
			.maxPark(chronicle.getMaxPark())
			.retention(chronicle.getRetention())
			.retentionCheckInterval(chronicle.getRetentionCheckInterval());
		if (chronicle.getStartIndex() != null) {
			builder.startIndex(chronicle.getStartIndex());
		}
		if (chronicle.getStartTimestamp() != null) {
			builder.startTimestamp(chronicle.getStartTimestamp());
		}
		return builder.startPosition(chronicle.getStartPosition());
	}

	static BeanDefinition endpointDefinition(String name, Channel channel) {
		MessagingPattern pattern = channel.getPattern();
		if (channel.getDirection() == Direction.INBOUND) {
			return BeanDefinitionBuilder
				.rootBeanDefinition(InboundEndpoint.class,
						() -> ChronicleEndpoints.inbound(name, pattern, options(channel).build()))
				.getBeanDefinition();
		}
		return BeanDefinitionBuilder
			.rootBeanDefinition(OutboundEndpoint.class,
					() -> ChronicleEndpoints.outbound(name, pattern, options(channel).build()))
			.getBeanDefinition();
	}

}
