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

import org.hostipc.InvalidIpcConfigurationException;
import org.hostipc.boot.autoconfigure.IpcProperties.Channel;
import org.hostipc.boot.autoconfigure.IpcProperties.Chronicle;
import org.hostipc.chronicle.ChronicleStartPosition;
import org.hostipc.transport.MessagingPattern;

/**
 * Validates the settings of a {@code chronicle} channel.
 *
 * @author hostipc
 */
final class ChronicleSettingsValidator {

	private ChronicleSettingsValidator() {
	}

	static void validate(String name, Channel channel) {
		String prefix = "ipc.channels." + name + ".chronicle";
		Chronicle chronicle = channel.getChronicle();
		if (channel.getPattern() == MessagingPattern.REQUEST_REPLY) {
			throw new InvalidIpcConfigurationException("ipc.channels." + name + ".pattern",
					"the chronicle transport supports point-to-point and publish-subscribe, not request-reply",
					"Use the 'uds' or 'shm' transport for request-reply channels.");
		}
		if (chronicle.getDirectory() == null) {
			throw new InvalidIpcConfigurationException(prefix + ".directory",
					"must be set: a durable queue needs a chosen location",
					"Set '" + prefix + ".directory' to a directory on a persistent file system.");
		}
		if (chronicle.getSubscriber() == null || !chronicle.getSubscriber().matches("[A-Za-z0-9_-][A-Za-z0-9._-]*")) {
			throw new InvalidIpcConfigurationException(prefix + ".subscriber",
					"must be a name of letters, digits, '.', '_' or '-', but was '" + chronicle.getSubscriber() + "'",
					"Set '" + prefix + ".subscriber' to a name such as 'billing'.");
		}
		if (chronicle.getMaxAttempts() < 1) {
			throw new InvalidIpcConfigurationException(prefix + ".max-attempts",
					"must be at least 1, but was " + chronicle.getMaxAttempts(),
					"Set '" + prefix + ".max-attempts' to 1 or more.");
		}
		IpcConfigurationValidator.requirePositive(prefix + ".retry-backoff", chronicle.getRetryBackoff());
		IpcConfigurationValidator.requirePositive(prefix + ".max-park", chronicle.getMaxPark());
		if (chronicle.getRetention() != null) {
			IpcConfigurationValidator.requirePositive(prefix + ".retention", chronicle.getRetention());
		}
		IpcConfigurationValidator.requirePositive(prefix + ".retention-check-interval",
				chronicle.getRetentionCheckInterval());
		requireStartValue(prefix, chronicle);
	}

	private static void requireStartValue(String prefix, Chronicle chronicle) {
		if (chronicle.getStartPosition() == ChronicleStartPosition.INDEX
				&& (chronicle.getStartIndex() == null || chronicle.getStartIndex() < 0)) {
			throw new InvalidIpcConfigurationException(prefix + ".start-index",
					"must be set to a queue index when start-position is 'index'",
					"Set '" + prefix + ".start-index' (the ipc_queueIndex header of a message).");
		}
		if (chronicle.getStartPosition() == ChronicleStartPosition.TIMESTAMP && chronicle.getStartTimestamp() == null) {
			throw new InvalidIpcConfigurationException(prefix + ".start-timestamp",
					"must be set when start-position is 'timestamp'",
					"Set '" + prefix + ".start-timestamp' to an ISO-8601 instant such as 2026-01-01T00:00:00Z.");
		}
	}

}
