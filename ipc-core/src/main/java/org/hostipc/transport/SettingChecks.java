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

package org.hostipc.transport;

import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.hostipc.InvalidIpcConfigurationException;

import org.springframework.util.unit.DataSize;

/**
 * Checks of configured settings that fail with an
 * {@link InvalidIpcConfigurationException} naming the property and the fix, and the
 * formatting those messages share. A setting left unset ({@code null}) takes its default
 * from the options builder, so the {@code ...IfSet} checks and the checks of file modes
 * and counts let it pass.
 *
 * @author hostipc
 */
public final class SettingChecks {

	private static final Pattern FILE_MODE = Pattern.compile("0?[0-7]{3}");

	private static final PosixFilePermission[] PERMISSION_BITS = { PosixFilePermission.OTHERS_EXECUTE,
			PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE,
			PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE,
			PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ };

	private SettingChecks() {
	}

	/**
	 * Require a positive duration.
	 * @param property the full property name
	 * @param duration the value
	 * @throws InvalidIpcConfigurationException if it is not set, zero or negative
	 */
	public static void requirePositive(String property, Duration duration) {
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw new InvalidIpcConfigurationException(property,
					"must be a positive duration, but was " + ((duration != null) ? format(duration) : "not set"),
					"Set '" + property + "' to a positive duration such as 5s.");
		}
	}

	/**
	 * Require a positive duration, if one is set.
	 * @param property the full property name
	 * @param duration the value, {@code null} when unset
	 * @throws InvalidIpcConfigurationException if it is zero or negative
	 */
	public static void requirePositiveIfSet(String property, Duration duration) {
		if (duration != null) {
			requirePositive(property, duration);
		}
	}

	/**
	 * Require a count that is not negative.
	 * @param property the full property name
	 * @param value the value, {@code null} when unset
	 * @throws InvalidIpcConfigurationException if it is negative
	 */
	public static void requireNotNegative(String property, Integer value) {
		if (value != null && value < 0) {
			throw new InvalidIpcConfigurationException(property, "must not be negative, but was " + value,
					"Set '" + property + "' to 0 or more.");
		}
	}

	/**
	 * Require an octal file mode such as {@code 0600}.
	 * @param property the full property name
	 * @param mode the value, {@code null} when unset
	 * @param example an example for the message, such as
	 * {@code 0600 (owner read and write)}
	 * @throws InvalidIpcConfigurationException if it is not a file mode
	 */
	public static void requireFileMode(String property, String mode, String example) {
		if (mode != null && !isFileMode(mode)) {
			throw new InvalidIpcConfigurationException(property, "'" + mode + "' is not an octal file mode",
					"Set '" + property + "' to an octal file mode such as " + example + ".");
		}
	}

	/**
	 * Return whether a string is an octal file mode such as {@code 0600}.
	 * @param mode the mode
	 * @return whether the mode is valid
	 */
	public static boolean isFileMode(String mode) {
		return mode != null && FILE_MODE.matcher(mode).matches();
	}

	/**
	 * Convert an octal file mode to permissions.
	 * @param mode a mode accepted by {@link #isFileMode(String)}
	 * @return the permissions
	 * @throws IllegalArgumentException if it is not a file mode
	 */
	public static Set<PosixFilePermission> permissions(String mode) {
		if (!isFileMode(mode)) {
			throw new IllegalArgumentException("'" + mode + "' is not an octal file mode");
		}
		int bits = Integer.parseInt(mode, 8);
		Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
		for (int i = 0; i < PERMISSION_BITS.length; i++) {
			if ((bits & (1 << i)) != 0) {
				permissions.add(PERMISSION_BITS[i]);
			}
		}
		return permissions;
	}

	/**
	 * Return values as a choice for a message: {@code 'a'}, or {@code one of 'a', 'b' or
	 * 'c'}.
	 * @param values the values
	 * @return the text
	 */
	public static String choices(List<String> values) {
		List<String> quoted = values.stream().map((value) -> "'" + value + "'").toList();
		if (quoted.size() == 1) {
			return quoted.get(0);
		}
		return "one of " + String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or "
				+ quoted.get(quoted.size() - 1);
	}

	/**
	 * Format a duration the way it is configured: {@code 5s}, {@code 100ms}.
	 * @param duration the duration
	 * @return the text
	 */
	public static String format(Duration duration) {
		if (duration.toNanos() % 1_000_000_000L == 0) {
			return duration.toSeconds() + "s";
		}
		if (duration.toNanos() % 1_000_000L == 0) {
			return duration.toMillis() + "ms";
		}
		return duration.toNanos() + "ns";
	}

	/**
	 * Format a size the way it is configured: {@code 1MB}, {@code 64KB}.
	 * @param size the size
	 * @return the text
	 */
	public static String format(DataSize size) {
		long bytes = size.toBytes();
		String[] units = { "GB", "MB", "KB" };
		long[] factors = { 1L << 30, 1L << 20, 1L << 10 };
		for (int i = 0; i < units.length; i++) {
			if (bytes != 0 && bytes % factors[i] == 0) {
				return (bytes / factors[i]) + units[i];
			}
		}
		return bytes + "B";
	}

}
