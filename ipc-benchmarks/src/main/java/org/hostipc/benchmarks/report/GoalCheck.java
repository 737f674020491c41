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

package org.hostipc.benchmarks.report;

/**
 * The outcome of one goal.
 *
 * @param goal what the goal asks
 * @param measured the measured ratio or value
 * @param status whether it is met
 * @param limits what limits it: measured facts and the hand-written note, for unmet goals
 * @author hostipc
 */
public record GoalCheck(String goal, String measured, Status status, String limits) {

	/**
	 * Whether a goal is met.
	 */
	public enum Status {

		/** Met. */
		MET("met"),

		/** Not met. */
		NOT_MET("**not met**"),

		/** A subject it needs was not measured or failed. */
		NOT_MEASURED("not measured");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
