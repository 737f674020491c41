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

package org.hostipc.chronicle;

import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.RollCycles;

/**
 * How often a Chronicle queue starts a new cycle file. Older cycle files can be deleted
 * as a whole once consumed, so the roll cycle is the granularity of retention.
 *
 * @author hostipc
 */
public enum ChronicleRollCycle {

	/** A new file every five minutes. */
	FIVE_MINUTELY,

	/** A new file every hour. */
	HOURLY,

	/** A new file every day (the default). */
	DAILY,

	/** A new file every week. */
	WEEKLY;

	/**
	 * Return the Chronicle roll cycle (loads Chronicle classes: call after the JVM
	 * options check).
	 * @return the roll cycle
	 */
	RollCycle toRollCycle() {
		return switch (this) {
			case FIVE_MINUTELY -> RollCycles.FIVE_MINUTELY;
			case HOURLY -> RollCycles.FAST_HOURLY;
			case DAILY -> RollCycles.FAST_DAILY;
			case WEEKLY -> RollCycles.WEEKLY;
		};
	}

}
