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
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import jdk.net.UnixDomainPrincipal;

import org.hostipc.wire.DecodeResult;
import org.hostipc.wire.FrameCodec;

/**
 * One connected Unix domain stream socket carrying frames.
 * <p>
 * The channel stays in blocking mode: a blocked reader is woken directly by the kernel
 * and a write that fits in the socket buffer is one system call on the caller's thread,
 * exactly like a raw JDK socket. Writes are bounded in time by a {@link WriteWatchdog}
 * that closes a connection whose write is still blocked after its deadline (a peer that
 * stopped reading); the blocked writer then returns {@link WriteStatus#TIMED_OUT}. A
 * timed-out connection is always closed, which is also the only safe outcome once part of
 * a frame may have been written.
 * <p>
 * Threading: {@link #write} may be called from any number of threads; a lock per
 * connection keeps frames whole. {@link #read()} is called by exactly one thread, the
 * connection's reader. {@link #close()} may be called from any thread and wakes blocked
 * readers and writers.
 *
 * @author hostipc
 */
final class UdsConnection {

	/** The outcome of a write; backpressure and failures are values, not exceptions. */
	enum WriteStatus {

		/** The whole frame was handed to the kernel. */
		WRITTEN,

		/** The deadline passed waiting for the lock or for the peer to read. */
		TIMED_OUT,

		/** The connection is closed or closing; nothing more can be written. */
		CLOSED,

		/** The calling thread was interrupted while waiting for the write lock. */
		INTERRUPTED

	}

	private final SocketChannel channel;

	private final UnixDomainPrincipal peer;

	private final String id;

	private final FrameReader reader;

	private final ReentrantLock writeLock = new ReentrantLock();

	private final AtomicBoolean closed = new AtomicBoolean();

	private volatile long writeDeadline;

	private volatile boolean writing;

	private volatile boolean writable = true;

	private volatile boolean timedOut;

	private volatile long readDeadline;

	private volatile boolean expecting;

	UdsConnection(SocketChannel channel, UnixDomainPrincipal peer, String id, FrameCodec codec) {
		this.channel = channel;
		this.peer = peer;
		this.id = id;
		this.reader = new FrameReader(channel, codec);
	}

	/**
	 * Return the peer's credentials.
	 * @return the credentials read through {@code SO_PEERCRED}
	 */
	UnixDomainPrincipal peer() {
		return this.peer;
	}

	/**
	 * Return a short identifier for thread names and logs.
	 * @return the id
	 */
	String id() {
		return this.id;
	}

	/**
	 * Write one encoded frame.
	 * @param frame the frame bytes, from position to limit; the position advances
	 * @param deadline the {@link System#nanoTime()} by which the write must complete
	 * @return the outcome
	 */
	WriteStatus write(ByteBuffer frame, long deadline) {
		if (!this.writeLock.tryLock()) {
			WriteStatus status = lockSlowly(deadline);
			if (status != null) {
				return status;
			}
		}
		try {
			if (!this.writable || this.closed.get()) {
				return WriteStatus.CLOSED;
			}
			this.writeDeadline = deadline;
			this.writing = true;
			try {
				while (frame.hasRemaining()) {
					this.channel.write(frame);
				}
			}
			finally {
				this.writing = false;
			}
			return WriteStatus.WRITTEN;
		}
		catch (IOException ex) {
			close();
			return this.timedOut ? WriteStatus.TIMED_OUT : WriteStatus.CLOSED;
		}
		finally {
			this.writeLock.unlock();
		}
	}

	private WriteStatus lockSlowly(long deadline) {
		try {
			if (this.writeLock.tryLock(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
				return null;
			}
			return this.closed.get() ? WriteStatus.CLOSED : WriteStatus.TIMED_OUT;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return WriteStatus.INTERRUPTED;
		}
	}

	/**
	 * Close the connection if a write has been blocked past its deadline, or an expected
	 * frame has not arrived by its deadline. Called by the watchdog thread.
	 * @param now the current {@link System#nanoTime()}
	 * @return {@code true} if the connection was closed by this call
	 */
	boolean expire(long now) {
		boolean late = (this.writing && now - this.writeDeadline > 0)
				|| (this.expecting && now - this.readDeadline > 0);
		if (late && !this.closed.get()) {
			this.timedOut = true;
			close();
			return true;
		}
		return false;
	}

	/**
	 * Require a frame (such as the server's handshake) to arrive by a deadline; the
	 * watchdog closes the connection otherwise.
	 * @param deadline the {@link System#nanoTime()} deadline
	 */
	void expectBy(long deadline) {
		this.readDeadline = deadline;
		this.expecting = true;
	}

	/**
	 * Remove the deadline set by {@link #expectBy(long)}.
	 */
	void expectNothing() {
		this.expecting = false;
	}

	/**
	 * Return whether the watchdog closed this connection.
	 * @return {@code true} after a write or an expected read timed out
	 */
	boolean hasTimedOut() {
		return this.timedOut;
	}

	/**
	 * Stop writing on this connection and half-close it, so that the peer reads what was
	 * written and then the end of the stream, while this side can still read the peer's
	 * remaining frames. Waits for a write in progress up to the deadline.
	 * @param deadline the {@link System#nanoTime()} deadline
	 */
	void shutdownOutput(long deadline) {
		this.writable = false;
		try {
			if (this.writeLock.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
				try {
					this.channel.shutdownOutput();
				}
				finally {
					this.writeLock.unlock();
				}
				return;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException ex) {
			// the peer is gone: closing below releases the socket
		}
		close();
	}

	/**
	 * Read the next frame; called only by the connection's reader thread.
	 * @return the result, or {@code null} at the end of the stream
	 * @throws IOException if reading fails, including after {@link #close()}
	 */
	DecodeResult read() throws IOException {
		return this.reader.next();
	}

	/**
	 * Return the frame reader, for the length and sync state of the last frame.
	 * @return the reader
	 */
	FrameReader reader() {
		return this.reader;
	}

	/**
	 * Return whether the connection accepts writes.
	 * @return {@code true} until it is closed or half-closed
	 */
	boolean isWritable() {
		return this.writable && !this.closed.get();
	}

	boolean isOpen() {
		return !this.closed.get();
	}

	/**
	 * Close the socket; wakes threads blocked reading or writing it. Idempotent.
	 */
	void close() {
		if (this.closed.compareAndSet(false, true)) {
			this.writable = false;
			try {
				this.channel.close();
			}
			catch (IOException ex) {
				// the descriptor is released even when close reports an error
			}
		}
	}

	@Override
	public String toString() {
		return "connection " + this.id + " (" + PeerAuthorizer.describe(this.peer) + ")";
	}

}
