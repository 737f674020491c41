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

import java.util.ArrayList;
import java.util.List;

/**
 * Every subject of a benchmark run, ours first, each followed later by its baseline.
 *
 * @author hostipc
 */
public final class Subjects {

	private static final List<Subject> ALL = List.of(new EndpointSubject(OurTransport.SHM),
			new SpringIpcSubject(OurTransport.SHM), new ShmYieldSubject(),
			new AgronaRingSubject(AgronaRingType.ONE_TO_ONE), new AgronaRingSubject(AgronaRingType.MANY_TO_ONE),
			new AeronIpcSubject(), new ShmRequestReplySubject(), new SpringGatewaysSubject(),
			new AgronaPairSubject(AgronaRingType.ONE_TO_ONE), new AgronaPairSubject(AgronaRingType.MANY_TO_ONE),
			new SpringLocalRoundTripSubject(), new EndpointSubject(OurTransport.UDS),
			new SpringIpcSubject(OurTransport.UDS), new JdkUdsSubject(), new SpringTcpSubject(),
			new EndpointSubject(OurTransport.CHRONICLE), new SpringIpcSubject(OurTransport.CHRONICLE),
			new ChronicleQueueSubject(), new QueueChannelSubject());

	private Subjects() {
	}

	/**
	 * Return every subject.
	 * @return the subjects
	 */
	public static List<Subject> all() {
		return ALL;
	}

	/**
	 * Return the subject with an id.
	 * @param id the id
	 * @return the subject
	 * @throws IllegalArgumentException if there is none
	 */
	public static Subject get(String id) {
		for (Subject subject : ALL) {
			if (subject.id().equals(id)) {
				return subject;
			}
		}
		throw new IllegalArgumentException("No subject '" + id + "'; known: " + ids(ALL));
	}

	/**
	 * Return the ids of subjects.
	 * @param subjects the subjects
	 * @return their ids
	 */
	public static List<String> ids(List<Subject> subjects) {
		List<String> ids = new ArrayList<>();
		subjects.forEach((subject) -> ids.add(subject.id()));
		return ids;
	}

}
