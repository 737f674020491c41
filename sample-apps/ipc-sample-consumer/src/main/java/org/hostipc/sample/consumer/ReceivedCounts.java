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

package org.hostipc.sample.consumer;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Counts the messages each handler received, served at {@code GET /sample/received} so
 * that the demo can check that every message arrived.
 *
 * @author hostipc
 */
@Component
@RestController
class ReceivedCounts {

	private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

	void record(String channel) {
		this.counts.computeIfAbsent(channel, (key) -> new AtomicLong()).incrementAndGet();
	}

	@GetMapping("/sample/received")
	Map<String, Long> received() {
		Map<String, Long> snapshot = new TreeMap<>();
		this.counts.forEach((channel, count) -> snapshot.put(channel, count.get()));
		return snapshot;
	}

}
