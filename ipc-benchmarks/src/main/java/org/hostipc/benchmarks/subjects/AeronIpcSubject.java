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

import io.aeron.Aeron;
import io.aeron.ExclusivePublication;
import io.aeron.FragmentAssembler;
import io.aeron.Publication;
import io.aeron.Subscription;
import io.aeron.driver.MediaDriver;
import io.aeron.driver.ThreadingMode;
import org.agrona.CloseHelper;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.SleepingMillisIdleStrategy;
import org.agrona.concurrent.UnsafeBuffer;

import org.hostipc.benchmarks.harness.MessageSink;

/**
 * Baseline: Aeron IPC ({@code aeron:ipc}) with an exclusive publication. The media driver
 * is embedded in the receiving process in {@link ThreadingMode#SHARED shared} mode with a
 * sleeping idle strategy, so that it never spins: the machine has two cores and those go
 * to the sending and receiving threads. IPC data does not pass through the driver.
 *
 * @author hostipc
 */
final class AeronIpcSubject implements Subject {

	/** The channel; an 8 KiB MTU keeps 4 KiB messages in one fragment. */
	static final String CHANNEL = "aeron:ipc?mtu=8192|term-length=16m";

	private static final int STREAM_ID = 1001;

	@Override
	public String id() {
		return "aeron";
	}

	@Override
	public String title() {
		return "Aeron IPC, embedded driver (shared mode, sleeping)";
	}

	@Override
	public SubjectKind kind() {
		return SubjectKind.BASELINE;
	}

	@Override
	public String idleDescription(boolean busySpin) {
		return PollingThread.idleDescription(busySpin) + "; driver sleeps 1 ms when idle";
	}

	static String aeronDirectory(SubjectContext context) {
		return context.directory().resolve("aeron").toString();
	}

	@Override
	public Receiver receiver(SubjectContext context) {
		return new Receiver() {

			private MediaDriver driver;

			private Aeron aeron;

			private PollingThread thread;

			@Override
			public String start(MessageSink sink) {
				this.driver = MediaDriver
					.launchEmbedded(new MediaDriver.Context().aeronDirectoryName(aeronDirectory(context))
						.threadingMode(ThreadingMode.SHARED)
						.sharedIdleStrategy(new SleepingMillisIdleStrategy(1))
						.dirDeleteOnStart(true)
						.dirDeleteOnShutdown(true));
				this.aeron = Aeron.connect(new Aeron.Context().aeronDirectoryName(this.driver.aeronDirectoryName()));
				Subscription subscription = this.aeron.addSubscription(CHANNEL, STREAM_ID);
				FragmentAssembler assembler = new FragmentAssembler(
						(buffer, offset, length, header) -> sink.accept(buffer, offset, length));
				this.thread = new PollingThread("aeron-subscriber", () -> subscription.poll(assembler, 64),
						context.busySpin())
					.start();
				return "";
			}

			@Override
			public void close() throws InterruptedException {
				if (this.thread != null) {
					this.thread.close();
				}
				CloseHelper.closeAll(this.aeron, this.driver);
			}

		};
	}

	@Override
	public Sender sender(SubjectContext context) {
		return new Sender() {

			private final UnsafeBuffer message = new UnsafeBuffer(new byte[0]);

			private final IdleStrategy idle = PollingThread.idleStrategy(context.busySpin());

			private Aeron aeron;

			private ExclusivePublication publication;

			@Override
			public void start() throws InterruptedException {
				this.aeron = Aeron.connect(new Aeron.Context().aeronDirectoryName(aeronDirectory(context)));
				this.publication = this.aeron.addExclusivePublication(CHANNEL, STREAM_ID);
				long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
				while (!this.publication.isConnected()) {
					if (System.nanoTime() > deadline) {
						throw new IllegalStateException("The Aeron subscriber did not connect in 30 s");
					}
					Thread.sleep(1);
				}
			}

			@Override
			public void send(byte[] payload) {
				this.message.wrap(payload);
				this.idle.reset();
				long result;
				while ((result = this.publication.offer(this.message, 0, payload.length)) < 0) {
					if (result == Publication.CLOSED || result == Publication.MAX_POSITION_EXCEEDED) {
						throw new IllegalStateException("Aeron publication failed: " + result);
					}
					this.idle.idle();
				}
			}

			@Override
			public void close() {
				CloseHelper.closeAll(this.publication, this.aeron);
			}

		};
	}

}
