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

	static final Map<String, String> NOTES = Map.of("shm-vs-agrona",
			"per message the producer stamps a new Frame and encodes it with a CRC32C over the whole frame "
					+ "(FrameCodec creates a CRC32C per call), and the consumer checks the CRC and decodes into a "
					+ "new Frame and a new payload array (byte[] and Frame are its top allocations in a JFR "
					+ "profile); the raw ring hands the bytes over in place",
			"shm-vs-aeron", "the same framing, checksum and decoding costs as against the raw ring",
			"shm-spring-overhead",
			"JFR profile: IpcMessageMapper.outboundHeaders/isSent is the hottest sender frame outside the "
					+ "pacing loop; the receiver's top allocations are LinkedHashMap entries (decoded header "
					+ "map, copied again into MessageHeaders)",
			"uds-vs-jdk",
			"both block in the kernel; ours also encodes each frame into a new array (FrameCodec.encode) with "
					+ "a CRC32C, writes it under a lock with a deadline, and verifies and decodes it on receipt",
			"uds-vs-tcp",
			"the Spring path maps headers both ways (see the Spring overhead goal) on top of the socket path",
			"chronicle-vs-raw",
			"the chronicle inbound endpoint has no busy-spin option (its tailer backs off to parks between "
					+ "polls); per message it copies the document into a new array, decodes it, then copies the "
					+ "header map twice to add the queue index (HashMap.putMapEntries is its top frame in a JFR "
					+ "profile)",
			"shm-throughput",
			"frame encoding with CRC32C, decoding into new objects and one record per message bound the rate",
			"spring-throughput",
			"message creation and header mapping on both sides (see the Spring overhead goal) bound the rate",
			"chronicle-throughput",
			"the receiver's per-message copies (document to array, header map twice) and the Spring "
					+ "message mapping; the appender side matches the raw one (Chronicle's own copy and index "
					+ "scan dominate both)");

	private GoalNotes() {
	}

	static String note(String goalId) {
		return NOTES.getOrDefault(goalId, "");
	}

}
