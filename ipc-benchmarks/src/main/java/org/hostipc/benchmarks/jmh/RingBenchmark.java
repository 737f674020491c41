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

package org.hostipc.benchmarks.jmh;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.MessageHandler;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.ringbuffer.ManyToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.hostipc.wire.DecodeResult;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameCodec;
import org.hostipc.wire.FrameView;

/**
 * A frame's trip through an Agrona {@link ManyToOneRingBuffer} over a memory-mapped file
 * (in {@code /dev/shm} where it exists), the way the shm transport moves it: the writer
 * stamps the frame, claims a record, encodes into it and commits; the reader decodes the
 * record, in place or into a new {@link Frame}. One thread writes and then reads in each
 * operation, so the ring never fills.
 *
 * @author hostipc
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")
@State(Scope.Thread)
public class RingBenchmark {

	private static final int MESSAGE_TYPE = 1;

	private static final int CAPACITY = 1024 * 1024;

	@Param({ "64", "4096" })
	int payloadSize;

	private final FrameCodec codec = new FrameCodec(BenchmarkFrames.LIMITS);

	private Path file;

	private ManyToOneRingBuffer ring;

	private ByteBuffer buffer;

	private Frame frame;

	private DecodeResult decoded;

	private final FrameView view = new FrameView(BenchmarkFrames.LIMITS);

	private final Map<String, Object> noHeaders = Collections.emptyMap();

	private ByteBuffer payload;

	private long read;

	private final MessageHandler frameReader = this::readFrame;

	private final MessageHandler inPlaceReader = this::readInPlace;

	@Setup
	public void setUp() throws IOException {
		Path directory = Path.of("/dev/shm");
		this.file = Files.createTempFile(Files.isDirectory(directory) ? directory : null, "ipc-jmh", ".ring");
		MappedByteBuffer mapped;
		try (FileChannel channel = FileChannel.open(this.file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
			mapped = channel.map(FileChannel.MapMode.READ_WRITE, 0, CAPACITY + RingBufferDescriptor.TRAILER_LENGTH);
		}
		this.ring = new ManyToOneRingBuffer(new UnsafeBuffer(mapped));
		this.buffer = mapped.duplicate().order(ByteOrder.LITTLE_ENDIAN);
		this.frame = BenchmarkFrames.frame(this.payloadSize, 0);
		this.payload = ByteBuffer.allocateDirect(this.payloadSize);
	}

	@TearDown
	public void tearDown() throws IOException {
		Files.deleteIfExists(this.file);
	}

	/**
	 * Write a stamped {@link Frame} and read it back as a new {@link Frame}, as the
	 * {@code Frame}-based API of the endpoints does.
	 * @return the decoded frame
	 */
	@Benchmark
	public DecodeResult writeAndReadFrame() {
		Frame stamped = this.frame.with(0, 0, System.nanoTime());
		int length = this.codec.encodedLength(stamped);
		int index = this.ring.tryClaim(MESSAGE_TYPE, length);
		this.codec.encodeChecked(stamped, length, this.buffer, index);
		this.ring.commit(index);
		readOne(this.frameReader);
		return this.decoded;
	}

	/**
	 * Write a {@link Frame} with the transport's stamp straight into the claimed record
	 * and read it back in place, as the shm endpoints' {@code send(Frame)} and view
	 * handlers do.
	 * @return a value read from the frame
	 */
	@Benchmark
	public long writeAndReadInPlace() {
		int length = this.codec.stampedLength(this.frame);
		int index = this.ring.tryClaim(MESSAGE_TYPE, length);
		this.codec.encodeStamped(this.frame, 0, 0, System.nanoTime(), length, this.buffer, index);
		this.ring.commit(index);
		readOne(this.inPlaceReader);
		return this.read;
	}

	/**
	 * Write a payload buffer without a {@link Frame} straight into the claimed record and
	 * read it back in place, as the shm endpoints' {@code send(Map, ByteBuffer)} and view
	 * handlers do.
	 * @return a value read from the frame
	 */
	@Benchmark
	public long writeBufferAndReadInPlace() {
		int length = this.codec.encodedLength(this.noHeaders, this.payload.remaining());
		int index = this.ring.tryClaim(MESSAGE_TYPE, length);
		this.codec.encode(this.noHeaders, this.payload, 0, 0, System.nanoTime(), length, this.buffer, index);
		this.ring.commit(index);
		readOne(this.inPlaceReader);
		return this.read;
	}

	private void readInPlace(int msgTypeId, MutableDirectBuffer buffer, int index, int length) {
		if (this.view.wrap(this.buffer, index, length) == null) {
			this.read = this.view.timestamp() + this.view.payloadLength()
					+ this.view.buffer().get(this.view.payloadOffset());
		}
	}

	private void readOne(MessageHandler handler) {
		// a read that meets the padding record at the end of the ring reads nothing
		while (this.ring.read(handler, 1) == 0) {
			Thread.onSpinWait();
		}
	}

	private void readFrame(int msgTypeId, MutableDirectBuffer buffer, int index, int length) {
		this.decoded = this.codec.decode(this.buffer, index, length);
	}

}
