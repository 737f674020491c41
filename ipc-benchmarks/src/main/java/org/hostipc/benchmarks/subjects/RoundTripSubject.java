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

import java.time.Duration;
import java.util.List;

import org.hostipc.benchmarks.harness.MessageSink;
import org.hostipc.benchmarks.harness.Profile;

/**
 * A subject that measures round trips: the sender's JVM sends each payload as a request,
 * the receiver's JVM echoes it, and the latency is taken when the reply arrives back in
 * the sender's JVM (against the intended send time carried in the payload, as for one-way
 * subjects). Requests are synchronous: a requester sends the next one after the reply to
 * the last, so the throughput phase measures round trips per second.
 *
 * @author hostipc
 */
abstract class RoundTripSubject implements Subject {

	/** How long a requester waits for a reply before the phase fails. */
	static final Duration REPLY_TIMEOUT = Duration.ofSeconds(10);

	@Override
	public final boolean roundTrip() {
		return true;
	}

	/**
	 * Round trips are measured in the latency profile only, the one the goals are checked
	 * in, which (with the smallest payload only) keeps the quick run within its time
	 * budget.
	 */
	@Override
	public boolean measuredIn(Profile profile) {
		return profile == Profile.LATENCY;
	}

	/**
	 * Round trips are measured with the smallest payload only, the size the goals are
	 * checked with.
	 */
	@Override
	public List<Integer> payloads(List<Integer> configured) {
		return configured.subList(0, 1);
	}

	@Override
	public final Sender sender(SubjectContext context) {
		throw new UnsupportedOperationException(id() + " measures round trips: its sender is its requester");
	}

	@Override
	public abstract Sender requester(SubjectContext context, MessageSink replies);

}
