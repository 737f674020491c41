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

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A count of messages and their bytes that one thread writes with plain release stores
 * (no atomic read-modify-write) and any thread reads.
 * <p>
 * NOT thread-safe for writing: one thread at a time calls {@link #add(int)}, with a
 * happens-before edge between successive writers.
 *
 * @author hostipc
 */
final class MessageCount {

	private static final VarHandle MESSAGES;

	private static final VarHandle BYTES;

	static {
		try {
			MethodHandles.Lookup lookup = MethodHandles.lookup();
			MESSAGES = lookup.findVarHandle(MessageCount.class, "messages", long.class);
			BYTES = lookup.findVarHandle(MessageCount.class, "bytes", long.class);
		}
		catch (ReflectiveOperationException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private long messages;

	private long bytes;

	void add(int bytes) {
		MESSAGES.setRelease(this, this.messages + 1);
		BYTES.setRelease(this, this.bytes + bytes);
	}

	long messages() {
		return (long) MESSAGES.getAcquire(this);
	}

	long bytes() {
		return (long) BYTES.getAcquire(this);
	}

}
