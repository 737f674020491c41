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

import org.agrona.concurrent.AtomicBuffer;
import org.agrona.concurrent.ringbuffer.ManyToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.OneToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.RingBuffer;

/**
 * The kinds of raw Agrona ring the baselines run on: the single-producer ring, the
 * fastest there is, and the many-producer ring that our shared-memory transport uses
 * (several producer processes may write to one ring, so a claim is a compare-and-set).
 *
 * @author hostipc
 */
enum AgronaRingType {

	/** {@link OneToOneRingBuffer}: one producer, plain ordered stores. */
	ONE_TO_ONE("", "OneToOneRingBuffer"),

	/** {@link ManyToOneRingBuffer}: many producers, a compare-and-set per claim. */
	MANY_TO_ONE("-m2o", "ManyToOneRingBuffer");

	private final String idSuffix;

	private final String className;

	AgronaRingType(String idSuffix, String className) {
		this.idSuffix = idSuffix;
		this.className = className;
	}

	/**
	 * Return a subject id for this ring type.
	 * @param base the id of the one-to-one subject
	 * @return the id
	 */
	String id(String base) {
		return base + this.idSuffix;
	}

	String className() {
		return this.className;
	}

	RingBuffer create(AtomicBuffer buffer) {
		return (this == ONE_TO_ONE) ? new OneToOneRingBuffer(buffer) : new ManyToOneRingBuffer(buffer);
	}

}
