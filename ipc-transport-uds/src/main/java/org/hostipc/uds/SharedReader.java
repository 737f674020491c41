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

package org.hostipc.uds;

import java.io.IOException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

import org.hostipc.wire.DecodeResult;

/**
 * Reads a non-blocking client connection for whoever needs its frames, so that a reply
 * reaches its requester without a thread hand-off.
 * <p>
 * Leader/follower: a thread waiting for a reply takes the read lock and reads the socket
 * itself (the leader). It first spins for {@value #SPIN_MICROS} microseconds, retrying
 * the read and yielding the processor in between (so that on a busy machine the peer
 * still runs), then waits on a selector until the socket is readable or its deadline
 * passes. Every frame it reads is dispatched, completing other threads' requests too.
 * Threads that find the lock taken (followers) wait for their reply or for the lock; a
 * leader whose own reply arrived leaves and wakes a follower to lead in its place.
 * <p>
 * The client thread reads the connection only while no thread waits for a reply (it parks
 * otherwise), which keeps end-of-stream, control frames and late replies handled on an
 * idle connection without competing with requesters for the socket.
 * <p>
 * Thread-safe.
 *
 * @author hostipc
 */
final class SharedReader {

	/** How long a leader retries reading before waiting on the selector. */
	static final long SPIN_MICROS = 50;

	private static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(SPIN_MICROS);

	private static final long FOLLOWER_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

	private static final long IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

	private static final long IDLE_SELECT_MILLIS = 100;

	private final UdsConnection connection;

	private final FrameDispatcher dispatcher;

	private final ReentrantLock readLock = new ReentrantLock();

	private final AtomicInteger waiting = new AtomicInteger();

	private final Set<Thread> followers = ConcurrentHashMap.newKeySet();

	private final Selector leaderSelector;

	private final Selector idleSelector;

	private volatile Thread idleThread;

	SharedReader(UdsConnection connection, FrameDispatcher dispatcher) throws IOException {
		this.connection = connection;
		this.dispatcher = dispatcher;
		this.leaderSelector = Selector.open();
		this.idleSelector = Selector.open();
	}

	/**
	 * Switch the connection to non-blocking mode, reading through this reader.
	 * @throws IOException if the mode cannot be changed
	 */
	void attach() throws IOException {
		this.connection.configureNonBlocking(this);
		this.connection.channel().register(this.leaderSelector, SelectionKey.OP_READ);
		this.connection.channel().register(this.idleSelector, SelectionKey.OP_READ);
	}

	/**
	 * Wait for a request's reply, reading the connection when no other thread does.
	 * @param request the request, written on this connection
	 * @param deadline the {@link System#nanoTime()} deadline
	 * @return the result, or {@code null} on timeout or interruption
	 */
	Object awaitReply(PendingRequests.Request request, long deadline) {
		long spinEnd = System.nanoTime() + SPIN_NANOS;
		this.waiting.incrementAndGet();
		try {
			while (true) {
				Object result = request.result();
				long now = System.nanoTime();
				if (result != null || now - deadline >= 0 || Thread.currentThread().isInterrupted()) {
					return result;
				}
				if (this.connection.isOpen() && this.readLock.tryLock()) {
					try {
						result = lead(request, deadline, spinEnd);
					}
					finally {
						this.readLock.unlock();
					}
					if (result != null) {
						return result;
					}
				}
				else {
					follow(request, deadline, spinEnd, now);
				}
			}
		}
		finally {
			this.waiting.decrementAndGet();
			handOver();
		}
	}

	private Object lead(PendingRequests.Request request, long deadline, long spinEnd) {
		try {
			while (true) {
				DecodeResult frame = this.connection.read();
				if (frame == null || !this.dispatcher.dispatch(frame)) {
					end();
					return request.result();
				}
				Object result = request.result();
				if (result != null) {
					return result;
				}
				if (frame != FrameReader.NOT_YET) {
					continue;
				}
				long now = System.nanoTime();
				if (now - deadline >= 0 || Thread.currentThread().isInterrupted()) {
					return null;
				}
				if (now - spinEnd < 0) {
					Thread.yield();
				}
				else {
					this.leaderSelector.select(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - now)));
					this.leaderSelector.selectedKeys().clear();
				}
			}
		}
		catch (IOException | ClosedSelectorException ex) {
			end();
			return request.result();
		}
	}

	private void follow(PendingRequests.Request request, long deadline, long spinEnd, long now) {
		if (now - spinEnd < 0) {
			Thread.yield();
			return;
		}
		Thread current = Thread.currentThread();
		this.followers.add(current);
		try {
			request.park(Math.min(deadline - now, FOLLOWER_PARK_NANOS));
		}
		finally {
			this.followers.remove(current);
		}
	}

	private void handOver() {
		if (this.waiting.get() > 0 && !this.readLock.isLocked()) {
			for (Thread follower : this.followers) {
				LockSupport.unpark(follower);
				return;
			}
		}
	}

	/**
	 * Read the connection while no request waits, until the connection ends; the loop of
	 * the client thread.
	 */
	void readWhileIdle() {
		this.idleThread = Thread.currentThread();
		try {
			while (this.connection.isOpen()) {
				if (this.waiting.get() > 0) {
					LockSupport.parkNanos(this, IDLE_PARK_NANOS);
					continue;
				}
				this.idleSelector.select(IDLE_SELECT_MILLIS);
				this.idleSelector.selectedKeys().clear();
				if (this.waiting.get() == 0 && this.readLock.tryLock()) {
					try {
						drain();
					}
					finally {
						this.readLock.unlock();
					}
					handOver();
				}
			}
		}
		catch (IOException | ClosedSelectorException ex) {
			this.connection.close();
		}
	}

	private void drain() throws IOException {
		DecodeResult frame;
		while ((frame = this.connection.read()) != FrameReader.NOT_YET) {
			if (frame == null || !this.dispatcher.dispatch(frame)) {
				end();
				return;
			}
		}
	}

	private void end() {
		this.dispatcher.finish();
	}

	/**
	 * Wake the threads waiting on this reader; called when the connection closes.
	 */
	void wakeUp() {
		this.leaderSelector.wakeup();
		this.idleSelector.wakeup();
		Thread idle = this.idleThread;
		if (idle != null) {
			LockSupport.unpark(idle);
		}
	}

	/**
	 * Release the selectors; called by the client thread once the connection is closed.
	 */
	void release() {
		closeQuietly(this.leaderSelector);
		closeQuietly(this.idleSelector);
	}

	private static void closeQuietly(Selector selector) {
		try {
			selector.close();
		}
		catch (IOException ex) {
			// nothing more to release
		}
	}

}
