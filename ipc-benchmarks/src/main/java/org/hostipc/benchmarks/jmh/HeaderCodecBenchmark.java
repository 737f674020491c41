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

import org.hostipc.wire.HeaderCodec;

/**
 * Measuring and writing a header block with {@link HeaderCodec}, for the headers of a
 * {@link org.hostipc.wire.Frame} (an unmodifiable map, as senders pass them).
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

	@Setup
	public void setUp() {
		this.headers = BenchmarkFrames.frame(0, this.headerCount).headers();
		this.target = ByteBuffer.allocateDirect(BenchmarkFrames.MAX_FRAME_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
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
