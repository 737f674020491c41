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

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.hostipc.transport.Direction;
import org.hostipc.transport.ErrorReason;
import org.hostipc.IpcException;
import org.hostipc.transport.IpcTimeoutException;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.transport.PeerUnavailableException;
import org.hostipc.transport.RemoteHandlerException;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameFlags;
import org.hostipc.wire.FrameView;

/**
 * Outbound endpoint of a point-to-point or request-reply channel: a client that connects
 * to the inbound side's socket and writes frames on the caller's thread.
 * <p>
 * {@link #send(Frame)} writes directly when connected (one system call when the socket
 * buffer has room). While disconnected it waits up to the send timeout for the
 * connection, then fails with {@link PeerUnavailableException} whose message carries the
 * last connection error. A client that the server's allow-list refuses is in that state
 * for good: the server closes the connection without its {@code accepted} control frame,
 * so the client never uses it and every send fails after the send timeout with "the
 * server closed the connection without accepting it". A frame is "sent" once the kernel
 * accepted all of its bytes; a connection lost during a write is retried on the next
 * connection within the same timeout, because the receiver discards a partial frame. A
 * server that stops reading makes the write fail with {@link IpcTimeoutException} after
 * the send timeout; the connection is dropped if part of the frame was written (the rest
 * can never follow), kept otherwise.
 * <p>
 * {@link #request(Frame, Duration)} (request-reply only) registers the request under a
 * new correlation id, writes it, and waits for the reply, reading the socket itself when
 * no other thread does (see {@link SharedReader}): a lone requester gets its reply with
 * no thread hand-off. Any number of threads may have requests in flight on the
 * connection. A request already written is not retried: if the connection drops before
 * the reply, the request fails with {@link PeerUnavailableException}.
 * <p>
 * Thread-safe.
 *
 * @author hostipc
 */
final class UdsOutboundClientEndpoint extends AbstractUdsClientEndpoint implements OutboundEndpoint {

	private final PendingRequests pending = new PendingRequests();

	UdsOutboundClientEndpoint(String name, MessagingPattern pattern, UdsOptions options) {
		super(name, pattern, Direction.OUTBOUND, options);
	}

	@Override
	protected boolean sharedReads() {
		return true;
	}

	@Override
	public void send(Frame frame) {
		ByteBuffer bytes = encode(frame, 0, 0);
		long deadline = System.nanoTime() + this.options.sendTimeout().toNanos();
		write(bytes, deadline, null);
	}

	@Override
	public Frame request(Frame frame, Duration timeout) {
		if (pattern() != MessagingPattern.REQUEST_REPLY) {
			throw new UnsupportedOperationException("request() needs a request-reply channel; channel '" + name()
					+ "' is " + pattern().id() + ", use send()");
		}
		long start = System.nanoTime();
		long replyDeadline = start + timeout.toNanos();
		long sendDeadline = Math.min(start + this.options.sendTimeout().toNanos(), replyDeadline);
		PendingRequests.Request request = this.pending.create();
		UdsConnection connection = write(encode(frame, FrameFlags.REQUEST, request.id()), sendDeadline, request);
		Object result = connection.sharedReader().awaitReply(request, replyDeadline);
		if (result == null && this.pending.remove(request)) {
			if (Thread.currentThread().isInterrupted()) {
				throw new IpcException("Interrupted while waiting for the reply on channel '" + name() + "'");
			}
			this.counters.error(ErrorReason.TIMEOUT);
			throw new IpcTimeoutException(
					"No reply on channel '" + name() + "' (" + this.options.path() + ") within " + timeout);
		}
		if (result == null) {
			result = request.awaitCompletion();
		}
		return replyOf(result);
	}

	private Frame replyOf(Object result) {
		if (result instanceof IpcException failure) {
			this.counters.error(ErrorReason.DISCONNECTED);
			throw new PeerUnavailableException(failure.getMessage(), failure);
		}
		Frame reply = (Frame) result;
		if (reply.hasFlag(FrameFlags.ERROR)) {
			throw new RemoteHandlerException(new String(reply.payload(), StandardCharsets.UTF_8));
		}
		return reply;
	}

	/**
	 * Write a frame on the current connection, waiting for one and retrying on the next
	 * one if the connection is lost during the write.
	 * @return the connection the frame was written on
	 */
	private UdsConnection write(ByteBuffer bytes, long deadline, PendingRequests.Request request) {
		int length = bytes.remaining();
		while (true) {
			UdsClient client = client();
			UdsConnection connection = (client != null && isRunning()) ? client.awaitConnection(deadline) : null;
			if (connection == null) {
				throw unavailable(client);
			}
			if (request != null) {
				this.pending.register(request, connection);
			}
			UdsConnection.WriteStatus status = connection.write(bytes, deadline);
			if (status == UdsConnection.WriteStatus.WRITTEN) {
				this.counters.sent(length);
				return connection;
			}
			if (request != null) {
				this.pending.remove(request);
			}
			if (status == UdsConnection.WriteStatus.TIMED_OUT) {
				this.counters.error(ErrorReason.TIMEOUT);
				throw new IpcTimeoutException("The server on " + this.options.path() + " did not take the frame within "
						+ this.options.sendTimeout() + "; it is not reading");
			}
			if (status == UdsConnection.WriteStatus.INTERRUPTED) {
				throw new IpcException("Interrupted while sending on channel '" + name() + "'");
			}
			bytes.rewind();
		}
	}

	private RuntimeException unavailable(UdsClient client) {
		if (Thread.currentThread().isInterrupted()) {
			return new IpcException("Interrupted while waiting for a connection on channel '" + name() + "'");
		}
		this.counters.error(ErrorReason.DISCONNECTED);
		if (client == null || !isRunning()) {
			return new PeerUnavailableException("Channel '" + name() + "' is not started");
		}
		return new PeerUnavailableException("Not connected to " + this.options.path() + " within "
				+ this.options.sendTimeout() + ": " + client.lastError());
	}

	@Override
	public void onFrame(UdsConnection connection, FrameView frame) {
		if (frame.hasFlag(FrameFlags.REPLY) && !this.pending.complete(frame.toFrame())) {
			this.counters.error(ErrorReason.TIMEOUT);
		}
	}

	@Override
	public void onDisconnected(UdsConnection connection) {
		this.pending.failAll(connection, () -> new PeerUnavailableException(
				"The connection to " + this.options.path() + " was lost before the reply arrived"));
	}

	@Override
	protected void doStop() {
		super.doStop();
		this.pending.failAll(null,
				() -> new PeerUnavailableException("Channel '" + name() + "' was stopped before the reply arrived"));
	}

	@Override
	protected void describePeers(Map<String, Object> description) {
		super.describePeers(description);
		if (pattern() == MessagingPattern.REQUEST_REPLY) {
			description.put("pendingRequests", this.pending.size());
		}
	}

}
