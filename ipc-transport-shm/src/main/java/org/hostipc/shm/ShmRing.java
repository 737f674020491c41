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
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.file.Path;
import java.util.Map;

import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.ringbuffer.ManyToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;
import org.hostipc.wire.DecodeResult;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameCodec;
import org.hostipc.wire.FrameError;
import org.hostipc.wire.FrameView;

/**
 * A ring file mapped into memory: its header (see {@link ShmFileDescriptor}) and the
 * Agrona {@link ManyToOneRingBuffer} behind it.
 * <p>
 * Thread-safe for any number of writers (in any number of processes) and one reader. The
 * mapping is never unmapped explicitly, so that a thread still writing can never touch
 * unmapped memory; it is released when the instance is garbage collected.
 *
 * @author hostipc
 */
final class ShmRing {

	/** How long writers take a fresh heartbeat as still fresh: 1 ms. */
	static final long ALIVE_CACHE_NANOS = 1_000_000;

	private final Path path;

	private final MappedByteBuffer mapped;

	private final UnsafeBuffer header;

	private final ManyToOneRingBuffer ring;

	private final ThreadLocal<ByteBuffer> writeViews;

	/**
	 * The write view of the first thread that wrote, found without a thread-local lookup:
	 * with one writing thread (the common case) every write takes this path.
	 */
	private WriteView firstWriter;

	private final Object fileKey;

	/**
	 * Until when (in {@link System#nanoTime()}) writers may take the consumer as alive
	 * without reading the clock and the heartbeat again; {@code 0} for not known.
	 */
	private volatile long aliveUntilNanos;

	ShmRing(Path path, MappedByteBuffer mapped, int capacity, Object fileKey) {
		this.path = path;
		this.fileKey = fileKey;
		this.mapped = mapped;
		this.header = new UnsafeBuffer(mapped, 0, ShmFileDescriptor.HEADER_LENGTH);
		this.ring = new ManyToOneRingBuffer(new UnsafeBuffer(mapped, ShmFileDescriptor.HEADER_LENGTH,
				capacity + RingBufferDescriptor.TRAILER_LENGTH));
		this.writeViews = ThreadLocal.withInitial(() -> mapped.duplicate().order(ByteOrder.LITTLE_ENDIAN));
	}

	Path path() {
		return this.path;
	}

	/**
	 * Return the identity (device and inode) of the mapped file.
	 * @return the file key, or {@code null} if the platform has none
	 */
	Object fileKey() {
		return this.fileKey;
	}

	ManyToOneRingBuffer ring() {
		return this.ring;
	}

	int capacity() {
		return this.ring.capacity();
	}

	long creatorPid() {
		return this.header.getLong(ShmFileDescriptor.CREATOR_PID_OFFSET);
	}

	long creatorStartMillis() {
		return this.header.getLong(ShmFileDescriptor.CREATOR_START_OFFSET);
	}

	long consumerPid() {
		return this.header.getLongVolatile(ShmFileDescriptor.CONSUMER_PID_OFFSET);
	}

	long consumerPidNamespace() {
		return this.header.getLongVolatile(ShmFileDescriptor.CONSUMER_PID_NAMESPACE_OFFSET);
	}

	long consumerStartMillis() {
		return this.header.getLongVolatile(ShmFileDescriptor.CONSUMER_START_OFFSET);
	}

	int maxFrameLength() {
		return this.header.getInt(ShmFileDescriptor.MAX_FRAME_LENGTH_OFFSET);
	}

	/**
	 * Record this process as the ring's consumer and write a first heartbeat.
	 * @param maxFrameLength the largest frame the consumer accepts
	 */
	void claimConsumer(int maxFrameLength) {
		this.header.putInt(ShmFileDescriptor.MAX_FRAME_LENGTH_OFFSET, maxFrameLength);
		this.header.putLongVolatile(ShmFileDescriptor.CONSUMER_PID_OFFSET, ProcessIdentity.pid());
		this.header.putLongVolatile(ShmFileDescriptor.CONSUMER_START_OFFSET, ProcessIdentity.startMillis());
		this.header.putLongVolatile(ShmFileDescriptor.CONSUMER_PID_NAMESPACE_OFFSET, ProcessIdentity.pidNamespace());
		heartbeat(System.currentTimeMillis());
	}

	/**
	 * Write the consumer heartbeat.
	 * @param epochMillis the time, or {@code 0} to announce that the consumer stopped
	 */
	void heartbeat(long epochMillis) {
		this.header.putLongRelease(ShmFileDescriptor.HEARTBEAT_OFFSET, epochMillis);
	}

	long heartbeat() {
		return this.header.getLongVolatile(ShmFileDescriptor.HEARTBEAT_OFFSET);
	}

	/**
	 * Record that the consumer handled every record before a ring position.
	 * @param position the position just after the last handled record
	 */
	void handled(long position) {
		this.header.putLongRelease(ShmFileDescriptor.HANDLED_POSITION_OFFSET, position);
	}

	/**
	 * Return the position just after the last record a consumer handled.
	 * @return the position, {@code 0} when nothing was handled
	 */
	long handledPosition() {
		return this.header.getLongVolatile(ShmFileDescriptor.HANDLED_POSITION_OFFSET);
	}

	/**
	 * Return whether the consumer heartbeat is fresh.
	 * @param nowMillis the current epoch millis
	 * @param timeoutMillis the staleness timeout
	 * @return {@code true} if a heartbeat was written within the timeout
	 */
	boolean isConsumerAlive(long nowMillis, long timeoutMillis) {
		long heartbeat = heartbeat();
		return heartbeat != 0 && nowMillis - heartbeat < timeoutMillis;
	}

	/**
	 * Return whether the consumer heartbeat is fresh, reading the wall clock and the
	 * heartbeat at most once per {@link #ALIVE_CACHE_NANOS} while it is: for writers,
	 * which check before every record. A consumer that stops or dies is noticed at most
	 * that much later than by {@link #isConsumerAlive(long, long)}.
	 * @param nowNanos the current {@link System#nanoTime()}
	 * @param timeoutMillis the staleness timeout
	 * @return {@code true} if a heartbeat was written within the timeout
	 */
	boolean isConsumerAliveCached(long nowNanos, long timeoutMillis) {
		long until = this.aliveUntilNanos;
		if (until != 0 && nowNanos - until < 0) {
			return true;
		}
		boolean alive = isConsumerAlive(System.currentTimeMillis(), timeoutMillis);
		this.aliveUntilNanos = alive ? nowNanos + ALIVE_CACHE_NANOS : 0;
		return alive;
	}

	/**
	 * Return the heartbeat age.
	 * @param nowMillis the current epoch millis
	 * @return the age in millis, or {@code -1} if there is no heartbeat
	 */
	long heartbeatAge(long nowMillis) {
		long heartbeat = heartbeat();
		return (heartbeat != 0) ? Math.max(0, nowMillis - heartbeat) : -1;
	}

	/**
	 * Return the bytes written and not yet read.
	 * @return the backlog in bytes
	 */
	int backlog() {
		return this.ring.size();
	}

	double fillRatio() {
		return (double) this.ring.size() / this.ring.capacity();
	}

	/**
	 * Encode a frame with the given transport fields into a claimed record. Called by the
	 * claiming thread only.
	 * @param codec the codec
	 * @param frame the frame whose headers and payload are encoded
	 * @param flags the flags
	 * @param correlationId the correlation id
	 * @param timestamp the send timestamp
	 * @param index the claimed index
	 * @param length the claimed length ({@link FrameCodec#stampedLength(Frame)})
	 */
	void encode(FrameCodec codec, Frame frame, int flags, long correlationId, long timestamp, int index, int length) {
		ByteBuffer view = writeView();
		int position = ShmFileDescriptor.HEADER_LENGTH + index;
		view.limit(position + length);
		codec.encodeStamped(frame, flags, correlationId, timestamp, length, view, position);
	}

	/**
	 * Encode a one-way frame of headers and a payload buffer into a claimed record.
	 * Called by the claiming thread only.
	 * @param codec the codec
	 * @param headers the headers
	 * @param payload the payload, from its position to its limit
	 * @param timestamp the send timestamp
	 * @param index the claimed index
	 * @param length the claimed length ({@link FrameCodec#encodedLength(Map, int)})
	 */
	void encode(FrameCodec codec, Map<String, Object> headers, ByteBuffer payload, long timestamp, int index,
			int length) {
		ByteBuffer view = writeView();
		int position = ShmFileDescriptor.HEADER_LENGTH + index;
		view.limit(position + length);
		codec.encode(headers, payload, 0, 0, timestamp, length, view, position);
	}

	private ByteBuffer writeView() {
		Thread thread = Thread.currentThread();
		WriteView first = this.firstWriter;
		if (first != null && first.thread == thread) {
			return first.buffer;
		}
		ByteBuffer view = this.writeViews.get();
		if (first == null) {
			// a racy claim is harmless: the loser keeps using its thread-local view
			this.firstWriter = new WriteView(thread, view);
		}
		return view;
	}

	/**
	 * Create a view for a reader, used with {@link #wrap}.
	 * @return a new view of the whole mapping
	 */
	ByteBuffer newReadView() {
		return this.mapped.duplicate().order(ByteOrder.LITTLE_ENDIAN);
	}

	/**
	 * Check the frame of a record in place.
	 * @param frame the reader's frame view
	 * @param view the reader's buffer view
	 * @param index the record's message index
	 * @param length the record's message length
	 * @return {@code null} if the frame is valid, otherwise the error
	 */
	static FrameError wrap(FrameView frame, ByteBuffer view, int index, int length) {
		return frame.wrap(view, ShmFileDescriptor.HEADER_LENGTH + index, length);
	}

	/**
	 * Decode the frame of a record (to describe a bad record).
	 * @param codec the codec
	 * @param view the reader's view
	 * @param index the record's message index
	 * @param length the record's message length
	 * @return the decoding result
	 */
	static DecodeResult decode(FrameCodec codec, ByteBuffer view, int index, int length) {
		return codec.decode(view, ShmFileDescriptor.HEADER_LENGTH + index, length);
	}

	@Override
	public String toString() {
		return "ShmRing[" + this.path + "]";
	}

	/**
	 * A writing thread and its view of the mapping; final fields, so that a thread that
	 * reads the reference without synchronization sees both.
	 */
	private static final class WriteView {

		private final Thread thread;

		private final ByteBuffer buffer;

		WriteView(Thread thread, ByteBuffer buffer) {
			this.thread = thread;
			this.buffer = buffer;
		}

	}

}
