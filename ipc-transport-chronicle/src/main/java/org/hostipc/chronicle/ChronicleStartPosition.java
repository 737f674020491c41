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

package org.hostipc.chronicle;

/**
 * Where a Chronicle subscriber starts reading when its endpoint starts.
 *
 * @author hostipc
 * @see ChronicleOptions.Builder#startPosition(ChronicleStartPosition)
 */
public enum ChronicleStartPosition {

	/**
	 * After the last message the subscriber acknowledged, as saved in its position file;
	 * from the start of the queue when nothing was saved yet.
	 */
	SAVED,

	/** The first message still in the queue. */
	START,

	/** After the last message in the queue: only messages sent from now on. */
	END,

	/** The message at {@link ChronicleOptions#startIndex()}. */
	INDEX,

	/**
	 * The first message appended at or after {@link ChronicleOptions#startTimestamp()}
	 * (wall clock of the sender).
	 */
	TIMESTAMP

}
