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

import java.nio.ByteBuffer;
import java.util.Map;

import org.agrona.concurrent.UnsafeBuffer;
import org.hostipc.benchmarks.harness.MessageSink;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.wire.Frame;

/**
 * Ours, transport layer: an outbound endpoint sending point-to-point to an inbound
 * endpoint whose handler reads the payload in place. Sends go through
 * {@link OutboundEndpoint#send(java.util.Map, ByteBuffer)}, which a transport with an
 * allocation-free path (shared memory) encodes straight from the caller's bytes, as a
 * latency-minded user would send.
 *
 * @author hostipc
 */
class EndpointSubject extends OurSubject {

	EndpointSubject(OurTransport transport) {
		super(transport);
	}

	@Override
	public String id() {
		return transport().id();
	}

	@Override
	public String title() {
		return transport().id() + " endpoints (send from a buffer, receive in place)";
	}

	@Override
	public SubjectKind kind() {
		return SubjectKind.OURS_RAW;
	}

	/**
	 * Create the receiving endpoint.
	 * @param context the context
	 * @return the endpoint, not started
	 */
	InboundEndpoint inbound(SubjectContext context) {
		return transport().inbound(context);
	}

	/**
	 * Create the sending endpoint.
	 * @param context the context
	 * @return the endpoint, not started
	 */
	OutboundEndpoint outbound(SubjectContext context) {
		return transport().outbound(context);
	}

	@Override
	public Receiver receiver(SubjectContext context) {
		return new Receiver() {

			private InboundEndpoint endpoint;

			@Override
			public String start(MessageSink sink) {
				this.endpoint = EndpointSubject.this.inbound(context);
				// the allocation-free path: read the payload where the transport holds it
				UnsafeBuffer payload = new UnsafeBuffer(new byte[0]);
				this.endpoint.setHandler((view, replier) -> {
					payload.wrap(view.buffer());
					sink.accept(payload, view.payloadOffset(), view.payloadLength());
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
	public Sender sender(SubjectContext context) {
		return new Sender() {

			private OutboundEndpoint endpoint;

			private byte[] array;

			private ByteBuffer buffer;

			@Override
			public void start() {
				this.endpoint = EndpointSubject.this.outbound(context);
				this.endpoint.start();
			}

			@Override
			public void send(byte[] payload) {
				// the allocation-free path where the transport has one: encode straight
				// from the caller's bytes
				if (payload != this.array) {
					this.array = payload;
					this.buffer = ByteBuffer.wrap(payload);
				}
				this.endpoint.send(Map.of(), this.buffer.clear());
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
