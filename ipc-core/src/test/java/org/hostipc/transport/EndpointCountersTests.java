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
package org.hostipc.transport;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EndpointCounters}: the counts of the thread that owns a
 * {@link MessageCount} and those of other threads add up.
 *
 * @author hostipc
 */
class EndpointCountersTests {

	@Test
	void receivedCountsShouldAddUpAcrossThreads() throws InterruptedException {
		EndpointCounters counters = new EndpointCounters();
		List<Long> latencies = new ArrayList<>();
		counters.setLatencyRecorder(latencies::add);
		counters.received(100, System.nanoTime());
		counters.received(50, 0);
		Thread other = new Thread(() -> counters.received(10, 0));
		other.start();
		other.join();
		assertThat(counters.messagesReceived()).isEqualTo(3);
		assertThat(counters.bytesReceived()).isEqualTo(160);
		assertThat(latencies).hasSize(1).allSatisfy((nanos) -> assertThat(nanos).isNotNegative());
	}

	@Test
	void countsOfEverySendingThreadShouldBeInTheTotals() throws InterruptedException {
		EndpointCounters counters = new EndpointCounters();
		counters.sent(7);
		int perThread = 200_000;
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			threads.add(new Thread(() -> {
				for (int n = 0; n < perThread; n++) {
					counters.sent(3);
				}
			}));
		}
		threads.forEach(Thread::start);
		for (Thread thread : threads) {
			thread.join();
		}
		assertThat(counters.messagesSent()).isEqualTo(3L * perThread + 1);
		assertThat(counters.bytesSent()).isEqualTo(9L * perThread + 7);
	}

	@Test
	void countsOfAnOwnerThatEndedShouldStayWhenAnotherThreadTakesOver() throws InterruptedException {
		EndpointCounters counters = new EndpointCounters();
		for (int i = 0; i < 3; i++) {
			// each thread owns the count after the last one ended
			Thread sender = new Thread(() -> {
				for (int n = 0; n < 1000; n++) {
					counters.sent(5);
				}
			});
			sender.start();
			sender.join();
		}
		assertThat(counters.messagesSent()).isEqualTo(3000);
		assertThat(counters.bytesSent()).isEqualTo(15_000);
	}

	@Test
	void countsOfReceivingThreadsShouldAllBeInTheTotals() throws InterruptedException {
		EndpointCounters counters = new EndpointCounters();
		int perThread = 200_000;
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			threads.add(new Thread(() -> {
				for (int n = 0; n < perThread; n++) {
					counters.received(2, 0);
				}
			}));
		}
		threads.forEach(Thread::start);
		for (Thread thread : threads) {
			thread.join();
		}
		assertThat(counters.messagesReceived()).isEqualTo(3L * perThread);
		assertThat(counters.bytesReceived()).isEqualTo(6L * perThread);
	}

}
