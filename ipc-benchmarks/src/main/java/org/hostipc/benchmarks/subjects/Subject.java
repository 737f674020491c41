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

import java.util.List;

import org.hostipc.benchmarks.harness.MessageSink;
import org.hostipc.benchmarks.harness.Profile;

/**
 * One thing measured: a transport and the way it is used.
 *
 * @author hostipc
 */
public interface Subject {

	/**
	 * Return the id used on the command line and in file names.
	 * @return the id, such as {@code shm}
	 */
	String id();

	/**
	 * Return a short human-readable description.
	 * @return the title
	 */
	String title();

	/**
	 * Return what the subject stands for.
	 * @return the kind
	 */
	SubjectKind kind();

	/**
	 * Return the id of the baseline this subject is compared with.
	 * @return the baseline id, or {@code null} for baselines
	 */
	default String baselineId() {
		return null;
	}

	/**
	 * Return whether sender and receiver run in one JVM (an in-process handoff).
	 * @return {@code true} for single-JVM subjects
	 */
	default boolean singleJvm() {
		return false;
	}

	/**
	 * Describe how the subject waits in a profile, for the report.
	 * @param busySpin whether the latency profile is meant
	 * @return the description
	 */
	String idleDescription(boolean busySpin);

	/**
	 * Create the receiving side.
	 * @param context the context
	 * @return the receiver, not started
	 */
	Receiver receiver(SubjectContext context);

	/**
	 * Create the sending side.
	 * @param context the context
	 * @return the sender, not started
	 */
	Sender sender(SubjectContext context);

	/**
	 * Whether this subject is measured in a profile.
	 * @param profile the profile
	 * @return {@code true} by default
	 */
	default boolean measuredIn(Profile profile) {
		return true;
	}

	/**
	 * Return the payload sizes this subject is measured with.
	 * @param configured the sizes of the settings, smallest first
	 * @return all of them by default
	 */
	default List<Integer> payloads(List<Integer> configured) {
		return configured;
	}

	/**
	 * Whether this subject measures round trips: its sender sends requests, its receiver
	 * echoes them and the replies arrive back in the sender's JVM, which then measures
	 * (through {@link #requester(SubjectContext, MessageSink)}) instead of the
	 * receiver's.
	 * @return {@code true} for a round-trip subject
	 */
	default boolean roundTrip() {
		return false;
	}

	/**
	 * Create the sender side of a round-trip subject.
	 * @param context the context
	 * @param replies where each reply goes as it arrives
	 * @return the requester, not started
	 * @throws UnsupportedOperationException if the subject is one-way
	 */
	default Sender requester(SubjectContext context, MessageSink replies) {
		throw new UnsupportedOperationException(id() + " is a one-way subject");
	}

}
