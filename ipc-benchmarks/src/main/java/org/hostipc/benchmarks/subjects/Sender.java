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

package org.hostipc.benchmarks.subjects;

/**
 * The sending side of a subject, used by one thread.
 *
 * @author hostipc
 */
public interface Sender extends AutoCloseable {

	/**
	 * Connect or open whatever the sender needs; returns once it can send.
	 * @throws Exception if it cannot start
	 */
	void start() throws Exception;

	/**
	 * Send one message, waiting while the transport applies backpressure. The caller
	 * reuses the array once this returns.
	 * @param payload the message
	 * @throws Exception if the message cannot be sent
	 */
	void send(byte[] payload) throws Exception;

	@Override
	void close() throws Exception;

}
