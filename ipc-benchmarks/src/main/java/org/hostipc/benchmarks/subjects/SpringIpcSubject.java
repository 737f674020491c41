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

import org.springframework.messaging.MessageChannel;

/**
 * Ours through Spring Integration: a message sent to a flow ending in our outbound
 * channel adapter, carried by the transport to our inbound channel adapter, whose flow
 * hands it to a message handler that reads the {@code byte[]} payload.
 *
 * @author hostipc
 */
final class SpringIpcSubject extends OurSubject {

	SpringIpcSubject(OurTransport transport) {
		super(transport);
	}

	@Override
	public String id() {
		return transport().id() + "-spring";
	}

	@Override
	public String title() {
		return transport().id() + " through Spring Integration (outbound adapter -> inbound adapter -> handler)";
	}

	@Override
	public SubjectKind kind() {
		return SubjectKind.OURS_SPRING;
	}

	@Override
	public Receiver receiver(SubjectContext context) {
		return new Receiver() {

			private SpringFlows flows;

			@Override
			public String start(MessageSink sink) {
				this.flows = new SpringFlows();
				this.flows.receive(transport().inboundAdapter(context), sink);
				return "";
			}

			@Override
			public void close() {
				if (this.flows != null) {
					this.flows.close();
				}
			}

		};
	}

	@Override
	public Sender sender(SubjectContext context) {
		return new Sender() {

			private SpringFlows flows;

			private MessageChannel input;

			@Override
			public void start() {
				this.flows = new SpringFlows();
				this.input = this.flows.send(transport().outboundAdapter(context));
			}

			@Override
			public void send(byte[] payload) {
				SpringFlows.send(this.input, payload);
			}

			@Override
			public void close() {
				if (this.flows != null) {
					this.flows.close();
				}
			}

		};
	}

}
