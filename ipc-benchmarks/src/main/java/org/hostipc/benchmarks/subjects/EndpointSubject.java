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
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.wire.Frame;

/**
 * Ours, transport layer: an outbound endpoint sending {@link Frame}s point-to-point to an
 * inbound endpoint whose handler reads the payload.
 *
 * @author hostipc
 */
final class EndpointSubject extends OurSubject {

	EndpointSubject(OurTransport transport) {
		super(transport);
	}

	@Override
	public String id() {
		return transport().id();
	}

	@Override
	public String title() {
		return transport().id() + " endpoints (Frame send, FrameHandler)";
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
				this.endpoint = transport().inbound(context);
				this.endpoint.setHandler((frame, replier) -> sink.accept(frame.payload()));
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
	public Sender sender(SubjectContext context) {
		return new Sender() {

			private OutboundEndpoint endpoint;

			@Override
			public void start() {
				this.endpoint = transport().outbound(context);
				this.endpoint.start();
			}

			@Override
			public void send(byte[] payload) {
				this.endpoint.send(Frame.of(null, payload));
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
