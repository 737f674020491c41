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

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.annotations.Warmup;

import org.hostipc.wire.DecodeResult;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameCodec;
import org.hostipc.wire.FrameError;
import org.hostipc.wire.FrameView;

/**
 * Encoding a {@link Frame} into a direct buffer and decoding it back into a new
 * {@link Frame} with {@link FrameCodec}, for 64-byte and 4 KiB payloads, with and without
 * headers. Encoding and in-place decoding must not allocate; decoding into a
 * {@link Frame} allocates the frame by design and is measured for comparison.
 *
 * @author hostipc
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")
@State(Scope.Thread)
public class FrameCodecBenchmark {

	@Param({ "64", "4096" })
	int payloadSize;

	@Param({ "0", "3" })
	int headerCount;

	private final FrameCodec codec = new FrameCodec(BenchmarkFrames.LIMITS);

	private final FrameView view = new FrameView(BenchmarkFrames.LIMITS);

	private long sequence;

	private Frame frame;

	private ByteBuffer target;

	private ByteBuffer encoded;

	private int length;

	@Setup
	public void setUp() {
		this.frame = BenchmarkFrames.frame(this.payloadSize, this.headerCount);
		this.target = ByteBuffer.allocateDirect(BenchmarkFrames.MAX_FRAME_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
		this.encoded = ByteBuffer.allocateDirect(BenchmarkFrames.MAX_FRAME_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
		this.length = this.codec.encode(this.frame, this.encoded, 0);
	}

	@Benchmark
	public int encode() {
		return this.codec.encode(this.frame, this.target, 0);
	}

	/**
	 * Encode with the transport's flags, correlation id and timestamp, as the shm
	 * endpoints do.
	 * @return the frame length
	 */
	@Benchmark
	public int encodeStamped() {
		int length = this.codec.stampedLength(this.frame);
		return this.codec.encodeStamped(this.frame, 0, ++this.sequence, this.sequence, length, this.target, 0);
	}

	/**
	 * Check the frame in place (lengths, prefix, CRC32C, every header) and read its
	 * prefix.
	 * @return a value read from the frame
	 */
	@Benchmark
	public long decodeInPlace() {
		FrameError error = this.view.wrap(this.encoded, 0, this.length);
		return (error != null) ? -1 : this.view.timestamp() + this.view.payloadLength() + this.view.headerCount();
	}

	@Benchmark
	public DecodeResult decodeToFrame() {
		return this.codec.decode(this.encoded, 0, this.length);
	}

}
