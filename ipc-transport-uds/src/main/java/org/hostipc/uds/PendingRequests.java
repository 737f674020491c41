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
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.hostipc.IpcException;
import org.hostipc.wire.Frame;

/**
 * Requests waiting for their replies, keyed by correlation id.
 * <p>
 * A requester waits on its own thread (see {@link SharedReader}); whichever thread reads
 * the reply completes the request. The completer unparks the requester only if it
 * announced that it parks, so that a requester that reads its own reply, or spins, costs
 * no wake-up.
 * <p>
 * Thread-safe: requests are created, completed and failed from any thread.
 *
 * @author hostipc
 */
final class PendingRequests {

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
		 * Return the result.
		 * @return the reply {@link Frame}, an {@link IpcException}, or {@code null} while
		 * waiting
		 */
		Object result() {
			return this.result;
		}

		/**
		 * Park the waiting thread until the result arrives, an unpark, or the time
		 * passes; only the thread that created the request may call this.
		 * @param nanos the longest time to park
		 */
		void park(long nanos) {
			this.parked = true;
			if (this.result == null) {
				LockSupport.parkNanos(this, nanos);
			}
			this.parked = false;
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
