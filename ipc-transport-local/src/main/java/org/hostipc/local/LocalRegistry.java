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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * <p>
 * Each address maps to an immutable list of its receivers, replaced when one registers or
 * leaves, so that a send reads it without a lock and without allocating; only a sender
 * that finds too few receivers waits.
 *
 * @author hostipc
 */
final class LocalRegistry {

	static final LocalRegistry INSTANCE = new LocalRegistry();

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	private final Map<String, List<LocalReceiver>> receivers = new ConcurrentHashMap<>();

	private LocalRegistry() {
	}

	/**
	 * Return the key under which an address's receivers are kept: an address names a
	 * point-to-point, a request-reply and a publish-subscribe channel independently.
	 * @param pattern the pattern
	 * @param address the address
	 * @return the key
	 */
	static String key(MessagingPattern pattern, String address) {
		return pattern.id() + ":" + address;
	}

	/**
	 * Register a receiver.
	 * @param receiver the receiver
	 * @throws IpcException if a point-to-point or request-reply address already has one
	 */
	void register(LocalReceiver receiver) {
		this.lock.lock();
		try {
			List<LocalReceiver> registered = receivers(receiver.key());
			if (receiver.pattern() != MessagingPattern.PUBLISH_SUBSCRIBE && !registered.isEmpty()) {
				throw new IpcException("The local address '" + receiver.address()
						+ "' already has a receiver (channel '" + registered.get(0).name() + "'); a "
						+ receiver.pattern().id() + " address takes one receiver");
			}
			List<LocalReceiver> updated = new ArrayList<>(registered);
			updated.add(receiver);
			this.receivers.put(receiver.key(), List.copyOf(updated));
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
			List<LocalReceiver> updated = new ArrayList<>(receivers(receiver.key()));
			if (updated.remove(receiver)) {
				if (updated.isEmpty()) {
					this.receivers.remove(receiver.key());
				}
				else {
					this.receivers.put(receiver.key(), List.copyOf(updated));
				}
			}
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Return the receivers of an address, waiting for at least the given number.
	 * @param key the address's {@link #key key}
	 * @param minimum the number to wait for
	 * @param deadline the {@link System#nanoTime()} deadline
	 * @return the receivers; fewer than the minimum if the deadline passed
	 * @throws InterruptedException if interrupted while waiting
	 */
	List<LocalReceiver> await(String key, int minimum, long deadline) throws InterruptedException {
		List<LocalReceiver> registered = receivers(key);
		if (registered.size() >= minimum) {
			return registered;
		}
		this.lock.lock();
		try {
			while (true) {
				registered = receivers(key);
				long remaining = deadline - System.nanoTime();
				if (registered.size() >= minimum || remaining <= 0) {
					return registered;
				}
				this.changed.awaitNanos(Math.min(remaining, TimeUnit.MILLISECONDS.toNanos(100)));
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Return the receivers of an address.
	 * @param key the address's {@link #key key}
	 * @return the receivers, an immutable list
	 */
	List<LocalReceiver> receivers(String key) {
		return this.receivers.getOrDefault(key, List.of());
	}

}
