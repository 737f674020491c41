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

package org.hostipc.local;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.hostipc.IpcException;
import org.hostipc.transport.AbstractIpcEndpoint;
import org.hostipc.transport.Direction;
import org.hostipc.transport.EndpointState;
import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.IpcTimeoutException;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.transport.PeerUnavailableException;
import org.hostipc.transport.RemoteHandlerException;
import org.hostipc.wire.DecodeResult;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameCodec;
import org.hostipc.wire.FrameFlags;

/**
 * The sending end of an in-JVM channel: a sender for point-to-point and request-reply, a
 * publisher for publish-subscribe. Frames are encoded with the channel's limits (an
 * oversized one fails with {@link org.hostipc.wire.MessageTooLargeException}) and put
 * into the receiver's bounded buffer; a full buffer makes the send wait up to the send
 * timeout, then fail with {@link IpcTimeoutException}.
 *
 * @author hostipc
 */
final class LocalSender extends AbstractIpcEndpoint implements OutboundEndpoint {

	private final LocalOptions options;

	private final FrameCodec codec;

	private final String key;

	private final int minimumReceivers;

	private final AtomicLong correlationIds = new AtomicLong();

	LocalSender(String name, MessagingPattern pattern, LocalOptions options) {
		super(name, pattern, Direction.OUTBOUND);
		this.options = options;
		this.codec = new FrameCodec(options.limits());
		this.key = LocalRegistry.key(pattern, options.address());
		this.minimumReceivers = (pattern == MessagingPattern.PUBLISH_SUBSCRIBE) ? options.minSubscribers() : 1;
	}

	@Override
	public String transport() {
		return LocalEndpoints.ID;
	}

	@Override
	public void send(Frame frame) {
		byte[] bytes = this.codec.encode(frame.with(0, 0, System.nanoTime()));
		long deadline = System.nanoTime() + this.options.sendTimeout().toNanos();
		for (LocalReceiver receiver : receivers(deadline)) {
			deliver(receiver, new LocalReceiver.Delivery(bytes, null), deadline);
		}
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
		byte[] bytes = this.codec
			.encode(frame.with(FrameFlags.REQUEST, this.correlationIds.incrementAndGet(), System.nanoTime()));
		CompletableFuture<byte[]> reply = new CompletableFuture<>();
		deliver(receivers(sendDeadline).get(0), new LocalReceiver.Delivery(bytes, reply), sendDeadline);
		return replyOf(await(reply, replyDeadline, timeout));
	}

	private byte[] await(CompletableFuture<byte[]> reply, long deadline, Duration timeout) {
		try {
			return reply.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			this.counters.error(ErrorReason.TIMEOUT);
			throw new IpcTimeoutException("No reply on channel '" + name() + "' (local address '"
					+ this.options.address() + "') within " + timeout);
		}
		catch (ExecutionException ex) {
			this.counters.error(ErrorReason.DISCONNECTED);
			throw (ex.getCause() instanceof PeerUnavailableException unavailable) ? unavailable
					: new PeerUnavailableException(ex.getCause().getMessage(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IpcException("Interrupted while waiting for the reply on channel '" + name() + "'");
		}
	}

	private Frame replyOf(byte[] bytes) {
		DecodeResult result = this.codec.decode(ByteBuffer.wrap(bytes));
		if (!result.isSuccess()) {
			this.counters.error(ErrorReason.of(result.error()));
			throw new IpcException("The reply on channel '" + name() + "' was refused: " + result.detail());
		}
		Frame reply = result.frame();
		this.counters.received(bytes.length, reply.timestamp());
		if (reply.hasFlag(FrameFlags.ERROR)) {
			throw new RemoteHandlerException(new String(reply.payload(), StandardCharsets.UTF_8));
		}
		return reply;
	}

	private List<LocalReceiver> receivers(long deadline) {
		if (!isRunning()) {
			this.counters.error(ErrorReason.DISCONNECTED);
			throw new PeerUnavailableException("Channel '" + name() + "' is not started");
		}
		List<LocalReceiver> receivers;
		try {
			receivers = LocalRegistry.INSTANCE.await(this.key, this.minimumReceivers, deadline);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IpcException("Interrupted while waiting for a receiver on channel '" + name() + "'");
		}
		if (receivers.size() < this.minimumReceivers) {
			this.counters.error(ErrorReason.DISCONNECTED);
			throw new PeerUnavailableException(
					"No " + role() + " registered at local address '" + this.options.address() + "' within "
							+ this.options.sendTimeout() + " (channel '" + name() + "')");
		}
		return receivers;
	}

	private void deliver(LocalReceiver receiver, LocalReceiver.Delivery delivery, long deadline) {
		boolean taken;
		try {
			taken = receiver.offer(delivery, deadline);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IpcException("Interrupted while sending on channel '" + name() + "'");
		}
		catch (PeerUnavailableException ex) {
			this.counters.error(ErrorReason.DISCONNECTED);
			throw ex;
		}
		if (!taken) {
			this.counters.error(ErrorReason.TIMEOUT);
			throw new IpcTimeoutException("The " + role() + " of local address '" + this.options.address()
					+ "' did not take the frame within " + this.options.sendTimeout() + ": its buffer of "
					+ this.options.capacity() + " frames is full");
		}
		this.counters.sent(delivery.frame().length);
	}

	private String role() {
		return (pattern() == MessagingPattern.PUBLISH_SUBSCRIBE) ? "subscriber" : "receiver";
	}

	@Override
	protected void doStart() {
	}

	@Override
	protected void doStop() {
	}

	@Override
	public EndpointState state() {
		if (!isRunning()) {
			return EndpointState.down("not started", describe());
		}
		int receivers = LocalRegistry.INSTANCE.receivers(this.key).size();
		if (receivers < this.minimumReceivers) {
			return EndpointState.down("no " + role() + " at local address '" + this.options.address() + "'",
					describe());
		}
		return EndpointState.up(receivers + " " + role() + ((receivers != 1) ? "s" : "") + " at local address '"
				+ this.options.address() + "'", describe());
	}

	@Override
	public Map<String, Object> describe() {
		Map<String, Object> description = new LinkedHashMap<>();
		description.put("address", this.options.address());
		description.put("role", (pattern() == MessagingPattern.PUBLISH_SUBSCRIBE) ? "publisher" : "sender");
		description.put("receivers", LocalRegistry.INSTANCE.receivers(this.key).size());
		description.put("maxMessageSize", this.options.limits().maxPayloadLength());
		description.put("sendTimeout", this.options.sendTimeout().toString());
		return Map.copyOf(description);
	}

}
