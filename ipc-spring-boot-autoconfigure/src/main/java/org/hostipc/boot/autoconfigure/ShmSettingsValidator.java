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
import org.hostipc.boot.autoconfigure.IpcProperties.Shm;
import org.hostipc.shm.ShmFileDescriptor;

import org.springframework.util.unit.DataSize;

/**
 * Validation of the {@code shm} settings of a channel, with messages that say what to
 * change.
 *
 * @author hostipc
 */
final class ShmSettingsValidator {

	private ShmSettingsValidator() {
	}

	/**
	 * Validate the shared-memory settings of a channel whose common settings are valid.
	 * @param name the channel name
	 * @param channel the channel
	 * @throws InvalidIpcConfigurationException on the first problem found
	 */
	static void validate(String name, Channel channel) {
		String prefix = "ipc.channels." + name + ".shm";
		Shm shm = channel.getShm();
		IpcConfigurationValidator.requireFileMode(prefix + ".file-mode", shm.getFileMode(),
				"0600 (owner read and write)");
		IpcConfigurationValidator.requireFileMode(prefix + ".directory-mode", shm.getDirectoryMode(),
				"0700 (owner only)");
		IpcConfigurationValidator.requirePositive(prefix + ".max-park", shm.getMaxPark());
		IpcConfigurationValidator.requirePositive(prefix + ".heartbeat-interval", shm.getHeartbeatInterval());
		IpcConfigurationValidator.requirePositive(prefix + ".heartbeat-timeout", shm.getHeartbeatTimeout());
		IpcConfigurationValidator.requirePositive(prefix + ".producer-stall-timeout", shm.getProducerStallTimeout());
		IpcConfigurationValidator.requirePositive(prefix + ".registry-scan-interval", shm.getRegistryScanInterval());
		if (shm.getHeartbeatTimeout().compareTo(shm.getHeartbeatInterval().multipliedBy(2)) < 0) {
			throw new InvalidIpcConfigurationException(prefix + ".heartbeat-timeout",
					"must be at least twice heartbeat-interval ("
							+ IpcConfigurationValidator.format(shm.getHeartbeatInterval()) + "), but was "
							+ IpcConfigurationValidator.format(shm.getHeartbeatTimeout()),
					"Raise '" + prefix + ".heartbeat-timeout' or lower '" + prefix + ".heartbeat-interval'.");
		}
		if (!(shm.getFillRatioThreshold() > 0 && shm.getFillRatioThreshold() <= 1)) {
			throw new InvalidIpcConfigurationException(prefix + ".fill-ratio-threshold",
					"must be greater than 0 and at most 1, but was " + shm.getFillRatioThreshold(),
					"Set '" + prefix + ".fill-ratio-threshold' to a ratio such as 0.9.");
		}
		if (shm.getMinSubscribers() < 0) {
			throw new InvalidIpcConfigurationException(prefix + ".min-subscribers",
					"must not be negative, but was " + shm.getMinSubscribers(),
					"Set '" + prefix + ".min-subscribers' to 0 or more.");
		}
		validateCapacity(name, channel, prefix);
	}

	private static void validateCapacity(String name, Channel channel, String prefix) {
		long required = ShmChannelSettings.requiredCapacity(channel);
		DataSize configured = channel.getShm().getCapacity();
		String maxMessageSize = IpcConfigurationValidator.format(channel.getMaxMessageSize());
		if (configured == null) {
			if (!ShmChannelSettings.isValidCapacity(required)) {
				throw new InvalidIpcConfigurationException("ipc.channels." + name + ".max-message-size",
						"a ring that holds messages of " + maxMessageSize + " would need "
								+ IpcConfigurationValidator.format(DataSize.ofBytes(required))
								+ ", more than the largest ring capacity of 1GB",
						"Lower 'ipc.channels." + name + ".max-message-size' (a ring takes messages up to an "
								+ "eighth of its capacity), or use the 'uds' transport for such messages.");
			}
			return;
		}
		long capacity = configured.toBytes();
		if (!ShmChannelSettings.isValidCapacity(capacity)) {
			throw new InvalidIpcConfigurationException(prefix + ".capacity",
					"must be a power of two between " + ShmFileDescriptor.MIN_CAPACITY + "B and 1GB, but was "
							+ IpcConfigurationValidator.format(configured),
					"Set '" + prefix + ".capacity' to a power of two such as 16MB.");
		}
		if (capacity < required) {
			throw new InvalidIpcConfigurationException(prefix + ".capacity",
					IpcConfigurationValidator.format(configured) + " cannot hold messages of " + maxMessageSize
							+ " (a ring takes messages up to an eighth of its capacity, headers included)",
					"Raise '" + prefix + ".capacity' to at least "
							+ IpcConfigurationValidator.format(DataSize.ofBytes(required)) + ", lower 'ipc.channels."
							+ name + ".max-message-size', or remove the capacity to have it derived.");
		}
	}

}
