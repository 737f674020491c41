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
import java.nio.ByteOrder;
import java.nio.channels.ReadableByteChannel;
import java.util.Map;

import org.hostipc.wire.DecodeResult;
import org.hostipc.wire.FrameCodec;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameError;
import org.hostipc.wire.FrameView;

/**
 * Reads length-prefixed frames from a stream. Each read call fetches as many bytes as the
 * socket has (several small frames cost one system call); the frame length is checked
 * against the limits before any buffer grows for it.
 * <p>
 * After a result whose frame length was acceptable the stream stays in sync, even when
 * the frame itself failed to decode (bad checksum, malformed headers): the reader skips
 * exactly that frame. A rejected frame length leaves the reader out of sync
 * ({@link #isInSync()} is {@code false}): nothing after it can be trusted and the
 * connection must be closed.
 * <p>
 * Works on blocking and non-blocking channels. NOT thread-safe: one thread at a time
 * reads a connection. The buffer is direct, starts small and grows (never beyond the
 * largest allowed frame) when a larger frame arrives.
 *
 * @author hostipc
 */
final class FrameReader {

	/**
	 * Returned by {@link #next()} on a non-blocking channel when no complete frame is
	 * available yet (the bytes read so far stay buffered).
	 */
	static final DecodeResult NOT_YET = DecodeResult.failure(FrameError.TRUNCATED, "no complete frame yet");

	/**
	 * Returned by {@link #next()} when a valid frame is ready in place: {@link #view()}
	 * reads it until the next call.
	 */
	static final DecodeResult READY = DecodeResult.success(Frame.of(Map.of(), new byte[0]));

	private static final int INITIAL_CAPACITY = 16 * 1024;

	private final ReadableByteChannel channel;

	private final FrameCodec codec;

	private final FrameView view;

	private ByteBuffer buffer;

	private int frameLength;

	private boolean inSync = true;

	FrameReader(ReadableByteChannel channel, FrameCodec codec) {
		this.channel = channel;
		this.codec = codec;
		this.view = new FrameView(codec.limits());
		int capacity = Math.min(INITIAL_CAPACITY, codec.limits().maxFrameLength());
		this.buffer = ByteBuffer.allocateDirect(capacity).order(ByteOrder.LITTLE_ENDIAN);
		this.buffer.limit(0);
	}

	/**
	 * Read the next frame and check it in place; on a blocking channel this waits until
	 * it is complete.
	 * @return {@link #READY} when {@link #view()} shows a valid frame, a failure naming
	 * what is wrong with the frame, {@link #NOT_YET} if a non-blocking channel has no
	 * complete frame, or {@code null} at the end of the stream
	 * @throws IOException if reading fails
	 */
	DecodeResult next() throws IOException {
		int status = fill(4);
		if (status <= 0) {
			return (status < 0) ? null : NOT_YET;
		}
		int start = this.buffer.position();
		int length = this.buffer.getInt(start);
		DecodeResult lengthError = this.codec.checkFrameLength(length);
		if (lengthError != null) {
			this.inSync = false;
			return lengthError;
		}
		status = fill(length);
		if (status <= 0) {
			return (status < 0) ? null : NOT_YET;
		}
		start = this.buffer.position();
		FrameError error = this.view.wrap(this.buffer, start, length);
		DecodeResult result = (error != null) ? this.codec.decode(this.buffer.slice(start, length)) : READY;
		this.buffer.position(start + length);
		this.frameLength = length;
		return result;
	}

	/**
	 * Return the frame that {@link #next()} last returned {@link #READY} for, in place in
	 * the read buffer.
	 * @return the view, valid until the next call of {@link #next()}
	 */
	FrameView view() {
		return this.view;
	}

	/**
	 * Return the length of the frame last returned by {@link #next()}.
	 * @return the frame length in bytes
	 */
	int frameLength() {
		return this.frameLength;
	}

	/**
	 * Return whether frame boundaries are still known.
	 * @return {@code false} after a rejected frame length
	 */
	boolean isInSync() {
		return this.inSync;
	}

	/**
	 * Return whether bytes of an incomplete frame are buffered.
	 * @return {@code true} if the stream, were it to end now, would end inside a frame
	 */
	boolean hasPartialFrame() {
		return this.buffer.hasRemaining();
	}

	/**
	 * Make at least {@code needed} bytes available.
	 * @return {@code 1} when they are, {@code 0} when a non-blocking read found nothing,
	 * {@code -1} at the end of the stream
	 */
	private int fill(int needed) throws IOException {
		ByteBuffer buf = this.buffer;
		while (buf.remaining() < needed) {
			if (buf.capacity() - buf.position() < needed) {
				buf = makeRoom(needed);
			}
			int position = buf.position();
			buf.position(buf.limit());
			buf.limit(buf.capacity());
			int read;
			try {
				read = this.channel.read(buf);
			}
			finally {
				buf.limit(buf.position());
				buf.position(position);
			}
			if (read <= 0) {
				return read;
			}
		}
		return 1;
	}

	private ByteBuffer makeRoom(int needed) {
		ByteBuffer old = this.buffer;
		if (old.capacity() >= needed) {
			old.compact().flip();
			return old;
		}
		int capacity = (int) Math.min(Math.max(needed, 2L * old.capacity()), this.codec.limits().maxFrameLength());
		ByteBuffer grown = ByteBuffer.allocateDirect(capacity).order(ByteOrder.LITTLE_ENDIAN);
		grown.put(old).flip();
		this.buffer = grown;
		return grown;
	}

}
