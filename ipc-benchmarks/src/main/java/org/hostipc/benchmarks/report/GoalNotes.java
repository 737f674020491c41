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

import java.util.Map;

/**
 * Hand-written explanations of what limits a goal, shown next to the measured facts when
 * the goal is not met. Edit these when a cause is found or fixed.
 *
 * @author hostipc
 */
final class GoalNotes {

	static final Map<String, String> NOTES = Map.ofEntries(Map.entry("shm-vs-agrona",
			"no allocation on either side (buffer send, in-place receive); per message the producer stamps the "
					+ "frame with System.nanoTime, claims its record with a CAS (many producer processes may "
					+ "share a ring), writes the 32-byte frame prefix and a CRC32C over the whole frame, and the "
					+ "consumer verifies the CRC, stores its handled position after every record (so a crash "
					+ "re-delivers at most one frame) and updates two counters; the raw ring hands bare bytes "
					+ "over. An experiment without the CRC32C on both sides took about 0.1 µs off the p50"),
			Map.entry("shm-vs-aeron",
					"the same framing, checksum and per-record handled position as against the raw ring"),
			Map.entry("shm-spring-overhead",
					"Spring Integration's message creation (a random UUID id and a timestamp) and channel dispatch "
							+ "on both sides, and our mapping between messages and frames (see the "
							+ "MessageMappingBenchmark figures); the transport underneath allocates nothing, the "
							+ "Spring path a few hundred bytes per message, whose young collections show in the tails"),
			Map.entry("shm-rr-vs-agrona",
					"a round trip is two hops with the per-frame costs of the one-way shm goal, plus the work of a "
							+ "request: a correlation id and a pending reply in a map, the reply ring named in a "
							+ "header of the request, the reply copied out of the ring into a Frame; the responder "
							+ "checks the request in place, copies its payload into the reply frame and writes it "
							+ "(each frame: a 32-byte prefix, its headers and a CRC32C written and checked); an "
							+ "experiment without the CRC32C on both sides did not change the round trip measurably"),
			Map.entry("shm-gateways-overhead",
					"Spring Integration's request-reply: on the requester, sendAndReceive creates a temporary "
							+ "reply channel, a copy of the message carrying it and a copy of the reply restoring the "
							+ "headers (each copy two header maps), and the outbound gateway maps the message to a "
							+ "frame and the reply back with the request's headers; on the responder, the inbound "
							+ "gateway builds the request message with its own reply channel (no template copies), "
							+ "the service activator builds the reply with the request's headers, and the gateway "
							+ "maps it to a frame; each header map of about ten entries costs a few hundred ns here"),
			Map.entry("uds-vs-jdk",
					"both block in the kernel; ours also encodes each frame into a new array (FrameCodec.encode) with "
							+ "a CRC32C, writes it under a lock with a deadline, and verifies and decodes it on receipt"),
			Map.entry("uds-vs-tcp",
					"the Spring path maps headers both ways (see the Spring overhead goal) on top of the socket path"),
			Map.entry("chronicle-vs-raw",
					"the Spring path's own cost (see the Spring overhead goal: message creation, dispatch and "
							+ "mapping on both sides) comes on top of the endpoint's; the raw baseline hands bytes "
							+ "from appender to tailer"),
			Map.entry("chronicle-endpoint-vs-raw",
					"per message the outbound endpoint encodes the frame with a CRC32C into a buffer and appends it "
							+ "under a lock, and the inbound endpoint copies the document out of the queue, verifies "
							+ "the CRC and saves the subscriber position after the handler returns (the "
							+ "at-least-once acknowledgement the raw tailer lacks)"),
			Map.entry("shm-throughput",
					"the producer bounds the rate: the consumer reads one or two records per poll most of the time "
							+ "(it waits for the producer), and per message the producer reads the clock for the "
							+ "frame's timestamp, claims its record with a CAS, encodes the frame with its CRC32C "
							+ "and counts it; when the consumer falls behind and reads whole batches instead, the "
							+ "rate roughly doubles (the same build read 2.95 - 10.35 M msg/s in one evening's runs)"),
			Map.entry("spring-throughput",
					"message creation, dispatch and mapping on both sides (see the Spring overhead goal) bound the "
							+ "rate"),
			Map.entry("chronicle-throughput",
					"the sender's message creation, mapping, encoding into a buffer and copy into the queue under a "
							+ "lock; the receiver's copy out, CRC check, position acknowledgement and message "
							+ "creation"),
			Map.entry("shm-idle",
					"an idle reader wakes up to a thousand times a second (the default backoff parks at most 1 ms, "
							+ "the max-park option), and its heartbeat timer ten times; a longer max-park lowers the "
							+ "idle cost at the price of the first message's latency after a pause"));

	private GoalNotes() {
	}

	static String note(String goalId) {
		return NOTES.getOrDefault(goalId, "");
	}

}
