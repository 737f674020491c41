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

package org.hostipc.shm;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.agrona.concurrent.IdleStrategy;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.transport.Direction;
import org.hostipc.transport.EndpointState;
import org.hostipc.transport.ErrorReason;
import org.hostipc.IpcException;
import org.hostipc.transport.IpcTimeoutException;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.PeerUnavailableException;
import org.hostipc.transport.RemoteHandlerException;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameFlags;
import org.hostipc.wire.FrameView;

/**
 * A producer of a point-to-point or request-reply channel: attaches to the channel's ring
 * (created by the consumer; attaching is retried while the file is missing) and writes
 * frames into it.
 * <p>
 * For request-reply it owns a reply ring, named by a token in the upper 32 bits of each
 * request's correlation id (see {@link ReplyRings}). No thread reads the reply ring: a
 * requesting thread drains it while waiting for its own reply (one thread at a time,
 * completing the replies of the others too), so a reply reaches its requester without a
 * thread hand-off. On start, reply rings left by dead requesters of the channel are
 * deleted.
 *
 * @author hostipc
 */
final class ShmOutboundEndpoint extends AbstractShmEndpoint implements OutboundEndpoint {

	private static final long ATTACH_RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

	private final Object attachMonitor = new Object();

	private final String replyRingName;

	private final int replyToken;

	private final RingConsumer replies;

	private final AtomicLong correlationIds = new AtomicLong();

	private final Map<Long, PendingReply> pending = new ConcurrentHashMap<>();

	private final ReentrantLock drainLock = new ReentrantLock();

	private final ThreadLocal<IdleStrategy> replyIdleStrategies;

	private volatile ShmRing target;

	private volatile String lastError = "not attached yet";

	private long nextAttach;

	private long nextReplacedCheck;

	private RingReader replyReader;

	ShmOutboundEndpoint(String name, MessagingPattern pattern, ShmOptions options, ShmFiles files) {
		super(name, pattern, Direction.OUTBOUND, options, files);
		if (pattern == MessagingPattern.REQUEST_REPLY) {
			this.replyToken = freeReplyToken(options.directory(), name);
			this.replyRingName = ReplyRings.replyRingName(name, this.replyToken);
			this.replies = new RingConsumer("ipc-shm-" + name + "-replies",
					options.directory().resolve(this.replyRingName), this.files, options, this.codec, this.counters,
					null);
		}
		else {
			this.replyToken = 0;
			this.replyRingName = null;
			this.replies = null;
		}
		this.replyIdleStrategies = ThreadLocal.withInitial(() -> options.idleStrategy().create(options.maxPark()));
	}

	@Override
	protected void open() {
		this.files.ensureDirectory(this.options.directory());
		if (this.replies != null) {
			this.files.deleteDeadRings(this.options.directory(), ReplyRings.replyRingPrefix(name()));
			this.replies.start();
			this.replyReader = new RingReader(this.replyRingName, this.replies.ring(), this.codec, this.counters,
					this.options.producerStallTimeout().toNanos(), this::onReply);
		}
		synchronized (this.attachMonitor) {
			this.nextAttach = System.nanoTime();
		}
		attach();
	}

	@Override
	protected void doStop() {
		if (this.replies != null) {
			this.replies.stop(true);
			for (Long id : this.pending.keySet()) {
				PendingReply reply = this.pending.remove(id);
				if (reply != null) {
					reply.result = new PeerUnavailableException(
							"Channel '" + name() + "' was stopped before the reply arrived");
				}
			}
		}
		this.target = null;
	}

	/**
	 * Return the attached ring, attaching (at most every 50 ms) if needed.
	 * @return the ring, or {@code null} if it cannot be attached now
	 */
	private ShmRing attach() {
		ShmRing ring = this.target;
		if (ring != null) {
			return ring;
		}
		synchronized (this.attachMonitor) {
			long now = System.nanoTime();
			if (this.target != null || now - this.nextAttach < 0) {
				return this.target;
			}
			this.nextAttach = now + ATTACH_RETRY_NANOS;
			Path file = channelRing();
			if (!Files.exists(file)) {
				this.lastError = "the ring file " + file + " does not exist (no consumer has started)";
				return null;
			}
			try {
				this.target = this.files.open(file);
			}
			catch (IpcException ex) {
				this.lastError = ex.getMessage();
			}
			return this.target;
		}
	}

	@Override
	public void send(Frame frame) {
		int length = encodedLength(frame);
		long timestamp = System.nanoTime();
		long deadline = sendDeadline(timestamp);
		ShmRing ring = reattachIfReplaced(awaitTarget(deadline), timestamp);
		completeWrite(ring, this.writer.write(ring, frame, 0, 0, timestamp, length, deadline, true), length);
	}

	@Override
	public void send(Map<String, Object> headers, ByteBuffer payload) {
		int length = encodedLength(headers, payload);
		long timestamp = System.nanoTime();
		long deadline = sendDeadline(timestamp);
		ShmRing ring = reattachIfReplaced(awaitTarget(deadline), timestamp);
		completeWrite(ring, this.writer.write(ring, headers, payload, timestamp, length, deadline, true), length);
	}

	/**
	 * Reattach if the ring file was replaced (deleted and created again by a new
	 * consumer) while the attached one has no live consumer; checked at most every 50 ms.
	 * @param ring the attached ring
	 * @param nowNanos the current {@link System#nanoTime()}
	 * @return the ring to use
	 */
	private ShmRing reattachIfReplaced(ShmRing ring, long nowNanos) {
		if (ring.isConsumerAliveCached(nowNanos, this.options.heartbeatTimeout().toMillis())) {
			return ring;
		}
		synchronized (this.attachMonitor) {
			long now = System.nanoTime();
			if (this.target != ring || now - this.nextReplacedCheck < 0) {
				return (this.target != null) ? this.target : ring;
			}
			this.nextReplacedCheck = now + ATTACH_RETRY_NANOS;
			Object key = ShmFiles.fileKey(channelRing());
			if (key == null || key.equals(ring.fileKey())) {
				return ring;
			}
			this.target = null;
			this.nextAttach = now;
		}
		ShmRing reattached = attach();
		return (reattached != null) ? reattached : ring;
	}

	private void completeWrite(ShmRing ring, RingWriter.Outcome outcome, int length) {
		switch (outcome) {
			case WRITTEN -> this.counters.sent(length);
			case DROPPED -> this.counters.dropped();
			case FULL -> {
				this.counters.error(ErrorReason.TIMEOUT);
				throw new IpcTimeoutException("The ring " + ring.path() + " of channel '" + name()
						+ "' stayed full for " + this.options.sendTimeout() + ": its consumer (pid "
						+ ring.consumerPid() + ") is not keeping up");
			}
			case CONSUMER_DOWN -> {
				this.counters.error(ErrorReason.TIMEOUT);
				throw new IpcTimeoutException("No live consumer on ring " + ring.path() + " of channel '" + name()
						+ "' within " + this.options.sendTimeout() + ": " + heartbeatText(ring));
			}
		}
	}

	private ShmRing awaitTarget(long deadline) {
		ShmRing ring = attach();
		IdleStrategy idle = null;
		while (ring == null) {
			if (!isRunning()) {
				this.counters.error(ErrorReason.DISCONNECTED);
				throw new PeerUnavailableException("Channel '" + name() + "' is not started");
			}
			if (System.nanoTime() - deadline >= 0) {
				this.counters.error(ErrorReason.DISCONNECTED);
				throw new PeerUnavailableException("Channel '" + name() + "' could not attach to its ring within "
						+ this.options.sendTimeout() + ": " + this.lastError);
			}
			if (idle == null) {
				idle = this.options.idleStrategy().create(this.options.maxPark());
			}
			idle.idle();
			ring = attach();
		}
		return ring;
	}

	@Override
	public Frame request(Frame frame, Duration timeout) {
		if (this.replies == null) {
			throw new UnsupportedOperationException("request() needs a request-reply channel; channel '" + name()
					+ "' is " + pattern().id() + ", use send()");
		}
		// one clock read: the deadlines and the frame's send timestamp
		long timestamp = System.nanoTime();
		long replyDeadline = timestamp + timeout.toNanos();
		long sendDeadline = Math.min(timestamp + this.options.sendTimeout().toNanos(), replyDeadline);
		long id = ReplyRings.correlationId(this.replyToken, this.correlationIds.incrementAndGet());
		Frame request = frame;
		int length = encodedLength(request);
		PendingReply reply = new PendingReply();
		this.pending.put(id, reply);
		try {
			ShmRing ring = reattachIfReplaced(awaitTarget(sendDeadline), timestamp);
			completeWrite(ring,
					this.writer.write(ring, request, FrameFlags.REQUEST, id, timestamp, length, sendDeadline, true),
					length);
		}
		catch (RuntimeException ex) {
			this.pending.remove(id);
			throw ex;
		}
		Object result = awaitReply(reply, replyDeadline);
		if (result == null) {
			if (this.pending.remove(id) != null) {
				if (Thread.currentThread().isInterrupted()) {
					throw new IpcException("Interrupted while waiting for the reply on channel '" + name() + "'");
				}
				this.counters.error(ErrorReason.TIMEOUT);
				throw new IpcTimeoutException(
						"No reply on channel '" + name() + "' (" + channelRing() + ") within " + timeout);
			}
			while ((result = reply.result) == null) {
				Thread.onSpinWait();
			}
		}
		return replyOf(result);
	}

	/**
	 * Pick a random token for this requester's reply ring that no ring file of the
	 * channel uses yet.
	 */
	private static int freeReplyToken(Path directory, String name) {
		while (true) {
			int token = ThreadLocalRandom.current().nextInt();
			if (token != 0 && !Files.exists(directory.resolve(ReplyRings.replyRingName(name, token)))) {
				return token;
			}
		}
	}

	private Object awaitReply(PendingReply reply, long deadline) {
		IdleStrategy idle = this.replyIdleStrategies.get();
		idle.reset();
		while (true) {
			int drained = drainReplies();
			Object result = reply.result;
			if (result != null) {
				return result;
			}
			if (System.nanoTime() - deadline >= 0 || Thread.currentThread().isInterrupted()) {
				return null;
			}
			idle.idle(drained);
		}
	}

	private int drainReplies() {
		if (!this.drainLock.tryLock()) {
			return 0;
		}
		try {
			RingReader reader = this.replyReader;
			return (reader != null && isRunning()) ? reader.doWork() : 0;
		}
		finally {
			this.drainLock.unlock();
		}
	}

	private void onReply(FrameView frame) {
		if (!frame.hasFlag(FrameFlags.REPLY)) {
			return;
		}
		PendingReply reply = this.pending.remove(frame.correlationId());
		if (reply == null) {
			this.counters.error(ErrorReason.TIMEOUT);
			return;
		}
		reply.result = frame.toFrame();
	}

	private Frame replyOf(Object result) {
		if (result instanceof IpcException failure) {
			this.counters.error(ErrorReason.DISCONNECTED);
			throw failure;
		}
		Frame reply = (Frame) result;
		if (reply.hasFlag(FrameFlags.ERROR)) {
			throw new RemoteHandlerException(new String(reply.payload(), StandardCharsets.UTF_8));
		}
		return reply;
	}

	private String heartbeatText(ShmRing ring) {
		long age = ring.heartbeatAge(System.currentTimeMillis());
		return (age < 0) ? "the consumer stopped or never started"
				: "the consumer's heartbeat is " + age + " ms old (timeout " + this.options.heartbeatTimeout() + ")";
	}

	@Override
	public long backlog() {
		ShmRing ring = this.target;
		return (ring != null) ? ring.backlog() : 0;
	}

	@Override
	protected Path address() {
		return channelRing();
	}

	@Override
	protected EndpointState runningState() {
		ShmRing ring = attach();
		if (ring != null) {
			ring = reattachIfReplaced(ring, System.nanoTime());
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("path", channelRing().toString());
		ringDetails(details, ring);
		if (this.replies != null) {
			details.put("replyRing", this.replies.file().toString());
		}
		if (ring == null) {
			return EndpointState.down("not attached: " + this.lastError, details);
		}
		if (!isConsumerAlive(ring)) {
			return EndpointState.down("no live consumer on " + ring.path() + ": " + heartbeatText(ring), details);
		}
		return fillState("attached to " + ring.path() + ", consumer pid " + ring.consumerPid() + " alive", details,
				ring.fillRatio());
	}

	@Override
	protected String role() {
		return "producer";
	}

	@Override
	protected void describePeers(Map<String, Object> description) {
		ShmRing ring = this.target;
		boolean alive = ring != null && isConsumerAlive(ring);
		description.put("peers", alive ? 1 : 0);
		description.put("consumerPid", (ring != null) ? ring.consumerPid() : 0L);
		if (this.replies != null) {
			description.put("replyRing", this.replies.file().toString());
			description.put("pendingRequests", this.pending.size());
		}
	}

	/**
	 * A request waiting for its reply: the reply {@link Frame} or an
	 * {@link IpcException}, written once.
	 */
	private static final class PendingReply {

		private volatile Object result;

	}

}
