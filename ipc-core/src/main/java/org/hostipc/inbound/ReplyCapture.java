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

package org.hostipc.inbound;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.PollableChannel;

/**
 * The reply channel of one request that an {@link IpcInboundGateway} sends into its flow,
 * set as the request's {@code replyChannel} and {@code errorChannel} headers. It keeps
 * the first reply (or the error message of an asynchronous flow) for the thread that
 * created it, which finds it there as soon as its send returns when the flow replies on
 * the sending thread, and otherwise parks until it arrives or the reply timeout passes.
 * <p>
 * Like Spring's temporary reply channel, a reply that arrives after the gateway stopped
 * waiting, or a second reply, is logged as a warning and dropped, or rejected with a
 * {@link MessageDeliveryException} when late replies are configured to throw.
 * <p>
 * Thread-safe: replies may be sent from any thread; only the creating thread receives.
 *
 * @author hostipc
 */
final class ReplyCapture implements PollableChannel {

	private static final Log logger = LogFactory.getLog(ReplyCapture.class);

	/** The state after the waiter gave up (timeout, interrupt or failed send). */
	private static final Object ABANDONED = new Object();

	private static final VarHandle STATE;

	static {
		try {
			STATE = MethodHandles.lookup().findVarHandle(ReplyCapture.class, "state", Object.class);
		}
		catch (ReflectiveOperationException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private final Thread waiter = Thread.currentThread();

	private final boolean throwOnLateReply;

	/**
	 * {@code null} while waiting, then the reply {@link Message} or {@link #ABANDONED}.
	 */
	private volatile Object state;

	private volatile boolean parked;

	/**
	 * Create the reply channel of a request sent by the calling thread.
	 * @param throwOnLateReply whether a late or second reply is rejected with an
	 * exception rather than only logged
	 */
	ReplyCapture(boolean throwOnLateReply) {
		this.throwOnLateReply = throwOnLateReply;
	}

	@Override
	public boolean send(Message<?> message) {
		return send(message, -1);
	}

	@Override
	public boolean send(Message<?> message, long timeout) {
		if (STATE.compareAndSet(this, null, message)) {
			if (this.parked) {
				LockSupport.unpark(this.waiter);
			}
			return true;
		}
		String problem = (this.state == ABANDONED)
				? "Reply message received but the receiving thread has stopped waiting (timeout or failed send)"
				: "Reply message received but the receiving thread has already received a reply";
		if (logger.isWarnEnabled()) {
			logger.warn(problem + ": " + message);
		}
		if (this.throwOnLateReply) {
			throw new MessageDeliveryException(message, problem);
		}
		return true;
	}

	@Override
	public Message<?> receive() {
		return receive(-1);
	}

	/**
	 * Return the reply, waiting for it up to a timeout; called by the creating thread
	 * only, once.
	 * @param timeout the most milliseconds to wait, negative to wait without limit
	 * @return the reply, or {@code null} if none arrived in time (the channel then
	 * rejects later replies)
	 */
	@Override
	public Message<?> receive(long timeout) {
		Object current = this.state;
		if (current == null) {
			current = await(timeout);
		}
		return (current instanceof Message<?> reply) ? reply : null;
	}

	/**
	 * Stop waiting after the request could not be sent: a reply that still arrives is a
	 * late one.
	 */
	void abandon() {
		STATE.compareAndSet(this, null, ABANDONED);
	}

	private Object await(long timeout) {
		long deadline = (timeout >= 0) ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeout) : 0;
		this.parked = true;
		try {
			while (true) {
				Object current = this.state;
				if (current != null) {
					return current;
				}
				long remaining = (timeout >= 0) ? deadline - System.nanoTime() : Long.MAX_VALUE;
				if (remaining <= 0 || Thread.currentThread().isInterrupted()) {
					break;
				}
				LockSupport.parkNanos(this, remaining);
			}
		}
		finally {
			this.parked = false;
		}
		// a reply may have arrived since the last look
		return STATE.compareAndExchange(this, null, ABANDONED);
	}

}
