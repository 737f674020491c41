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

import org.hostipc.IpcException;

import java.util.Map;

/**
 * One end of a channel in this process: the transport-neutral contract that every
 * transport implements and that adapters, health, metrics and the actuator endpoint use.
 * <p>
 * Lifecycle: {@link #start()} opens resources (listening socket, mapped file, queue) and
 * returns without waiting for a peer; {@link #stop()} drains in-flight messages within a
 * bounded time and releases everything. Both are idempotent. Implementations are
 * thread-safe.
 *
 * @author hostipc
 */
public interface IpcEndpoint extends AutoCloseable {

	/** {@link #backlog()} of an endpoint whose transport buffers nothing of its own. */
	long NO_BACKLOG = -1;

	/**
	 * Return the channel name.
	 * @return the name
	 */
	String name();

	/**
	 * Return the transport id, such as {@code uds}, {@code shm} or {@code chronicle}.
	 * @return the transport id
	 */
	String transport();

	/**
	 * Return the direction of application messages.
	 * @return the direction
	 */
	Direction direction();

	/**
	 * Return the exchange pattern.
	 * @return the pattern
	 */
	MessagingPattern pattern();

	/**
	 * Open the endpoint's resources.
	 * @throws IpcException if the endpoint cannot be opened (for example a path that
	 * cannot be created); a missing peer is not an error
	 */
	void start();

	/**
	 * Drain in-flight messages and release every resource.
	 */
	void stop();

	boolean isRunning();

	/**
	 * Return whether messages can flow now, and why not when they cannot.
	 * @return the state
	 */
	EndpointState state();

	/**
	 * Return the endpoint's counters.
	 * @return the counters
	 */
	EndpointCounters counters();

	/**
	 * Return the amount written and not yet consumed, for transports that buffer messages
	 * between sender and receiver (a ring, a journal, a bounded queue).
	 * @return the backlog in {@link #backlogUnit()}s, {@code 0} when nothing waits or the
	 * buffer is not attached, {@link #NO_BACKLOG} when the transport buffers nothing of
	 * its own (sockets)
	 */
	default long backlog() {
		return NO_BACKLOG;
	}

	/**
	 * Return the unit of {@link #backlog()}, the base unit of its gauge.
	 * @return {@code bytes} unless the transport counts {@code messages}
	 */
	default String backlogUnit() {
		return "bytes";
	}

	/**
	 * Return facts for the actuator endpoint: address, role, peers, settings.
	 * @return an immutable map of simple values
	 */
	Map<String, Object> describe();

	@Override
	default void close() {
		stop();
	}

}
