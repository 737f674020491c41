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

package org.hostipc.support;

/**
 * Names of the message headers that hostipc adds or reads. Headers that hostipc itself
 * defines start with {@value #PREFIX}; W3C trace context headers keep their standard
 * names so that tracing libraries find them.
 *
 * @author hostipc
 * @see IpcMessageMapper
 */
public final class IpcHeaders {

	/** Prefix of every header hostipc defines. */
	public static final String PREFIX = "ipc_";

	/**
	 * The {@link org.springframework.messaging.MessageHeaders#ID id} the message had in
	 * the sending process ({@link java.util.UUID}). The receiving process gives the
	 * message a new {@code id}; the original travels under this name when the sender's
	 * mapper {@link IpcMessageMapper#setSourceHeaders(boolean) sends source headers}.
	 */
	public static final String SOURCE_ID = PREFIX + "sourceId";

	/**
	 * The {@link org.springframework.messaging.MessageHeaders#TIMESTAMP timestamp} the
	 * message had in the sending process ({@link Long}, epoch milliseconds).
	 */
	public static final String SOURCE_TIMESTAMP = PREFIX + "sourceTimestamp";

	/**
	 * The transport a message was received through ({@link String}: {@code shm},
	 * {@code uds} or {@code chronicle}). Set by inbound adapters; never sent.
	 */
	public static final String TRANSPORT = PREFIX + "transport";

	/**
	 * The name of the hostipc channel a message was received on ({@link String}). Set by
	 * inbound adapters; never sent.
	 */
	public static final String CHANNEL = PREFIX + "channel";

	/** W3C Trace Context {@code traceparent}, carried unchanged. */
	public static final String TRACEPARENT = "traceparent";

	/** W3C Trace Context {@code tracestate}, carried unchanged. */
	public static final String TRACESTATE = "tracestate";

	private IpcHeaders() {
	}

}
