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

import org.springframework.integration.core.MessagingTemplate;
import org.springframework.messaging.MessageChannel;

/**
 * Baseline: Spring Integration's own request-reply without any transport, in one JVM and
 * one thread. A {@link MessagingTemplate} sends each request to a direct channel whose
 * service activator returns the payload, and waits for the reply, as the requester of
 * {@code shm-spring-rr} does with its outbound gateway. It is the floor under the time
 * the gateways add to a round trip: the template's temporary reply channel and message
 * copies and the service activator's reply, with no mapping and no second process.
 *
 * @author hostipc
 */
final class SpringLocalRoundTripSubject extends RoundTripSubject {

	/**
	 * Shared by the receiver and the requester, which the one JVM of this subject
	 * creates.
	 */
	private SpringFlows flows;

	private MessageChannel input;

	@Override
	public String id() {
		return "spring-local-rr";
	}

	@Override
	public String title() {
		return "Spring Integration request-reply in one thread, no transport (template -> direct channel -> "
				+ "service activator echo)";
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
		return "none (the requester's thread runs the service activator)";
	}

	@Override
	public Receiver receiver(SubjectContext context) {
		return new Receiver() {

			@Override
			public String start(MessageSink sink) {
				input();
				return "";
			}

			@Override
			public void close() {
				closeFlows();
			}

		};
	}

	/**
	 * Return the input channel of the service activator, registering it on first use.
	 */
	private synchronized MessageChannel input() {
		if (this.input == null) {
			this.flows = new SpringFlows();
			this.input = this.flows.localEcho();
		}
		return this.input;
	}

	private synchronized void closeFlows() {
		if (this.flows != null) {
			this.flows.close();
			this.flows = null;
			this.input = null;
		}
	}

	@Override
	public Sender requester(SubjectContext context, MessageSink replies) {
		return new Sender() {

			private final MessagingTemplate template = new MessagingTemplate();

			private MessageChannel input;

			@Override
			public void start() {
				this.template.setReceiveTimeout(REPLY_TIMEOUT.toMillis());
				this.input = input();
			}

			@Override
			public void send(byte[] payload) {
				replies.accept(SpringFlows.request(this.template, this.input, payload));
			}

			@Override
			public void close() {
			}

		};
	}

}
