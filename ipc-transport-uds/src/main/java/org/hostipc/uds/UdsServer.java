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
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.hostipc.transport.EndpointCounters;
import org.hostipc.transport.ErrorReason;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameCodec;

/**
 * The listening side of a channel: binds the socket file, accepts connections, checks
 * each peer's credentials and reads every connection on its own thread.
 * <p>
 * Threads: one accept thread {@code ipc-uds-<channel>-accept}, one reader thread per
 * connection {@code ipc-uds-<channel>-conn-<n>}, and the write watchdog. A thread per
 * connection (rather than a selector) keeps the receive path a blocking read woken
 * directly by the kernel, with the handler running on that same thread: no hand-off, and
 * a slow handler only slows its own peer. Same-host channels have few peers, so the
 * thread count stays small.
 * <p>
 * Refused peers are closed right after {@code accept}, before any byte is sent to them;
 * they are counted as {@link ErrorReason#UNAUTHORIZED} and logged once per user and
 * group.
 * <p>
 * {@link #start()} and {@link #stop()} are called under the owning endpoint's lifecycle
 * lock; {@link #connections()} may be called from any thread.
 *
 * @author hostipc
 */
final class UdsServer {

	private static final Log logger = LogFactory.getLog(UdsServer.class);

	private static final long ACCEPT_ERROR_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

	private final String channelName;

	private final UdsOptions options;

	private final FrameCodec codec;

	private final PeerAuthorizer authorizer;

	private final EndpointCounters counters;

	private final ConnectionListener listener;

	private final WriteWatchdog watchdog;

	private final Map<UdsConnection, Thread> readers = new ConcurrentHashMap<>();

	private final AtomicLong connectionIds = new AtomicLong();

	private volatile ServerSocketChannel serverChannel;

	private volatile boolean listening;

	private volatile String lastError = "not started";

	private Object fileKey;

	private Thread acceptThread;

	UdsServer(String channelName, UdsOptions options, FrameCodec codec, EndpointCounters counters,
			ConnectionListener listener) {
		this.channelName = channelName;
		this.options = options;
		this.codec = codec;
		this.authorizer = PeerAuthorizer.of(options);
		this.counters = counters;
		this.listener = listener;
		this.watchdog = new WriteWatchdog(channelName, options.sendTimeout());
	}

	/**
	 * Prepare the socket path, bind and start accepting.
	 * @throws org.hostipc.IpcException if the path cannot be used
	 */
	void start() {
		Path path = this.options.path();
		SocketFiles.createDirectories(path.getParent(), this.options.directoryPermissions());
		SocketFiles.removeStaleSocket(path);
		this.serverChannel = SocketFiles.bind(path, this.options.socketPermissions());
		this.fileKey = SocketFiles.fileKey(path);
		this.listening = true;
		this.watchdog.start();
		this.acceptThread = Threads.start("ipc-uds-" + this.channelName + "-accept", this::acceptLoop);
	}

	private void acceptLoop() {
		ServerSocketChannel server = this.serverChannel;
		while (this.listening) {
			try {
				accepted(server.accept());
			}
			catch (ClosedChannelException ex) {
				break;
			}
			catch (IOException ex) {
				this.counters.error(ErrorReason.IO);
				logger.warn("Accepting a connection on " + this.options.path() + " failed: " + ex);
				LockSupport.parkNanos(ACCEPT_ERROR_PAUSE_NANOS);
			}
		}
		if (this.listening) {
			this.listening = false;
			this.lastError = "the listening socket was closed";
		}
	}

	private void accepted(SocketChannel channel) {
		UnixDomainPrincipal peer;
		try {
			peer = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
		}
		catch (IOException ex) {
			close(channel);
			return;
		}
		if (!this.authorizer.isAllowed(peer)) {
			close(channel);
			this.counters.error(ErrorReason.UNAUTHORIZED);
			if (this.authorizer.recordRefusal(peer)) {
				logger.warn("Refused a connection on " + this.options.path() + " from " + PeerAuthorizer.describe(peer)
						+ ": allowed peers are " + this.authorizer.description() + " (logged once per peer)");
			}
			return;
		}
		UdsConnection connection = new UdsConnection(channel, peer,
				this.channelName + "-conn-" + this.connectionIds.incrementAndGet(), this.codec);
		this.watchdog.watch(connection);
		long deadline = System.nanoTime() + this.options.sendTimeout().toNanos();
		if (connection.write(ControlFrames.encode(this.codec, ControlFrames.ACCEPTED),
				deadline) != UdsConnection.WriteStatus.WRITTEN) {
			connection.close();
			this.watchdog.forget(connection);
			return;
		}
		Thread reader = new Thread(() -> read(connection), "ipc-uds-" + connection.id());
		reader.setDaemon(true);
		this.readers.put(connection, reader);
		this.listener.onConnected(connection);
		reader.start();
	}

	private void read(UdsConnection connection) {
		try {
			new FrameDispatcher(connection, this.listener, this::onControl, this.counters).readUntilEnd();
		}
		finally {
			this.watchdog.forget(connection);
			this.readers.remove(connection);
			this.listener.onDisconnected(connection);
		}
	}

	private void onControl(UdsConnection connection, Frame frame) {
		// clients send no control frames in this version; unknown ones are ignored
	}

	/**
	 * Return the open connections.
	 * @return a snapshot of the connections
	 */
	List<UdsConnection> connections() {
		return new ArrayList<>(this.readers.keySet());
	}

	boolean isListening() {
		return this.listening;
	}

	String lastError() {
		return this.lastError;
	}

	/**
	 * Stop accepting, delete the socket file, let connected clients drain (they are told
	 * to stop writing and the frames they already wrote are still handled, up to the
	 * drain timeout), then close every connection and end every thread.
	 * @param drainTimeout how long to wait for clients to finish
	 */
	void stop(Duration drainTimeout) {
		this.listening = false;
		this.lastError = "stopped";
		close(this.serverChannel);
		if (this.acceptThread != null) {
			Threads.join(this.acceptThread, drainTimeout);
		}
		SocketFiles.deleteIfSame(this.options.path(), this.fileKey);
		long deadline = System.nanoTime() + drainTimeout.toNanos();
		for (UdsConnection connection : this.readers.keySet()) {
			connection.write(ControlFrames.encode(this.codec, ControlFrames.GOODBYE), deadline);
		}
		for (Thread reader : this.readers.values()) {
			long remaining = deadline - System.nanoTime();
			if (remaining > 0) {
				joinQuietly(reader, remaining);
			}
		}
		for (Map.Entry<UdsConnection, Thread> entry : this.readers.entrySet()) {
			entry.getKey().close();
			Threads.join(entry.getValue(), drainTimeout);
		}
		this.watchdog.stop(drainTimeout);
	}

	private static void joinQuietly(Thread thread, long nanos) {
		try {
			TimeUnit.NANOSECONDS.timedJoin(thread, nanos);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void close(java.nio.channels.Channel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				// the descriptor is released even when close reports an error
			}
		}
	}

}
