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

package org.hostipc.chronicle;

import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.hostipc.transport.InboundEndpoint;
import org.hostipc.IpcException;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;

import static org.hostipc.testsupport.Copies.copying;

/**
 * Main class of the child JVMs of the Chronicle integration tests.
 * <ul>
 * <li>{@code consume <directory> <channel> <workMicros> <recordFile>}: a point-to-point
 * subscriber that, for each message, simulates {@code workMicros} of work, appends the
 * payload as a line to the record file (an unbuffered write that survives SIGKILL, unlike
 * output still in a pipe) and returns, acknowledging it; prints {@code READY} once
 * started.</li>
 * <li>{@code start <directory> <channel>}: starts an appender and prints {@code STARTED},
 * or {@code FAILED <message>} and exits with 3.</li>
 * <li>{@code lock <directory> <channel> <releaseFile>}: holds the retention lock of the
 * channel, printing {@code LOCKED}, until the release file exists; then prints
 * {@code RELEASED} and exits.</li>
 * </ul>
 *
 * @author hostipc
 */
public final class ChronicleChildMain {

	private ChronicleChildMain() {
	}

	public static void main(String[] args) throws Exception {
		ChronicleOptions options = ChronicleOptions.builder().directory(Path.of(args[1])).build();
		if (args[0].equals("start")) {
			start(args[2], options);
			return;
		}
		if (args[0].equals("lock")) {
			holdRetentionLock(ChronicleFiles.subscribersDirectory(options, args[2]), Path.of(args[3]));
			return;
		}
		long workNanos = TimeUnit.MICROSECONDS.toNanos(Long.parseLong(args[3]));
		FileOutputStream record = new FileOutputStream(args[4], true);
		InboundEndpoint inbound = ChronicleEndpoints.inbound(args[2], MessagingPattern.POINT_TO_POINT, options);
		inbound.setHandler(copying((frame, replier) -> {
			LockSupport.parkNanos(workNanos);
			record.write((new String(frame.payload(), StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8));
		}));
		inbound.start();
		System.out.println("READY");
		new CountDownLatch(1).await();
	}

	private static void holdRetentionLock(Path subscribers, Path releaseFile) {
		ChronicleRetention.locked(subscribers, () -> {
			System.out.println("LOCKED");
			System.out.flush();
			while (!Files.exists(releaseFile)) {
				LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
			}
			return null;
		});
		System.out.println("RELEASED");
	}

	private static void start(String channel, ChronicleOptions options) {
		OutboundEndpoint outbound = ChronicleEndpoints.outbound(channel, MessagingPattern.POINT_TO_POINT, options);
		try {
			outbound.start();
			System.out.println("STARTED");
			outbound.stop();
		}
		catch (IpcException ex) {
			System.out.println("FAILED " + ex.getMessage());
			System.out.flush();
			System.exit(3);
		}
	}

}
