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
 * Base of the transports' endpoints: identity (name, pattern, direction), counters and an
 * idempotent lifecycle. {@link #start()} and {@link #stop()} are serialized by a
 * lifecycle lock; {@link #doStart()} runs before the endpoint counts as running, and
 * {@link #doStop()} after it stopped counting as running, so senders see
 * {@link #isRunning()} turn false before resources close.
 *
 * @author hostipc
 */
public abstract class AbstractIpcEndpoint implements IpcEndpoint {

	private final String name;

	private final MessagingPattern pattern;

	private final Direction direction;

	private final Object lifecycleMonitor = new Object();

	protected final EndpointCounters counters = new EndpointCounters();

	private volatile boolean running;

	/**
	 * Create an endpoint.
	 * @param name the channel name
	 * @param pattern the exchange pattern
	 * @param direction the direction of application messages
	 */
	protected AbstractIpcEndpoint(String name, MessagingPattern pattern, Direction direction) {
		if (name == null || name.isEmpty()) {
			throw new IllegalArgumentException("'channelName' must not be empty");
		}
		if (pattern == null) {
			throw new IllegalArgumentException("'pattern' must not be null");
		}
		if (direction == null) {
			throw new IllegalArgumentException("'direction' must not be null");
		}
		this.name = name;
		this.pattern = pattern;
		this.direction = direction;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public Direction direction() {
		return this.direction;
	}

	@Override
	public MessagingPattern pattern() {
		return this.pattern;
	}

	@Override
	public EndpointCounters counters() {
		return this.counters;
	}

	@Override
	public final void start() {
		synchronized (this.lifecycleMonitor) {
			if (!this.running) {
				doStart();
				this.running = true;
			}
		}
	}

	@Override
	public final void stop() {
		synchronized (this.lifecycleMonitor) {
			if (this.running) {
				this.running = false;
				doStop();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Open the endpoint's resources; on failure, release what was opened and throw.
	 */
	protected abstract void doStart();

	/**
	 * Release the endpoint's resources.
	 */
	protected abstract void doStop();

}
