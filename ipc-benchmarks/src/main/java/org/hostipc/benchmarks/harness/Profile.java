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

package org.hostipc.benchmarks.harness;

import java.util.Locale;

/**
 * How subjects wait for work.
 *
 * @author hostipc
 */
public enum Profile {

	/**
	 * Busy-spin wherever the subject allows it (receiving threads and blocked senders).
	 */
	LATENCY("busy-spin where the subject allows it"),

	/** Each subject's default idle behaviour (for ours: the default backoff). */
	DEFAULT("each subject's default idle behaviour");

	private final String description;

	Profile(String description) {
		this.description = description;
	}

	public String description() {
		return this.description;
	}

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Profile of(String id) {
		return valueOf(id.toUpperCase(Locale.ROOT));
	}

}
