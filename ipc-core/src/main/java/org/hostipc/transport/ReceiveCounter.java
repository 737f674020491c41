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

/**
 * The received-message counters of one receiving thread, part of an
 * {@link EndpointCounters}: plain fields that only that thread writes, with release
 * stores, so that counting a message takes no atomic read-modify-write (an uncontended
 * {@link java.util.concurrent.atomic.LongAdder} still takes a locked compare-and-swap per
 * update). The endpoint's totals add them up.
 * <p>
 * NOT thread-safe for writing: one thread calls {@link #received(int, long)}; any thread
 * may read.
 *
 * @author hostipc
 * @see EndpointCounters#receiveCounter()
 */
public final class ReceiveCounter {

	private final EndpointCounters owner;

	private final MessageCount count = new MessageCount();

	ReceiveCounter(EndpointCounters owner) {
		this.owner = owner;
	}

	/**
	 * Record a message received and its one-way latency, like
	 * {@link EndpointCounters#received(int, long)}.
	 * @param bytes the frame length
	 * @param sendTimestamp the frame's send timestamp ({@code 0} if unknown)
	 */
	public void received(int bytes, long sendTimestamp) {
		this.count.add(bytes);
		this.owner.recordLatency(sendTimestamp);
	}

	long messages() {
		return this.count.messages();
	}

	long bytes() {
		return this.count.bytes();
	}

}
