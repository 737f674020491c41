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
import org.hostipc.transport.BufferOutboundEndpoint;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.transport.ViewInboundEndpoint;
import org.hostipc.wire.Frame;

/**
 * Ours, transport layer: an outbound endpoint sending point-to-point to an inbound
 * endpoint whose handler reads the payload. Where the transport has the allocation-free
 * paths ({@link BufferOutboundEndpoint}, {@link ViewInboundEndpoint}) they are used, as a
 * latency-minded user would; otherwise {@link Frame}s.
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
		return transport().id() + " endpoints (buffer send and in-place receive where the transport has them,"
				+ " otherwise Frame send and FrameHandler)";
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
				if (this.endpoint instanceof ViewInboundEndpoint inPlace) {
					// the allocation-free path: read the payload where the transport
					// holds it
					UnsafeBuffer payload = new UnsafeBuffer(new byte[0]);
					inPlace.setViewHandler((view, replier) -> {
						payload.wrap(view.buffer());
						sink.accept(payload, view.payloadOffset(), view.payloadLength());
					});
				}
				else {
					this.endpoint.setHandler((frame, replier) -> sink.accept(frame.payload()));
				}
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
				if (this.endpoint instanceof BufferOutboundEndpoint direct) {
					// the allocation-free path: encode straight from the caller's bytes
					if (payload != this.array) {
						this.array = payload;
						this.buffer = ByteBuffer.wrap(payload);
					}
					direct.send(Map.of(), this.buffer.clear());
				}
				else {
					this.endpoint.send(Frame.of(null, payload));
				}
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
