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
 * A count of messages and their bytes owned by one thread, which updates it with plain
 * release stores (an uncontended {@link java.util.concurrent.atomic.LongAdder} still
 * takes a locked compare-and-swap per update). The first thread that counts owns it; when
 * the owner has ended, the next thread takes it over. Any thread may read it.
 *
 * @author hostipc
 */
final class MessageCount {

	private static final VarHandle OWNER;

	private static final VarHandle MESSAGES;

	private static final VarHandle BYTES;

	static {
		try {
			MethodHandles.Lookup lookup = MethodHandles.lookup();
			OWNER = lookup.findVarHandle(MessageCount.class, "owner", Thread.class);
			MESSAGES = lookup.findVarHandle(MessageCount.class, "messages", long.class);
			BYTES = lookup.findVarHandle(MessageCount.class, "bytes", long.class);
		}
		catch (ReflectiveOperationException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private volatile Thread owner;

	private long messages;

	private long bytes;

	/**
	 * Count a message if the calling thread owns this count or can take it over.
	 * @param bytes the message's bytes
	 * @return {@code false} if another live thread owns it (the caller counts elsewhere)
	 */
	boolean tryAdd(int bytes) {
		Thread current = Thread.currentThread();
		Thread owner = this.owner;
		// an ended owner's last update happens-before isAlive() returns false
		if (owner != current && ((owner != null && owner.isAlive()) || !OWNER.compareAndSet(this, owner, current))) {
			return false;
		}
		MESSAGES.setRelease(this, this.messages + 1);
		BYTES.setRelease(this, this.bytes + bytes);
		return true;
	}

	long messages() {
		return (long) MESSAGES.getAcquire(this);
	}

	long bytes() {
		return (long) BYTES.getAcquire(this);
	}

}
