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
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import jdk.net.UnixDomainPrincipal;

import org.hostipc.wire.DecodeResult;
import org.hostipc.wire.FrameCodec;

/**
 * One connected Unix domain stream socket carrying frames, in one of two modes:
 * <ul>
 * <li>Blocking (server side and subscribers): a reader thread blocks in {@code read} and
 * is woken directly by the kernel, like a raw JDK socket. A write that does not fit in
 * the socket buffer blocks; a {@link WriteWatchdog} closes the connection when such a
 * write outlives its deadline (a peer that stopped reading), and the writer gets
 * {@link WriteStatus#TIMED_OUT}.</li>
 * <li>Non-blocking (outbound clients, after the handshake, see
 * {@link #configureNonBlocking()}): reads are shared through a {@link SharedReader}; a
 * write that does not fit waits on a per-connection selector up to its deadline. When the
 * deadline passes with part of the frame written the connection is closed (the rest can
 * never be sent); when nothing was written it stays open.</li>
 * </ul>
 * In both modes a write that fits in the socket buffer is one system call on the caller's
 * thread.
 * <p>
 * Threading: {@link #write} may be called from any number of threads; a lock per
 * connection keeps frames whole. {@link #read()} is called by one thread at a time (the
 * reader thread, or the holder of the shared reader's lock). {@link #close()} may be
 * called from any thread and wakes blocked readers and writers.
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

	private volatile boolean blocking = true;

	private volatile long writeDeadline;

	private volatile boolean writing;

	private volatile boolean writable = true;

	private volatile boolean timedOut;

	private volatile long readDeadline;

	private volatile boolean expecting;

	private volatile SharedReader sharedReader;

	private volatile Selector writeSelector;

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

	SocketChannel channel() {
		return this.channel;
	}

	/**
	 * Switch to non-blocking mode, for connections read through a {@link SharedReader}.
	 * @param sharedReader the reader of this connection
	 * @throws IOException if the mode cannot be changed
	 */
	void configureNonBlocking(SharedReader sharedReader) throws IOException {
		this.channel.configureBlocking(false);
		this.blocking = false;
		this.sharedReader = sharedReader;
	}

	/**
	 * Return the shared reader of a non-blocking connection.
	 * @return the reader, {@code null} in blocking mode
	 */
	SharedReader sharedReader() {
		return this.sharedReader;
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
			return this.blocking ? writeBlocking(frame, deadline) : writeNonBlocking(frame, deadline);
		}
		catch (IOException ex) {
			close();
			return this.timedOut ? WriteStatus.TIMED_OUT : WriteStatus.CLOSED;
		}
		finally {
			this.writeLock.unlock();
		}
	}

	private WriteStatus writeBlocking(ByteBuffer frame, long deadline) throws IOException {
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

	private WriteStatus writeNonBlocking(ByteBuffer frame, long deadline) throws IOException {
		int start = frame.position();
		this.channel.write(frame);
		while (frame.hasRemaining()) {
			long remaining = deadline - System.nanoTime();
			if (remaining <= 0) {
				if (frame.position() != start) {
					this.timedOut = true;
					close();
				}
				return WriteStatus.TIMED_OUT;
			}
			awaitWritable(remaining);
			this.channel.write(frame);
		}
		return WriteStatus.WRITTEN;
	}

	private void awaitWritable(long nanos) throws IOException {
		if (this.writeSelector == null) {
			this.writeSelector = Selector.open();
			this.channel.register(this.writeSelector, SelectionKey.OP_WRITE);
		}
		this.writeSelector.select(Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos)));
		this.writeSelector.selectedKeys().clear();
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
	 * Close the connection if a blocking write has been stuck past its deadline, or an
	 * expected frame has not arrived by its deadline. Called by the watchdog thread.
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
	 * Return whether this connection was closed because something took too long.
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
	 * Read the next frame; called by one thread at a time.
	 * @return the result, {@link FrameReader#NOT_YET} in non-blocking mode when no
	 * complete frame is available, or {@code null} at the end of the stream
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
			closeQuietly(this.channel);
			SharedReader shared = this.sharedReader;
			if (shared != null) {
				shared.wakeUp();
			}
			Selector selector = this.writeSelector;
			if (selector != null) {
				selector.wakeup();
			}
		}
	}

	/**
	 * Release the write selector; called once no thread can write any more.
	 */
	void release() {
		this.writeLock.lock();
		try {
			closeQuietly(this.writeSelector);
			this.writeSelector = null;
		}
		finally {
			this.writeLock.unlock();
		}
	}

	private static void closeQuietly(AutoCloseable closeable) {
		if (closeable != null) {
			try {
				closeable.close();
			}
			catch (Exception ex) {
				// the descriptor is released even when close reports an error
			}
		}
	}

	@Override
	public String toString() {
		return "connection " + this.id + " (" + PeerAuthorizer.describe(this.peer) + ")";
	}

}
