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
import org.hostipc.shm.ShmEndpoints;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.wire.Frame;

/**
 * Ours, transport layer, round trip: a request-reply outbound endpoint's
 * {@link OutboundEndpoint#request request} to a request-reply inbound endpoint whose
 * handler replies with the request's payload (the requester reads its reply ring itself).
 *
 * @author hostipc
 */
final class ShmRequestReplySubject extends ShmRoundTripSubject {

	@Override
	public String id() {
		return "shm-rr";
	}

	@Override
	public String title() {
		return "shm request-reply endpoints, round trip (request() -> inbound endpoint, in-place handler replies)";
	}

	@Override
	public SubjectKind kind() {
		return SubjectKind.OURS_RAW;
	}

	@Override
	public Receiver receiver(SubjectContext context) {
		return new Receiver() {

			private InboundEndpoint endpoint;

			@Override
			public String start(MessageSink sink) {
				this.endpoint = ShmEndpoints.inbound(OurTransport.CHANNEL, MessagingPattern.REQUEST_REPLY,
						OurTransport.shm(context));
				// in place, as the one-way endpoint subject receives: the payload is read
				// straight from the ring into the reply
				this.endpoint.setHandler((view, replier) -> {
					byte[] payload = new byte[view.payloadLength()];
					view.getPayload(payload, 0);
					replier.reply(Frame.of(null, payload));
				});
				this.endpoint.start();
				return "";
			}

			@Override
			public void close() {
				if (this.endpoint != null) {
					this.endpoint.stop();
				}
			}

		};
	}

	@Override
	public Sender requester(SubjectContext context, MessageSink replies) {
		return new Sender() {

			private OutboundEndpoint endpoint;

			@Override
			public void start() {
				this.endpoint = ShmEndpoints.outbound(OurTransport.CHANNEL, MessagingPattern.REQUEST_REPLY,
						OurTransport.shm(context));
				this.endpoint.start();
			}

			@Override
			public void send(byte[] payload) {
				replies.accept(this.endpoint.request(Frame.of(null, payload), REPLY_TIMEOUT).payload());
			}

			@Override
			public void close() {
				if (this.endpoint != null) {
					this.endpoint.stop();
				}
			}

		};
	}

}
