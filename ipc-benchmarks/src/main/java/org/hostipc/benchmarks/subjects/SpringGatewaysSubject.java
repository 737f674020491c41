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
import org.hostipc.shm.dsl.Shm;

import org.springframework.integration.core.MessagingTemplate;
import org.springframework.messaging.MessageChannel;

/**
 * Ours through Spring Integration, round trip: a request sent and received with a
 * {@link MessagingTemplate} (what a {@code @MessagingGateway} proxy does) through our
 * outbound gateway, carried over shared memory to our inbound gateway, whose flow echoes
 * the payload from a service activator.
 *
 * @author hostipc
 */
final class SpringGatewaysSubject extends ShmRoundTripSubject {

	@Override
	public String id() {
		return "shm-spring-rr";
	}

	@Override
	public String title() {
		return "shm through Spring Integration, round trip (outbound gateway -> inbound gateway -> service activator echo)";
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
				this.flows.echo(Shm.inboundGateway(OurTransport.CHANNEL, OurTransport.shm(context)));
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
	public Sender requester(SubjectContext context, MessageSink replies) {
		return new Sender() {

			private final MessagingTemplate template = new MessagingTemplate();

			private SpringFlows flows;

			private MessageChannel input;

			@Override
			public void start() {
				this.template.setReceiveTimeout(REPLY_TIMEOUT.toMillis());
				this.flows = new SpringFlows();
				this.input = this.flows.send(Shm.outboundGateway(OurTransport.CHANNEL, OurTransport.shm(context)));
			}

			@Override
			public void send(byte[] payload) {
				replies.accept(SpringFlows.request(this.template, this.input, payload));
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
