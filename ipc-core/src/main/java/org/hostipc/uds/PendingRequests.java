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

package org.hostipc.uds;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.hostipc.transport.IpcException;
import org.hostipc.wire.Frame;

/**
 * Requests waiting for their replies, keyed by correlation id.
 * <p>
 * A requester waits on its own thread; the connection's reader thread completes the
 * request when the reply arrives. To avoid the cost of waking a parked thread on the
 * round-trip path, a requester first spins for {@value #SPIN_MICROS} microseconds,
 * yielding the processor between checks (so that on a busy machine the threads it waits
 * for still run), then parks until the reply or its deadline. The completer unparks only
 * a requester that announced it parks.
 * <p>
 * Thread-safe: requests are created, completed and failed from any thread.
 *
 * @author hostipc
 */
final class PendingRequests {

	/** How long a requester spins before parking. */
	static final long SPIN_MICROS = 50;

	private static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(SPIN_MICROS);

	private final AtomicLong ids = new AtomicLong();

	private final Map<Long, Request> requests = new ConcurrentHashMap<>();

	/**
	 * Create a request with a new correlation id for the calling thread; it is not yet
	 * registered.
	 * @return the request
	 */
	Request create() {
		return new Request(this.ids.incrementAndGet(), Thread.currentThread());
	}

	/**
	 * Register a request before writing it on a connection.
	 * @param request the request
	 * @param connection the connection it is written to
	 */
	void register(Request request, UdsConnection connection) {
		request.connection = connection;
		this.requests.put(request.id, request);
	}

	/**
	 * Remove a request that will not be completed (write failed, timed out).
	 * @param request the request
	 * @return {@code true} if it was still registered, {@code false} if it was completed
	 * or failed concurrently
	 */
	boolean remove(Request request) {
		return this.requests.remove(request.id, request);
	}

	/**
	 * Complete the request a reply answers.
	 * @param reply the reply
	 * @return {@code false} if no request waits for it (it timed out: a late reply)
	 */
	boolean complete(Frame reply) {
		Request request = this.requests.remove(reply.correlationId());
		if (request == null) {
			return false;
		}
		request.complete(reply);
		return true;
	}

	/**
	 * Fail the requests written on a connection.
	 * @param connection the lost connection, or {@code null} for every request
	 * @param failure creates the exception for each request
	 */
	void failAll(UdsConnection connection, Supplier<IpcException> failure) {
		for (Request request : this.requests.values()) {
			if ((connection == null || request.connection == connection) && remove(request)) {
				request.complete(failure.get());
			}
		}
	}

	int size() {
		return this.requests.size();
	}

	/**
	 * One request. Its result is written once, by the completer.
	 */
	static final class Request {

		private final long id;

		private final Thread waiter;

		private volatile UdsConnection connection;

		private volatile Object result;

		private volatile boolean parked;

		Request(long id, Thread waiter) {
			this.id = id;
			this.waiter = waiter;
		}

		long id() {
			return this.id;
		}

		void complete(Object value) {
			this.result = value;
			if (this.parked) {
				LockSupport.unpark(this.waiter);
			}
		}

		/**
		 * Wait for the result; only the thread that created the request may call this.
		 * @param deadline the {@link System#nanoTime()} deadline
		 * @return the reply {@link Frame}, an {@link IpcException}, or {@code null} on
		 * timeout or interruption (the interrupt status is then set)
		 */
		Object await(long deadline) {
			long spinEnd = System.nanoTime() + SPIN_NANOS;
			Object value;
			while ((value = this.result) == null) {
				long now = System.nanoTime();
				if (now - deadline >= 0 || Thread.currentThread().isInterrupted()) {
					return null;
				}
				if (now - spinEnd < 0) {
					Thread.yield();
				}
				else {
					this.parked = true;
					if (this.result == null) {
						LockSupport.parkNanos(this, deadline - now);
					}
				}
			}
			return value;
		}

		/**
		 * Wait for a result that is being written now: called after {@link #remove} found
		 * that a completer already took the request.
		 * @return the result
		 */
		Object awaitCompletion() {
			Object value;
			while ((value = this.result) == null) {
				Thread.onSpinWait();
			}
			return value;
		}

	}

}
