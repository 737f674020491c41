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

import java.time.Duration;

/**
 * Argument checks shared by the transports' option builders, failing with a message that
 * names the option.
 *
 * @author hostipc
 */
public final class OptionChecks {

	private OptionChecks() {
	}

	/**
	 * Return a value that must not be {@code null}.
	 * @param <T> the value type
	 * @param value the value
	 * @param name the option name
	 * @return the value
	 * @throws IllegalArgumentException if the value is {@code null}
	 */
	public static <T> T require(T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException("'" + name + "' must not be null");
		}
		return value;
	}

	/**
	 * Return a duration that must be positive.
	 * @param value the duration
	 * @param name the option name
	 * @return the duration
	 * @throws IllegalArgumentException if the duration is {@code null}, zero or negative
	 */
	public static Duration positive(Duration value, String name) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("'" + name + "' must be a positive duration");
		}
		return value;
	}

}
