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

package org.hostipc.chronicle;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;

import org.hostipc.transport.Direction;
import org.hostipc.transport.EndpointState;
import org.hostipc.transport.ErrorReason;
import org.hostipc.IpcException;
import org.hostipc.transport.IpcTimeoutException;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.transport.PeerUnavailableException;
import org.hostipc.wire.Frame;
import org.hostipc.wire.MessageTooLargeException;

/**
 * Appends frames to the channel's queue. Chronicle appenders are not thread-safe: sends
 * take turns on one appender under a lock (waiting at most the send timeout); any number
 * of endpoints, in any processes, may append to the same queue.
 * <p>
 * Each message is one document: the sender's wall clock ({@code long}, epoch millis)
 * followed by the encoded wire frame.
 *
 * @author hostipc
 */
final class ChronicleOutboundEndpoint extends AbstractChronicleEndpoint implements OutboundEndpoint {

	private static final long DISK_CHECK_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

	private final ReentrantLock appendLock = new ReentrantLock();

	private final ByteBuffer encodeBuffer;

	private ExcerptAppender appender;

	private volatile long diskCheckedAt;

	private volatile long usedBytes;

	ChronicleOutboundEndpoint(String name, MessagingPattern pattern, ChronicleOptions options) {
		super(name, pattern, Direction.OUTBOUND, options);
		this.encodeBuffer = ByteBuffer.allocate(options.limits().maxFrameLength()).order(ByteOrder.LITTLE_ENDIAN);
	}

	@Override
	protected void open(SingleChronicleQueue queue) {
		this.diskCheckedAt = System.nanoTime() - 2 * DISK_CHECK_INTERVAL_NANOS;
	}

	@Override
	protected void release() {
		this.appendLock.lock();
		try {
			if (this.appender != null) {
				this.appender.close();
				this.appender = null;
			}
		}
		finally {
			this.appendLock.unlock();
		}
	}

	@Override
	public void send(Frame frame) {
		long timestamp = System.nanoTime();
		int length = encodedLength(frame);
		checkDiskUsage();
		acquire();
		try {
			SingleChronicleQueue queue = queue();
			if (queue == null) {
				this.counters.error(ErrorReason.DISCONNECTED);
				throw new PeerUnavailableException("Endpoint " + this + " is not started");
			}
			if (this.appender == null) {
				this.appender = queue.createAppender();
				this.appender.singleThreadedCheckDisabled(true);
			}
			this.codec.encodeStamped(frame, frame.flags(), frame.correlationId(), timestamp, length, this.encodeBuffer,
					0);
			append(this.encodeBuffer.array(), length);
			this.counters.sent(length);
		}
		finally {
			this.appendLock.unlock();
		}
	}

	private void append(byte[] frameBytes, int length) {
		try (DocumentContext context = this.appender.writingDocument()) {
			Bytes<?> bytes = context.wire().bytes();
			bytes.writeLong(System.currentTimeMillis());
			bytes.write(frameBytes, 0, length);
		}
		catch (RuntimeException ex) {
			this.counters.error(ErrorReason.IO);
			throw new IpcException("Cannot append to the queue " + this.queueDirectory + ": " + ex.getMessage(), ex);
		}
	}

	private int encodedLength(Frame frame) {
		try {
			return this.codec.encodedLength(frame);
		}
		catch (MessageTooLargeException ex) {
			this.counters.error(ErrorReason.OVERSIZE);
			throw ex;
		}
	}

	private void acquire() {
		Duration timeout = this.options.sendTimeout();
		try {
			if (!this.appendLock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
				this.counters.error(ErrorReason.TIMEOUT);
				throw new IpcTimeoutException("No turn on the appender of " + this + " within " + timeout);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IpcException("Interrupted while waiting for the appender of " + this, ex);
		}
	}

	private void checkDiskUsage() {
		long limit = this.options.diskUsageLimit();
		if (limit == 0) {
			return;
		}
		long now = System.nanoTime();
		if (now - this.diskCheckedAt >= DISK_CHECK_INTERVAL_NANOS) {
			this.usedBytes = ChronicleFiles.usedBytes(this.queueDirectory);
			this.diskCheckedAt = now;
		}
		if (this.usedBytes >= limit) {
			this.counters.error(ErrorReason.IO);
			throw new IpcException(diskLimitMessage(this.usedBytes, limit));
		}
	}

	private String diskLimitMessage(long used, long limit) {
		return "The queue " + this.queueDirectory + " uses " + used + " bytes, at or above its disk usage limit of "
				+ limit + " bytes: sends fail until consumed cycle files are deleted";
	}

	@Override
	public Frame request(Frame frame, Duration timeout) {
		throw new UnsupportedOperationException("The chronicle transport does not support request-reply");
	}

	@Override
	protected EndpointState runningState(Map<String, Object> details) {
		SingleChronicleQueue queue = queue();
		long used = ChronicleFiles.usedBytes(this.queueDirectory);
		details.put("usedBytes", used);
		if (queue != null) {
			details.put("lastIndex", queue.lastIndex());
			details.put("subscriberLag", subscriberLags(queue));
		}
		long limit = this.options.diskUsageLimit();
		if (limit > 0 && used >= limit) {
			return EndpointState.down(diskLimitMessage(used, limit), details);
		}
		return EndpointState.up("appending", details);
	}

	@Override
	public long backlog() {
		SingleChronicleQueue queue = queue();
		if (queue == null) {
			return 0;
		}
		return subscriberLags(queue).values().stream().mapToLong(Long::longValue).max().orElse(0);
	}

	@Override
	protected String role() {
		return "appender";
	}

	@Override
	protected void describeRole(Map<String, Object> description) {
		description.put("sendTimeout", this.options.sendTimeout().toString());
		description.put("diskUsageLimit", this.options.diskUsageLimit());
	}

}
