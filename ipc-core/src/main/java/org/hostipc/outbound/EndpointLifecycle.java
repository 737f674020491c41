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

package org.hostipc.outbound;

import org.hostipc.transport.IpcEndpoint;

import org.springframework.integration.support.management.ManageableSmartLifecycle;

/**
 * Lifecycle of an outbound handler: starting and stopping it starts and stops its
 * endpoint.
 *
 * @author hostipc
 */
interface EndpointLifecycle extends ManageableSmartLifecycle {

	IpcEndpoint getEndpoint();

	@Override
	default void start() {
		getEndpoint().start();
	}

	@Override
	default void stop() {
		getEndpoint().stop();
	}

	@Override
	default boolean isRunning() {
		return getEndpoint().isRunning();
	}

}
