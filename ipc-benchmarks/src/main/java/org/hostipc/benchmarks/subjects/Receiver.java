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

import org.hostipc.benchmarks.harness.MessageSink;

/**
 * The receiving side of a subject: it delivers every message, with all its bytes, to a
 * {@link MessageSink} from one thread.
 *
 * @author hostipc
 */
public interface Receiver extends AutoCloseable {

	/**
	 * Start receiving.
	 * @param sink where messages go
	 * @return what the sender needs to find this receiver (such as a port), or an empty
	 * string
	 * @throws Exception if the receiver cannot start
	 */
	String start(MessageSink sink) throws Exception;

	@Override
	void close() throws Exception;

}
