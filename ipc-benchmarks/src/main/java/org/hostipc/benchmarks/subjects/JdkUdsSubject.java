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
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

import org.agrona.concurrent.UnsafeBuffer;

import org.hostipc.benchmarks.harness.MessageSink;

/**
 * Baseline: a raw JDK Unix domain socket ({@link SocketChannel} with a
 * {@link UnixDomainSocketAddress}), blocking, with a 4-byte length before each message.
 * Both profiles block in {@code read}, as our socket transport does.
 *
 * @author hostipc
 */
final class JdkUdsSubject implements Subject {

	private static final int BUFFER_SIZE = 256 * 1024;

	@Override
	public String id() {
		return "jdk-uds";
	}

	@Override
	public String title() {
		return "JDK SocketChannel over a Unix domain socket";
	}

	@Override
	public SubjectKind kind() {
		return SubjectKind.BASELINE;
	}

	@Override
	public String idleDescription(boolean busySpin) {
		return "blocking read";
	}

	static Path socketPath(SubjectContext context) {
		return context.directory().resolve("jdk.sock");
	}

	@Override
	public Receiver receiver(SubjectContext context) {
		return new Receiver() {

			private ServerSocketChannel server;

			private SocketChannel channel;

			private Thread thread;

			@Override
			public String start(MessageSink sink) throws IOException {
				Path path = socketPath(context);
				Files.deleteIfExists(path);
				this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
				this.server.bind(UnixDomainSocketAddress.of(path));
				this.thread = new Thread(() -> read(sink), "jdk-uds-reader");
				this.thread.setDaemon(true);
				this.thread.start();
				return "";
			}

			private void read(MessageSink sink) {
				ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
				UnsafeBuffer view = new UnsafeBuffer(buffer);
				try (SocketChannel channel = this.server.accept()) {
					this.channel = channel;
					while (channel.read(buffer) >= 0) {
						buffer.flip();
						while (buffer.remaining() >= 4 && buffer.remaining() >= 4 + buffer.getInt(buffer.position())) {
							int length = buffer.getInt();
							sink.accept(view, buffer.position(), length);
							buffer.position(buffer.position() + length);
						}
						buffer.compact();
					}
				}
				catch (IOException ex) {
					// closed
				}
			}

			@Override
			public void close() throws IOException, InterruptedException {
				if (this.server != null) {
					this.server.close();
				}
				if (this.channel != null) {
					this.channel.close();
				}
				if (this.thread != null) {
					this.thread.join(5000);
				}
			}

		};
	}

	@Override
	public Sender sender(SubjectContext context) {
		return new Sender() {

			private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_SIZE).order(ByteOrder.LITTLE_ENDIAN);

			private SocketChannel channel;

			@Override
			public void start() throws IOException {
				this.channel = SocketChannel.open(UnixDomainSocketAddress.of(socketPath(context)));
			}

			@Override
			public void send(byte[] payload) throws IOException {
				this.buffer.clear();
				this.buffer.putInt(payload.length).put(payload).flip();
				while (this.buffer.hasRemaining()) {
					this.channel.write(this.buffer);
				}
			}

			@Override
			public void close() throws IOException {
				if (this.channel != null) {
					this.channel.close();
				}
			}

		};
	}

}
