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
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.hostipc.IpcException;
import org.hostipc.transport.AbstractIpcEndpoint;
import org.hostipc.transport.Direction;
import org.hostipc.transport.EndpointState;
import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.FrameHandler;
import org.hostipc.transport.InboundDispatch;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.PeerUnavailableException;
import org.hostipc.transport.RequestReplier;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameCodec;
import org.hostipc.wire.FrameError;
import org.hostipc.wire.FrameFlags;
import org.hostipc.wire.FrameView;

/**
 * The receiving end of an in-JVM channel: a receiver for point-to-point and
 * request-reply, a subscriber for publish-subscribe. Senders put encoded frames into its
 * bounded buffer; its thread ({@code ipc-local-<channel>}) checks each in place with the
 * same limits as the other transports and hands it to the handler as a {@link FrameView},
 * one at a time. On stop it takes no more frames, hands over those already buffered (for
 * at most the send timeout) and fails the requests it could not answer.
 *
 * @author hostipc
 */
final class LocalReceiver extends AbstractIpcEndpoint implements InboundEndpoint {

	private static final Log logger = LogFactory.getLog(LocalReceiver.class);

	private final LocalOptions options;

	private final String key;

	private final FrameCodec codec;

	private final BlockingQueue<Delivery> buffer;

	/** The view over the frame being handled; used by the receiving thread only. */
	private final FrameView view;

	private volatile FrameHandler handler;

	private volatile boolean accepting;

	private Thread thread;

	LocalReceiver(String name, MessagingPattern pattern, LocalOptions options) {
		super(name, pattern, Direction.INBOUND);
		this.options = options;
		this.key = LocalRegistry.key(pattern, options.address());
		this.codec = new FrameCodec(options.limits());
		this.buffer = new ArrayBlockingQueue<>(options.capacity());
		this.view = new FrameView(options.limits());
	}

	@Override
	public String transport() {
		return LocalEndpoints.ID;
	}

	String address() {
		return this.options.address();
	}

	String key() {
		return this.key;
	}

	@Override
	public void setHandler(FrameHandler handler) {
		this.handler = handler;
	}

	/**
	 * Buffer a frame, waiting for room until the deadline.
	 * @param delivery the frame
	 * @param deadline the {@link System#nanoTime()} deadline
	 * @return whether the frame was taken; {@code false} when the buffer stayed full
	 * @throws PeerUnavailableException if the receiver stopped
	 * @throws InterruptedException if interrupted while waiting
	 */
	boolean offer(Delivery delivery, long deadline) throws InterruptedException {
		if (!this.accepting) {
			throw new PeerUnavailableException("The receiver of local address '" + address() + "' stopped");
		}
		long start = System.nanoTime();
		if (this.buffer.offer(delivery)) {
			return true;
		}
		boolean taken = this.buffer.offer(delivery, deadline - start, TimeUnit.NANOSECONDS);
		this.counters.backpressureWaited(System.nanoTime() - start);
		return taken;
	}

	@Override
	protected void doStart() {
		if (this.handler == null) {
			throw new IllegalStateException("No handler set on channel '" + name() + "'");
		}
		this.accepting = true;
		try {
			LocalRegistry.INSTANCE.register(this);
		}
		catch (IpcException ex) {
			this.accepting = false;
			throw ex;
		}
		this.thread = new Thread(this::run, "ipc-local-" + name());
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void run() {
		while (this.accepting || !this.buffer.isEmpty()) {
			try {
				Delivery delivery = this.buffer.poll(100, TimeUnit.MILLISECONDS);
				if (delivery != null) {
					handle(delivery);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		failBuffered();
	}

	private void handle(Delivery delivery) {
		byte[] bytes = delivery.frame();
		FrameError error = this.view.wrap(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN), 0, bytes.length);
		if (error != null) {
			this.counters.error(ErrorReason.of(error));
			fail(delivery, "The frame was refused: " + this.codec.decode(ByteBuffer.wrap(bytes)).detail());
			return;
		}
		FrameView frame = this.view;
		this.counters.received(bytes.length, frame.timestamp());
		Replier replier = frame.hasFlag(FrameFlags.REQUEST) ? new Replier(delivery.reply(), frame.correlationId())
				: null;
		InboundDispatch.dispatch(this.handler, frame, replier, this, this.options.limits().maxPayloadLength(), logger);
	}

	private void failBuffered() {
		Delivery delivery;
		while ((delivery = this.buffer.poll()) != null) {
			this.counters.error(ErrorReason.DISCONNECTED);
			fail(delivery, "The receiver of local address '" + address() + "' stopped before handling the frame");
		}
	}

	private static void fail(Delivery delivery, String message) {
		if (delivery.reply() != null) {
			delivery.reply().completeExceptionally(new PeerUnavailableException(message));
		}
	}

	@Override
	protected void doStop() {
		this.accepting = false;
		LocalRegistry.INSTANCE.unregister(this);
		Thread reader = this.thread;
		if (reader != null && reader != Thread.currentThread()) {
			try {
				reader.join(this.options.sendTimeout().toMillis());
				if (reader.isAlive()) {
					reader.interrupt();
					reader.join(this.options.sendTimeout().toMillis());
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.thread = null;
	}

	@Override
	public EndpointState state() {
		if (!isRunning()) {
			return EndpointState.down("not started", describe());
		}
		Thread reader = this.thread;
		if (reader == null || !reader.isAlive()) {
			return EndpointState.down("the receiving thread ended", describe());
		}
		return EndpointState.up("receiving on local address '" + address() + "'", describe());
	}

	@Override
	public long backlog() {
		return this.buffer.size();
	}

	@Override
	public String backlogUnit() {
		return "messages";
	}

	@Override
	public Map<String, Object> describe() {
		Map<String, Object> description = new LinkedHashMap<>();
		description.put("address", address());
		description.put("role", (pattern() == MessagingPattern.PUBLISH_SUBSCRIBE) ? "subscriber" : "receiver");
		description.put("capacity", this.options.capacity());
		description.put("buffered", this.buffer.size());
		description.put("maxMessageSize", this.options.limits().maxPayloadLength());
		return Map.copyOf(description);
	}

	/**
	 * One encoded frame and, for a request, where its reply goes.
	 *
	 * @param frame the encoded frame
	 * @param reply the future that the reply completes, {@code null} for a one-way frame
	 */
	record Delivery(byte[] frame, CompletableFuture<byte[]> reply) {
	}

	private final class Replier extends RequestReplier {

		private final CompletableFuture<byte[]> reply;

		private final long correlationId;

		Replier(CompletableFuture<byte[]> reply, long correlationId) {
			this.reply = reply;
			this.correlationId = correlationId;
		}

		@Override
		protected void write(Frame reply, int flags) {
			byte[] bytes = LocalReceiver.this.codec.encode(reply.with(flags, this.correlationId, System.nanoTime()));
			LocalReceiver.this.counters.sent(bytes.length);
			this.reply.complete(bytes);
		}

	}

}
