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

import org.hostipc.support.IpcHeaders;

/**
 * Names of the message headers that the chronicle transport sets.
 *
 * @author hostipc
 * @see IpcHeaders
 */
public final class ChronicleHeaders {

	/**
	 * The index of a message in its Chronicle queue ({@link Long}), unique per queue and
	 * stable across redeliveries: a handler can use it to detect duplicates. Set by the
	 * chronicle transport on receipt; never sent.
	 */
	public static final String QUEUE_INDEX = IpcHeaders.PREFIX + "queueIndex";

	/**
	 * Why a message was moved to a dead-letter queue ({@link String}: the last error of
	 * its handler). Set by the chronicle transport on the dead letter.
	 */
	public static final String DEAD_LETTER_REASON = IpcHeaders.PREFIX + "deadLetterReason";

	private ChronicleHeaders() {
	}

}
