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
			"per message our ring path encodes a frame (32-byte prefix, headers, CRC32C over the whole frame) "
					+ "and the consumer decodes it into a new Frame with a new payload array; the raw ring passes "
					+ "bytes in place",
			"shm-vs-aeron", "same framing, checksum and decode costs as against the raw ring", "shm-spring-overhead",
			"the Spring path adds a GenericMessage (id and timestamp headers), the header mapping of "
					+ "IpcMessageMapper on both sides and the channel dispatch",
			"uds-vs-jdk",
			"our socket path encodes each frame (prefix, headers, CRC32C) and verifies it on receipt; "
					+ "both sides block in the kernel, so syscalls and wake-ups dominate",
			"uds-vs-tcp", "compare the socket wake-up cost: both paths block in read", "chronicle-vs-raw",
			"the chronicle inbound endpoint has no busy-spin option: its tailer backs off to parks (at least "
					+ "the kernel timer slack, about 50 µs) between polls, and it copies each document into a "
					+ "new array before decoding the frame",
			"shm-throughput", "per-message frame encoding, CRC32C and decoding into new objects bound the rate",
			"spring-throughput", "message creation and header mapping per message on both sides bound the rate",
			"chronicle-throughput",
			"each appended frame is encoded and checksummed, and each read one copied and decoded into new "
					+ "objects");

	private GoalNotes() {
	}

	static String note(String goalId) {
		return NOTES.getOrDefault(goalId, "");
	}

}
