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
import java.nio.file.Files;
import java.nio.file.Path;

import org.agrona.IoUtil;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.ringbuffer.OneToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.RingBuffer;

import org.hostipc.benchmarks.harness.MessageSink;

/**
 * Baseline of the round trips: two raw Agrona rings over mapped files, one for requests
 * and one for replies; the responder copies each request into the reply ring as it is.
 * The rings are {@link OneToOneRingBuffer}s ({@code agrona-pair}, the goals' baseline) or
 * the many-producer rings our transport uses ({@code agrona-pair-m2o}).
 *
 * @author hostipc
 */
final class AgronaPairSubject extends RoundTripSubject {

	private static final int MESSAGE_TYPE = 1;

	private final AgronaRingType type;

	AgronaPairSubject(AgronaRingType type) {
		this.type = type;
	}

	@Override
	public String id() {
		return this.type.id("agrona-pair");
	}

	@Override
	public String title() {
		return "round trip over two Agrona " + this.type.className() + "s on mapped files (request ring, reply ring)";
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

			private final Rings rings = new Rings(AgronaPairSubject.this.type);

			private PollingThread thread;

			@Override
			public String start(MessageSink sink) throws IOException {
				this.rings.map(context, true);
				RingBuffer requests = this.rings.requests;
				RingBuffer replies = this.rings.replies;
				this.thread = new PollingThread("agrona-responder",
						() -> requests.read((type, buffer, index, length) -> {
							while (!replies.write(MESSAGE_TYPE, buffer, index, length)) {
								Thread.onSpinWait();
							}
						}, 64), context.busySpin())
					.start();
				return "";
			}

			@Override
			public void close() throws InterruptedException {
				if (this.thread != null) {
					this.thread.close();
				}
				this.rings.close();
			}

		};
	}

	@Override
	public Sender requester(SubjectContext context, MessageSink replies) {
		return new Sender() {

			private final Rings rings = new Rings(AgronaPairSubject.this.type);

			private final UnsafeBuffer message = new UnsafeBuffer(new byte[0]);

			private final IdleStrategy idle = PollingThread.idleStrategy(context.busySpin());

			@Override
			public void start() throws IOException {
				this.rings.map(context, false);
			}

			@Override
			public void send(byte[] payload) {
				this.message.wrap(payload);
				this.idle.reset();
				while (!this.rings.requests.write(MESSAGE_TYPE, this.message, 0, payload.length)) {
					this.idle.idle();
				}
				this.idle.reset();
				while (this.rings.replies.read((type, buffer, index, length) -> replies.accept(buffer, index, length),
						1) == 0) {
					this.idle.idle();
				}
			}

			@Override
			public void close() {
				this.rings.close();
			}

		};
	}

	/**
	 * The two mapped rings of one side.
	 */
	private static final class Rings {

		private final AgronaRingType type;

		private MappedByteBuffer requestFile;

		private MappedByteBuffer replyFile;

		private RingBuffer requests;

		private RingBuffer replies;

		Rings(AgronaRingType type) {
			this.type = type;
		}

		void map(SubjectContext context, boolean create) throws IOException {
			Path requestPath = context.directory().resolve("agrona-request.ring");
			Path replyPath = context.directory().resolve("agrona-reply.ring");
			if (create) {
				Files.deleteIfExists(requestPath);
				Files.deleteIfExists(replyPath);
			}
			this.requestFile = AgronaRingSubject.map(requestPath);
			this.replyFile = AgronaRingSubject.map(replyPath);
			this.requests = this.type.create(new UnsafeBuffer(this.requestFile));
			this.replies = this.type.create(new UnsafeBuffer(this.replyFile));
		}

		void close() {
			if (this.requestFile != null) {
				IoUtil.unmap(this.requestFile);
			}
			if (this.replyFile != null) {
				IoUtil.unmap(this.replyFile);
			}
		}

	}

}
