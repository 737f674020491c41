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
import java.net.StandardProtocolFamily;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.hostipc.transport.EndpointCounters;
import org.hostipc.transport.ErrorReason;
import org.hostipc.wire.DecodeResult;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameCodec;

/**
 * The connecting side of a channel: one thread, {@code ipc-uds-<channel>-client},
 * connects in the background, waits for the server's {@code accepted} control frame, then
 * reads the connection until it ends, and reconnects with exponential backoff (from the
 * initial to the maximum reconnect backoff; the first attempt after losing a connection
 * is immediate). The server's credentials are checked against the same allow-list that a
 * server applies to its clients.
 * <p>
 * Threading: senders call {@link #awaitConnection(long)} from any thread and write on the
 * returned connection themselves. {@link #start()} and {@link #stop(Duration)} are called
 * under the owning endpoint's lifecycle lock.
 *
 * @author hostipc
 */
final class UdsClient {

	private static final Log logger = LogFactory.getLog(UdsClient.class);

	private final String channelName;

	private final UdsOptions options;

	private final FrameCodec codec;

	private final PeerAuthorizer authorizer;

	private final EndpointCounters counters;

	private final ConnectionListener listener;

	private final WriteWatchdog watchdog;

	private final boolean sharedReads;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	private volatile boolean running;

	private volatile UdsConnection current;

	private volatile SocketChannel connecting;

	private volatile String lastError = "not connected yet";

	private long connectionCount;

	private Thread thread;

	UdsClient(String channelName, UdsOptions options, FrameCodec codec, EndpointCounters counters,
			ConnectionListener listener, boolean sharedReads) {
		this.channelName = channelName;
		this.options = options;
		this.codec = codec;
		this.authorizer = PeerAuthorizer.of(options);
		this.counters = counters;
		this.listener = listener;
		this.watchdog = new WriteWatchdog(channelName, options.sendTimeout());
		this.sharedReads = sharedReads;
	}

	/**
	 * Start connecting in the background; never fails because the server is absent.
	 */
	void start() {
		SocketFiles.address(this.options.path());
		this.running = true;
		this.watchdog.start();
		this.thread = Threads.start("ipc-uds-" + this.channelName + "-client", this::run);
	}

	private void run() {
		long backoff = this.options.reconnectInitialBackoff().toNanos();
		while (this.running) {
			UdsConnection connection = connect();
			if (connection != null && serve(connection)) {
				backoff = this.options.reconnectInitialBackoff().toNanos();
				continue;
			}
			LockSupport.parkNanos(this, backoff);
			backoff = Math.min(backoff * 2, this.options.reconnectMaxBackoff().toNanos());
		}
	}

	/**
	 * Publish a connection and read it until it ends.
	 * @return {@code false} if the connection could not be used at all
	 */
	private boolean serve(UdsConnection connection) {
		FrameDispatcher dispatcher = new FrameDispatcher(connection, this.listener, this::onControl, this.counters);
		SharedReader shared = (this.sharedReads) ? shareReads(connection, dispatcher) : null;
		if (this.sharedReads && shared == null) {
			return false;
		}
		this.watchdog.watch(connection);
		publish(connection);
		if (!this.running) {
			connection.close();
		}
		try {
			this.listener.onConnected(connection);
			if (shared != null) {
				shared.readWhileIdle();
			}
			else {
				dispatcher.readUntilEnd();
			}
		}
		finally {
			this.current = null;
			this.lastError = "the connection was lost";
			this.watchdog.forget(connection);
			this.listener.onDisconnected(connection);
			connection.close();
			if (shared != null) {
				shared.release();
			}
			connection.release();
		}
		return true;
	}

	private SharedReader shareReads(UdsConnection connection, FrameDispatcher dispatcher) {
		SharedReader shared = null;
		try {
			shared = new SharedReader(connection, dispatcher);
			shared.attach();
			return shared;
		}
		catch (IOException ex) {
			connection.close();
			if (shared != null) {
				shared.release();
			}
			this.lastError = "cannot set up the connection: " + ex;
			return null;
		}
	}

	private UdsConnection connect() {
		SocketChannel channel = null;
		try {
			channel = SocketChannel.open(StandardProtocolFamily.UNIX);
			this.connecting = channel;
			if (!this.running) {
				return closeAndFail(channel, "stopped");
			}
			channel.connect(SocketFiles.address(this.options.path()));
			UnixDomainPrincipal peer = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
			if (!this.authorizer.isAllowed(peer)) {
				return refuseServer(channel, peer);
			}
			UdsConnection connection = new UdsConnection(channel, peer,
					this.channelName + "-client-" + (++this.connectionCount), this.codec);
			return handshake(connection);
		}
		catch (IOException ex) {
			return closeAndFail(channel, (ex.getMessage() != null) ? ex.getMessage() : ex.toString());
		}
		finally {
			this.connecting = null;
		}
	}

	private UdsConnection handshake(UdsConnection connection) {
		this.watchdog.watch(connection);
		connection.expectBy(System.nanoTime() + this.options.sendTimeout().toNanos());
		DecodeResult result;
		try {
			result = connection.read();
		}
		catch (IOException ex) {
			connection.close();
			this.lastError = connection.hasTimedOut()
					? "the server did not accept the connection within " + this.options.sendTimeout()
					: "the handshake failed: " + ex;
			return null;
		}
		finally {
			connection.expectNothing();
			this.watchdog.forget(connection);
		}
		if (result == FrameReader.READY
				&& ControlFrames.is(connection.reader().view().toFrame(), ControlFrames.ACCEPTED)) {
			return connection;
		}
		connection.close();
		if (result == null) {
			this.counters.error(ErrorReason.DISCONNECTED);
			this.lastError = "the server closed the connection without accepting it (is this process's uid or gid"
					+ " in the server's allowed peers?)";
		}
		else {
			this.counters.error(ErrorReason.DECODE);
			this.lastError = "the server did not start the connection with an 'accepted' control frame ("
					+ ((result == FrameReader.READY) ? connection.reader().view() : result.detail()) + ")";
		}
		return null;
	}

	private UdsConnection refuseServer(SocketChannel channel, UnixDomainPrincipal peer) {
		this.counters.error(ErrorReason.UNAUTHORIZED);
		String reason = "the server runs as " + PeerAuthorizer.describe(peer) + ", not an allowed peer ("
				+ this.authorizer.description() + ")";
		if (this.authorizer.recordRefusal(peer)) {
			logger.warn("Refused to use the server on " + this.options.path() + ": " + reason + " (logged once)");
		}
		return closeAndFail(channel, reason);
	}

	private UdsConnection closeAndFail(SocketChannel channel, String reason) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				// the descriptor is released even when close reports an error
			}
		}
		this.lastError = reason;
		return null;
	}

	private void onControl(UdsConnection connection, Frame frame) {
		if (ControlFrames.is(frame, ControlFrames.GOODBYE)) {
			connection.shutdownOutput(System.nanoTime() + this.options.sendTimeout().toNanos());
		}
	}

	private void publish(UdsConnection connection) {
		this.lock.lock();
		try {
			this.current = connection;
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Return a writable connection, waiting for one up to the deadline.
	 * @param deadline the {@link System#nanoTime()} deadline
	 * @return the connection, or {@code null} if none was available in time, the client
	 * is stopped or the calling thread was interrupted (its interrupt status is then set)
	 */
	UdsConnection awaitConnection(long deadline) {
		UdsConnection connection = this.current;
		if (connection != null && connection.isWritable()) {
			return connection;
		}
		this.lock.lock();
		try {
			while (this.running && ((connection = this.current) == null || !connection.isWritable())) {
				long remaining = deadline - System.nanoTime();
				if (remaining <= 0) {
					return null;
				}
				this.changed.awaitNanos(remaining);
			}
			return this.running ? connection : null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Return the connection in use.
	 * @return the connection, or {@code null} when not connected
	 */
	UdsConnection current() {
		return this.current;
	}

	/**
	 * Return why the client is not connected.
	 * @return the last connection error
	 */
	String lastError() {
		return this.lastError;
	}

	/**
	 * Stop reconnecting, close the connection and end the thread.
	 * @param timeout how long to wait for the thread
	 */
	void stop(Duration timeout) {
		this.running = false;
		this.lastError = "stopped";
		SocketChannel pending = this.connecting;
		if (pending != null) {
			try {
				pending.close();
			}
			catch (IOException ex) {
				// the descriptor is released even when close reports an error
			}
		}
		UdsConnection connection = this.current;
		if (connection != null) {
			connection.close();
		}
		this.lock.lock();
		try {
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
		if (this.thread != null) {
			LockSupport.unpark(this.thread);
			Threads.join(this.thread, timeout);
		}
		this.watchdog.stop(timeout);
	}

}
