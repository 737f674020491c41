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

package org.hostipc.local;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.hostipc.IpcException;
import org.hostipc.transport.MessagingPattern;

/**
 * Where the in-JVM receivers of each address register and senders find them: one receiver
 * per point-to-point or request-reply address, any number of subscribers per
 * publish-subscribe address. One registry per JVM (per class loader), so that two
 * application contexts in one JVM talk to each other.
 *
 * @author hostipc
 */
final class LocalRegistry {

	static final LocalRegistry INSTANCE = new LocalRegistry();

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	private final Map<String, Set<LocalReceiver>> receivers = new HashMap<>();

	private LocalRegistry() {
	}

	/**
	 * Register a receiver.
	 * @param receiver the receiver
	 * @throws IpcException if a point-to-point or request-reply address already has one
	 */
	void register(LocalReceiver receiver) {
		this.lock.lock();
		try {
			Set<LocalReceiver> registered = this.receivers.computeIfAbsent(key(receiver.pattern(), receiver.address()),
					(key) -> new LinkedHashSet<>());
			if (receiver.pattern() != MessagingPattern.PUBLISH_SUBSCRIBE && !registered.isEmpty()) {
				throw new IpcException("The local address '" + receiver.address()
						+ "' already has a receiver (channel '" + registered.iterator().next().name() + "'); a "
						+ receiver.pattern().id() + " address takes one receiver");
			}
			registered.add(receiver);
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Remove a receiver.
	 * @param receiver the receiver
	 */
	void unregister(LocalReceiver receiver) {
		this.lock.lock();
		try {
			String key = key(receiver.pattern(), receiver.address());
			Set<LocalReceiver> registered = this.receivers.get(key);
			if (registered != null && registered.remove(receiver) && registered.isEmpty()) {
				this.receivers.remove(key);
			}
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Return the receivers of an address, waiting for at least the given number.
	 * @param pattern the pattern
	 * @param address the address
	 * @param minimum the number to wait for
	 * @param deadline the {@link System#nanoTime()} deadline
	 * @return the receivers; fewer than the minimum if the deadline passed
	 * @throws InterruptedException if interrupted while waiting
	 */
	List<LocalReceiver> await(MessagingPattern pattern, String address, int minimum, long deadline)
			throws InterruptedException {
		this.lock.lock();
		try {
			String key = key(pattern, address);
			while (true) {
				Set<LocalReceiver> registered = this.receivers.get(key);
				int count = (registered != null) ? registered.size() : 0;
				long remaining = deadline - System.nanoTime();
				if (count >= minimum || remaining <= 0) {
					return (registered != null) ? new ArrayList<>(registered) : List.of();
				}
				this.changed.awaitNanos(Math.min(remaining, TimeUnit.MILLISECONDS.toNanos(100)));
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Return the number of receivers of an address.
	 * @param pattern the pattern
	 * @param address the address
	 * @return the count
	 */
	int count(MessagingPattern pattern, String address) {
		this.lock.lock();
		try {
			Set<LocalReceiver> registered = this.receivers.get(key(pattern, address));
			return (registered != null) ? registered.size() : 0;
		}
		finally {
			this.lock.unlock();
		}
	}

	private static String key(MessagingPattern pattern, String address) {
		return pattern.id() + ":" + address;
	}

}
