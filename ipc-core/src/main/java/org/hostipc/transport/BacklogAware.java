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
 * Implemented by endpoints that buffer messages between sender and receiver (a ring, a
 * journal), so that the buffered amount can be observed.
 *
 * @author hostipc
 */
public interface BacklogAware {

	/**
	 * Return the amount written and not yet consumed: bytes in a ring, entries behind a
	 * tailer.
	 * @return the backlog, {@code 0} when nothing waits or the buffer is not attached
	 */
	long backlog();

	/**
	 * Return the unit of {@link #backlog()}, used as the base unit of its gauge.
	 * @return {@code bytes} unless overridden; a journal counts {@code messages}
	 */
	default String backlogUnit() {
		return "bytes";
	}

}
