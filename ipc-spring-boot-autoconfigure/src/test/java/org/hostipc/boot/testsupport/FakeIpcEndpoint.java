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

package org.hostipc.boot.testsupport;

import java.util.Map;

import org.hostipc.transport.Direction;
import org.hostipc.transport.EndpointCounters;
import org.hostipc.transport.EndpointState;
import org.hostipc.transport.IpcEndpoint;
import org.hostipc.transport.MessagingPattern;

/**
 * An {@link IpcEndpoint} whose state the test sets, with real counters.
 *
 * @author hostipc
 */
public class FakeIpcEndpoint implements IpcEndpoint {

	private final String name;

	private final Direction direction;

	private final MessagingPattern pattern;

	private final EndpointCounters counters = new EndpointCounters();

	private volatile EndpointState state = EndpointState.down("not started", Map.of());

	private volatile boolean running;

	public FakeIpcEndpoint(String name, Direction direction, MessagingPattern pattern) {
		this.name = name;
		this.direction = direction;
		this.pattern = pattern;
	}

	public void setState(EndpointState state) {
		this.state = state;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public String transport() {
		return "fake";
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
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public EndpointState state() {
		return this.state;
	}

	@Override
	public EndpointCounters counters() {
		return this.counters;
	}

	@Override
	public Map<String, Object> describe() {
		return Map.of("path", "/tmp/" + this.name + ".sock", "role", "server");
	}

}
