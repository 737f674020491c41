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
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.concurrent.IdleStrategy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.Direction;
import org.hostipc.transport.EndpointState;
import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.FrameHandler;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.Replier;
import org.hostipc.wire.FrameCodec;
import org.hostipc.wire.FrameError;
import org.hostipc.wire.FrameLimits;
import org.hostipc.wire.FrameView;

/**
 * A named subscriber of the channel's queue, reading on its own thread
 * {@code ipc-chronicle-<channel>}.
 * <p>
 * At least once: the subscriber's saved position ({@link SubscriberPosition}) moves past
 * a message only after the handler returned. A failing handler is called again after the
 * retry backoff (doubled each time); after the maximum attempts the message goes to the
 * dead-letter queue with the error, and the position moves on. A message whose handling
 * was interrupted, by a stop or the death of the process, is delivered again when the
 * subscriber starts from its saved position. Every delivered frame carries its queue
 * index in the {@link ChronicleHeaders#QUEUE_INDEX} header.
 *
 * @author hostipc
 */
final class ChronicleInboundEndpoint extends AbstractChronicleEndpoint implements InboundEndpoint {

	private static final Log logger = LogFactory.getLog(ChronicleInboundEndpoint.class);

	private static final long STOP_TIMEOUT_MILLIS = 10_000;

	private final DeadLetterQueue deadLetters;

	private volatile FrameHandler handler;

	private volatile SubscriberPosition position;

	private volatile boolean polling;

	private Thread thread;

	// the reader thread's reusable copy of the current document, grown on demand
	private byte[] document = new byte[4096];

	private ByteBuffer documentBuffer = ByteBuffer.wrap(this.document).order(ByteOrder.LITTLE_ENDIAN);

	private final FrameView view;

	ChronicleInboundEndpoint(String name, MessagingPattern pattern, ChronicleOptions options) {
		super(name, pattern, Direction.INBOUND, options);
		FrameLimits limits = options.limits();
		FrameCodec deadLetterCodec = new FrameCodec(new FrameLimits(limits.maxPayloadLength(),
				limits.maxHeaderLength() + 4 * DeadLetterQueue.MAX_REASON_LENGTH + 64, limits.maxHeaderCount() + 1));
		this.deadLetters = new DeadLetterQueue(options.deadLetterDirectory(name), options, deadLetterCodec);
		this.view = new FrameView(limits);
	}

	@Override
	public void setHandler(FrameHandler handler) {
		this.handler = handler;
	}

	@Override
	protected void open(SingleChronicleQueue queue) {
		if (this.handler == null) {
			throw new IllegalStateException("A FrameHandler must be set on channel '" + name() + "' before start()");
		}
		Path subscribers = ChronicleFiles.subscribersDirectory(this.options, name());
		// under the retention lock, so that no sweep deletes the cycle the tailer starts
		// at
		ExcerptTailer tailer = ChronicleRetention.locked(subscribers, () -> {
			SubscriberPosition opened = SubscriberPosition.open(subscribers, this.options.subscriberName());
			try {
				ExcerptTailer created = queue.createTailer();
				TailerPositions.moveToStart(created, this.options, opened.acknowledged());
				this.position = opened;
				return created;
			}
			catch (RuntimeException ex) {
				opened.close();
				throw ex;
			}
		});
		this.polling = true;
		this.thread = new Thread(() -> run(tailer), "ipc-chronicle-" + name());
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	protected void release() {
		this.polling = false;
		try {
			this.thread.join(STOP_TIMEOUT_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (this.thread.isAlive()) {
			logger.warn("The reader of channel '" + name() + "' did not stop within " + STOP_TIMEOUT_MILLIS + " ms");
		}
		this.thread = null;
		this.deadLetters.close();
		this.position.close();
	}

	private void run(ExcerptTailer tailer) {
		tailer.singleThreadedCheckReset();
		IdleStrategy idle = this.options.idleStrategy().create(this.options.maxPark());
		try {
			while (this.polling) {
				idle.idle(poll(tailer) ? 1 : 0);
			}
		}
		catch (RuntimeException | Error ex) {
			this.counters.error(ErrorReason.IO);
			logger.error("The reader of channel '" + name() + "' failed and stopped", ex);
		}
		finally {
			tailer.close();
		}
	}

	private boolean poll(ExcerptTailer tailer) {
		long index;
		int length;
		try (DocumentContext context = tailer.readingDocument()) {
			if (!context.isPresent()) {
				return false;
			}
			index = context.index();
			Bytes<?> bytes = context.wire().bytes();
			long frameLength = bytes.readRemaining() - ChronicleFiles.DOCUMENT_PREFIX;
			if (frameLength < 0 || frameLength > this.options.limits().maxFrameLength()) {
				this.counters.error(ErrorReason.DECODE);
				skipInvalid(index, "a document of " + bytes.readRemaining() + " bytes is not a frame");
				return true;
			}
			length = (int) frameLength;
			if (length > this.document.length) {
				this.document = new byte[Math.min(Math.max(length, 2 * this.document.length),
						this.options.limits().maxFrameLength())];
				this.documentBuffer = ByteBuffer.wrap(this.document).order(ByteOrder.LITTLE_ENDIAN);
			}
			bytes.readSkip(ChronicleFiles.DOCUMENT_PREFIX);
			bytes.read(this.document, 0, length);
		}
		FrameError error = this.view.wrap(this.documentBuffer, 0, length);
		if (error == null && this.view.frameLength() != length) {
			error = FrameError.INCONSISTENT_LENGTH;
		}
		if (error != null) {
			this.counters.error(ErrorReason.of(error));
			skipInvalid(index, "the document is not a valid frame (" + error + ")");
			return true;
		}
		this.view.setReceiptHeader(ChronicleHeaders.QUEUE_INDEX, index);
		this.counters.received(length, this.view.timestamp());
		if (!deliver(index) && this.polling) {
			tailer.moveToIndex(index);
		}
		return true;
	}

	private void skipInvalid(long index, String detail) {
		logger.warn("Skipped the invalid message at index 0x" + Long.toHexString(index) + " of channel '" + name()
				+ "': " + detail);
		this.position.acknowledge(index);
	}

	/**
	 * Hand the frame in the view to the handler until it succeeds or the attempts are
	 * used up, then acknowledge it. The handler gets the view itself: its document stays
	 * in place until the next poll.
	 * @param index the queue index
	 * @return whether the frame was acknowledged; {@code false} when stopping or the
	 * dead-letter queue failed (the frame is delivered again)
	 */
	private boolean deliver(long index) {
		Exception failure = null;
		long backoff = this.options.retryBackoff().toNanos();
		for (int attempt = 1; attempt <= this.options.maxAttempts(); attempt++) {
			if (attempt > 1 && !pause(backoff << Math.min(attempt - 2, 20))) {
				return false;
			}
			try {
				this.handler.onFrame(this.view, Replier.NONE);
				this.position.acknowledge(index);
				return true;
			}
			catch (Exception ex) {
				this.counters.error(ErrorReason.HANDLER);
				failure = ex;
			}
		}
		try {
			this.deadLetters.append(this.view.toFrame(), failure);
		}
		catch (RuntimeException ex) {
			this.counters.error(ErrorReason.IO);
			logger.error("Cannot write to the dead-letter queue " + this.deadLetters.directory() + " of channel '"
					+ name() + "'; the message at index 0x" + Long.toHexString(index) + " will be retried", ex);
			pause(backoff);
			return false;
		}
		logger.warn("Moved the message at index 0x" + Long.toHexString(index) + " of channel '" + name()
				+ "' to the dead-letter queue after " + this.options.maxAttempts() + " failed attempts: " + failure);
		this.position.acknowledge(index);
		return true;
	}

	private boolean pause(long nanos) {
		long deadline = System.nanoTime() + nanos;
		long remaining = nanos;
		while (this.polling && remaining > 0) {
			LockSupport.parkNanos(Math.min(remaining, TimeUnit.MILLISECONDS.toNanos(10)));
			remaining = deadline - System.nanoTime();
		}
		return this.polling;
	}

	@Override
	public long backlog() {
		SingleChronicleQueue queue = queue();
		SubscriberPosition current = this.position;
		return (queue != null && current != null) ? countAfter(queue, current.acknowledged()) : 0;
	}

	@Override
	protected EndpointState runningState(Map<String, Object> details) {
		details.put("subscriber", this.options.subscriberName());
		details.put("lag", backlog());
		SubscriberPosition current = this.position;
		if (current != null) {
			details.put("acknowledgedIndex", current.acknowledged());
		}
		Thread reader = this.thread;
		if (reader == null || !reader.isAlive()) {
			return EndpointState.down("the reader thread stopped (see the log)", details);
		}
		return EndpointState.up("reading", details);
	}

	@Override
	protected String role() {
		return "subscriber";
	}

	@Override
	protected void describeRole(Map<String, Object> description) {
		description.put("subscriber", this.options.subscriberName());
		description.put("startPosition", this.options.startPosition().name().toLowerCase());
		description.put("maxAttempts", this.options.maxAttempts());
		description.put("retryBackoff", this.options.retryBackoff().toString());
		description.put("deadLetterPath", this.deadLetters.directory().toString());
	}

}
