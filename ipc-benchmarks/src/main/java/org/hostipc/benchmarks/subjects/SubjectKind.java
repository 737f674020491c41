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

package org.hostipc.benchmarks.subjects;

/**
 * What a subject stands for in the comparison.
 *
 * @author hostipc
 */
public enum SubjectKind {

	/** One of our transports used through its endpoints ({@code Frame}s). */
	OURS_RAW("ours, transport layer"),

	/** One of our transports used through Spring Integration adapters. */
	OURS_SPRING("ours, Spring Integration"),

	/** What users would pick instead. */
	BASELINE("baseline");

	private final String label;

	SubjectKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean isOurs() {
		return this != BASELINE;
	}

}
