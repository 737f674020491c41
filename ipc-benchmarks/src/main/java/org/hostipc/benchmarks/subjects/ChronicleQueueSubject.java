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

import java.nio.ByteOrder;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;

import org.hostipc.benchmarks.harness.MessageSink;
import org.hostipc.benchmarks.harness.Payloads;

/**
 * Baseline: a raw Chronicle Queue, an appender writing the payload bytes into a document
 * and a tailer reading every word of it back.
 *
 * @author hostipc
 */
final class ChronicleQueueSubject implements Subject {

	static {
		if (ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN) {
			throw new IllegalStateException("The Chronicle subjects read words in native order, which must be "
					+ "little-endian like the payload layout");
		}
	}

	@Override
	public String id() {
		return "chronicle-queue";
	}

	@Override
	public String title() {
		return "Chronicle Queue appender/tailer";
	}

	@Override
	public SubjectKind kind() {
		return SubjectKind.BASELINE;
	}

	@Override
	public String idleDescription(boolean busySpin) {
		return PollingThread.idleDescription(busySpin);
	}

	static ChronicleQueue open(SubjectContext context) {
		return ChronicleQueue.singleBuilder(context.queueDirectory().resolve("chronicle-queue")).build();
	}

	@Override
	public Receiver receiver(SubjectContext context) {
		return new Receiver() {

			private ChronicleQueue queue;

			private PollingThread thread;

			@Override
			public String start(MessageSink sink) {
				this.queue = open(context);
				ExcerptTailer[] tailer = new ExcerptTailer[1];
				this.thread = new PollingThread("chronicle-tailer", () -> {
					if (tailer[0] == null) {
						// a tailer belongs to the thread that created it
						tailer[0] = this.queue.createTailer().toEnd();
					}
					return poll(tailer[0], sink);
				}, context.busySpin()).start();
				return "";
			}

			@Override
			public void close() throws InterruptedException {
				if (this.thread != null) {
					this.thread.close();
					this.queue.close();
				}
			}

		};
	}

	private static int poll(ExcerptTailer tailer, MessageSink sink) {
		try (DocumentContext document = tailer.readingDocument()) {
			if (!document.isPresent()) {
				return 0;
			}
			Bytes<?> bytes = document.wire().bytes();
			long start = bytes.readPosition();
			long length = bytes.readRemaining();
			long intended = bytes.readLong(start + Payloads.INTENDED_OFFSET);
			long sequence = bytes.readLong(start + Payloads.SEQUENCE_OFFSET);
			long sum = 0;
			for (long i = start + Payloads.FILL_OFFSET; i < start + length - 7; i += 8) {
				sum += bytes.readLong(i);
			}
			sink.record(intended, sequence, sum);
			return 1;
		}
	}

	@Override
	public Sender sender(SubjectContext context) {
		return new Sender() {

			private ChronicleQueue queue;

			private ExcerptAppender appender;

			@Override
			public void start() {
				this.queue = open(context);
			}

			@Override
			public void send(byte[] payload) {
				if (this.appender == null) {
					this.appender = this.queue.createAppender();
				}
				try (DocumentContext document = this.appender.writingDocument()) {
					document.wire().bytes().write(payload);
				}
			}

			@Override
			public void close() {
				if (this.appender != null) {
					this.appender.close();
				}
				if (this.queue != null) {
					this.queue.close();
				}
			}

		};
	}

}
