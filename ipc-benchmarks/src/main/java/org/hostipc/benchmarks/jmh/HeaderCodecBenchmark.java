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
import java.util.Map;
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
import org.hostipc.wire.FrameView;
import org.hostipc.wire.HeaderCodec;
import org.hostipc.wire.HeaderCursor;

/**
 * Measuring and writing a header block with {@link HeaderCodec}, for the headers of a
 * {@link org.hostipc.wire.Frame} (an unmodifiable map, as senders pass them), and reading
 * the headers of a frame without payload: in place with a {@link HeaderCursor}, or into
 * the map of a new {@link org.hostipc.wire.Frame}.
 *
 * @author hostipc
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")
@State(Scope.Thread)
public class HeaderCodecBenchmark {

	@Param({ "1", "3" })
	int headerCount;

	private Map<String, Object> headers;

	private ByteBuffer target;

	private final FrameCodec codec = new FrameCodec(BenchmarkFrames.LIMITS);

	private final FrameView view = new FrameView(BenchmarkFrames.LIMITS);

	private ByteBuffer frame;

	private int frameLength;

	@Setup
	public void setUp() {
		Frame headersOnly = BenchmarkFrames.frame(0, this.headerCount);
		this.headers = headersOnly.headers();
		this.target = ByteBuffer.allocateDirect(BenchmarkFrames.MAX_FRAME_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
		this.frame = ByteBuffer.allocateDirect(BenchmarkFrames.MAX_FRAME_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
		this.frameLength = this.codec.encode(headersOnly, this.frame, 0);
	}

	/**
	 * Check a frame of headers in place and read every header's key and value bytes.
	 * @return a sum of what was read
	 */
	@Benchmark
	public long readInPlace() {
		if (this.view.wrap(this.frame, 0, this.frameLength) != null) {
			return -1;
		}
		long sum = 0;
		HeaderCursor cursor = this.view.headers();
		while (cursor.next()) {
			sum += cursor.type().code() + cursor.valueLength() + this.view.buffer().get(cursor.valueOffset());
		}
		return sum;
	}

	/**
	 * Decode a frame of headers into a new {@link Frame}, whose header map is built.
	 * @return the result
	 */
	@Benchmark
	public DecodeResult decodeToMap() {
		return this.codec.decode(this.frame, 0, this.frameLength);
	}

	@Benchmark
	public long encodedLength() {
		return HeaderCodec.encodedLength(this.headers);
	}

	@Benchmark
	public int encode() {
		this.target.clear();
		HeaderCodec.encode(this.headers, this.target);
		return this.target.position();
	}

}
