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

import org.hostipc.benchmarks.harness.MessageSink;

import org.springframework.integration.channel.QueueChannel;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.GenericMessage;

/**
 * Baseline: an in-JVM Spring Integration {@link QueueChannel} (bounded, 8192 messages)
 * handing messages from the sending thread to a receiving thread. By nature it runs in
 * one JVM: it shows the cost of a thread handoff without any inter-process transport. The
 * sender copies each payload, as the queue keeps a reference.
 *
 * @author hostipc
 */
final class QueueChannelSubject implements Subject {

	private static final int CAPACITY = 8192;

	/**
	 * Shared by the receiver and the sender, which the one JVM of this subject creates.
	 */
	private QueueChannel channel;

	@Override
	public String id() {
		return "queue-channel";
	}

	@Override
	public String title() {
		return "Spring Integration QueueChannel handoff (one JVM)";
	}

	@Override
	public SubjectKind kind() {
		return SubjectKind.BASELINE;
	}

	@Override
	public boolean singleJvm() {
		return true;
	}

	@Override
	public String idleDescription(boolean busySpin) {
		return busySpin ? "busy-spin on receive(0)" : "blocking receive";
	}

	private synchronized QueueChannel channel() {
		if (this.channel == null) {
			this.channel = new QueueChannel(CAPACITY);
		}
		return this.channel;
	}

	@Override
	public Receiver receiver(SubjectContext context) {
		QueueChannel channel = channel();
		return new Receiver() {

			private PollingThread thread;

			@Override
			public String start(MessageSink sink) {
				long timeout = context.busySpin() ? 0 : 100;
				this.thread = new PollingThread("queue-channel-receiver", () -> {
					Message<?> message = channel.receive(timeout);
					if (message == null) {
						return 0;
					}
					sink.accept((byte[]) message.getPayload());
					return 1;
				}, true).start();
				return "";
			}

			@Override
			public void close() throws InterruptedException {
				if (this.thread != null) {
					this.thread.close();
				}
			}

		};
	}

	@Override
	public Sender sender(SubjectContext context) {
		QueueChannel channel = channel();
		return new Sender() {

			@Override
			public void start() {
			}

			@Override
			public void send(byte[] payload) {
				channel.send(new GenericMessage<>(payload.clone()));
			}

			@Override
			public void close() {
			}

		};
	}

}
