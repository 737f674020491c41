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

package org.hostipc.benchmarks.subjects;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.agrona.IoUtil;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.ringbuffer.OneToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.RingBuffer;
import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;

import org.hostipc.benchmarks.harness.MessageSink;

/**
 * Baseline: a raw Agrona ring over a memory-mapped file, the structure our shared-memory
 * transport builds on, without framing, headers or checks: a {@link OneToOneRingBuffer}
 * ({@code agrona}, the goals' baseline) or the many-producer ring our transport uses
 * ({@code agrona-m2o}).
 *
 * @author hostipc
 */
final class AgronaRingSubject implements Subject {

	static final int CAPACITY = 4 * 1024 * 1024;

	private static final int MESSAGE_TYPE = 1;

	private final AgronaRingType type;

	AgronaRingSubject(AgronaRingType type) {
		this.type = type;
	}

	@Override
	public String id() {
		return this.type.id("agrona");
	}

	@Override
	public String title() {
		return "Agrona " + this.type.className() + " over a mapped file";
	}

	@Override
	public SubjectKind kind() {
		return SubjectKind.BASELINE;
	}

	@Override
	public String idleDescription(boolean busySpin) {
		return PollingThread.idleDescription(busySpin);
	}

	@Override
	public Receiver receiver(SubjectContext context) {
		return new Receiver() {

			private MappedByteBuffer mapped;

			private PollingThread thread;

			@Override
			public String start(MessageSink sink) throws IOException {
				Path file = context.directory().resolve("agrona.ring");
				Files.deleteIfExists(file);
				this.mapped = map(file);
				RingBuffer ring = AgronaRingSubject.this.type.create(new UnsafeBuffer(this.mapped));
				this.thread = new PollingThread("agrona-reader",
						() -> ring.read((type, buffer, index, length) -> sink.accept(buffer, index, length), 64),
						context.busySpin())
					.start();
				return "";
			}

			@Override
			public void close() throws InterruptedException {
				if (this.thread != null) {
					this.thread.close();
					IoUtil.unmap(this.mapped);
				}
			}

		};
	}

	@Override
	public Sender sender(SubjectContext context) {
		return new Sender() {

			private final UnsafeBuffer message = new UnsafeBuffer(new byte[0]);

			private final IdleStrategy idle = PollingThread.idleStrategy(context.busySpin());

			private MappedByteBuffer mapped;

			private RingBuffer ring;

			@Override
			public void start() throws IOException {
				this.mapped = map(context.directory().resolve("agrona.ring"));
				this.ring = AgronaRingSubject.this.type.create(new UnsafeBuffer(this.mapped));
			}

			@Override
			public void send(byte[] payload) {
				this.message.wrap(payload);
				this.idle.reset();
				while (!this.ring.write(MESSAGE_TYPE, this.message, 0, payload.length)) {
					this.idle.idle();
				}
			}

			@Override
			public void close() {
				if (this.mapped != null) {
					IoUtil.unmap(this.mapped);
				}
			}

		};
	}

	static MappedByteBuffer map(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE)) {
			return channel.map(FileChannel.MapMode.READ_WRITE, 0, CAPACITY + RingBufferDescriptor.TRAILER_LENGTH);
		}
	}

}
