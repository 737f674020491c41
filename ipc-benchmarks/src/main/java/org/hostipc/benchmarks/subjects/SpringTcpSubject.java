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

import java.util.concurrent.TimeUnit;

import org.hostipc.benchmarks.harness.MessageSink;

import org.springframework.integration.ip.dsl.Tcp;
import org.springframework.integration.ip.dsl.TcpClientConnectionFactorySpec;
import org.springframework.integration.ip.dsl.TcpServerConnectionFactorySpec;
import org.springframework.integration.ip.tcp.connection.AbstractServerConnectionFactory;
import org.springframework.integration.ip.tcp.serializer.ByteArrayLengthHeaderSerializer;
import org.springframework.integration.ip.tcp.serializer.TcpCodecs;
import org.springframework.messaging.MessageChannel;

/**
 * Baseline: Spring Integration's {@code ip} module, a TCP outbound channel adapter
 * sending over loopback to a TCP inbound channel adapter (blocking {@code java.net}
 * connection factories, 4-byte length header, {@code TCP_NODELAY}), whose flow hands each
 * message to a handler.
 *
 * @author hostipc
 */
final class SpringTcpSubject implements Subject {

	private static final int MAX_MESSAGE = 64 * 1024;

	@Override
	public String id() {
		return "spring-tcp";
	}

	@Override
	public String title() {
		return "Spring Integration TCP adapters over loopback";
	}

	@Override
	public SubjectKind kind() {
		return SubjectKind.BASELINE;
	}

	@Override
	public String idleDescription(boolean busySpin) {
		return "blocking read";
	}

	private static ByteArrayLengthHeaderSerializer codec() {
		return TcpCodecs.lengthHeader4(MAX_MESSAGE);
	}

	@Override
	public Receiver receiver(SubjectContext context) {
		return new Receiver() {

			private SpringFlows flows;

			@Override
			public String start(MessageSink sink) throws InterruptedException {
				TcpServerConnectionFactorySpec spec = Tcp.netServer(0)
					.localAddress("127.0.0.1")
					.soTcpNoDelay(true)
					.serializer(codec())
					.deserializer(codec());
				AbstractServerConnectionFactory server = (AbstractServerConnectionFactory) spec.getObject();
				this.flows = new SpringFlows();
				this.flows.receive(Tcp.inboundAdapter(spec), sink);
				long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
				while (!server.isListening() && System.nanoTime() < deadline) {
					Thread.sleep(5);
				}
				return String.valueOf(server.getPort());
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
				TcpClientConnectionFactorySpec client = Tcp.netClient("127.0.0.1", Integer.parseInt(context.info()))
					.soTcpNoDelay(true)
					.serializer(codec())
					.deserializer(codec());
				this.flows = new SpringFlows();
				this.input = this.flows.send(Tcp.outboundAdapter(client));
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
