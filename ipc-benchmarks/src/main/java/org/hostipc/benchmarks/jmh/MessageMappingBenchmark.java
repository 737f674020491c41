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

import org.hostipc.support.IpcMessageMapper;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameCodec;
import org.hostipc.wire.FrameView;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.GenericMessage;

/**
 * The work the Spring Integration adapters add on top of a transport, per message:
 * mapping a {@link Message} with a {@code byte[]} payload to a frame and encoding it, as
 * the outbound adapter and an shm endpoint do, and mapping a received frame, checked in
 * place, to a new {@link Message}, as the inbound adapter does. Spring Integration's own
 * channel and handler calls are not included.
 *
 * @author hostipc
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")
@State(Scope.Thread)
public class MessageMappingBenchmark {

	@Param({ "64" })
	int payloadSize;

	private final IpcMessageMapper mapper = new IpcMessageMapper();

	private final FrameCodec codec = new FrameCodec(BenchmarkFrames.LIMITS);

	private final FrameView view = new FrameView(BenchmarkFrames.LIMITS);

	private Message<byte[]> message;

	private ByteBuffer target;

	private ByteBuffer received;

	private int receivedLength;

	@Setup
	public void setUp() {
		this.message = new GenericMessage<>(BenchmarkFrames.frame(this.payloadSize, 0).payload());
		this.target = ByteBuffer.allocateDirect(BenchmarkFrames.MAX_FRAME_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
		this.received = ByteBuffer.allocateDirect(BenchmarkFrames.MAX_FRAME_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
		this.receivedLength = this.codec.encode(this.mapper.toFrame(this.message), this.received, 0);
	}

	/**
	 * Map a message to a frame and encode it with the transport's stamp.
	 * @return the encoded length
	 */
	@Benchmark
	public int outbound() {
		Frame frame = this.mapper.toFrame(this.message);
		int length = this.codec.stampedLength(frame);
		return this.codec.encodeStamped(frame, 0, 0, System.nanoTime(), length, this.target, 0);
	}

	/**
	 * Check a received frame in place and map it to a new message.
	 * @return the message
	 */
	@Benchmark
	public Message<?> inbound() {
		this.view.wrap(this.received, 0, this.receivedLength);
		return this.mapper.toMessage(this.view, "orders", "shm");
	}

}
