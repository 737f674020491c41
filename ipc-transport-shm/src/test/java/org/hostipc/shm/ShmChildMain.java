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

package org.hostipc.shm;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.wire.Frame;

import static org.hostipc.testsupport.Copies.copying;

/**
 * Main class of the child JVMs of the shared-memory integration tests. Arguments:
 * {@code <mode> <directory> <channel> [mode arguments]}; prints {@code READY} once
 * started, then one line per event.
 * <ul>
 * <li>{@code consume [delayMillis]}: point-to-point consumer, prints {@code RECV <text>}
 * for each frame (after the delay)</li>
 * <li>{@code produce <id> <count>}: sends {@code <id>:<i>}, prints {@code DONE}</li>
 * <li>{@code produce-forever <id>}: sends {@code <id>:<i>} until killed</li>
 * <li>{@code claim-and-hang}: claims a record in the channel ring, prints
 * {@code CLAIMED}, never commits</li>
 * <li>{@code respond}: request-reply responder answering {@code re:<text>}</li>
 * <li>{@code subscribe}: subscriber, prints {@code RECV <text>}</li>
 * </ul>
 *
 * @author hostipc
 */
public final class ShmChildMain {

	private ShmChildMain() {
	}

	static ShmOptions options(Path directory) {
		return ShmOptions.builder()
			.directory(directory)
			.capacity(1024 * 1024)
			.limits(new org.hostipc.wire.FrameLimits(4096, 2048, 32))
			.heartbeat(Duration.ofMillis(100), Duration.ofSeconds(1))
			.producerStallTimeout(Duration.ofSeconds(1))
			.sendTimeout(Duration.ofSeconds(10))
			.build();
	}

	public static void main(String[] args) throws Exception {
		String mode = args[0];
		ShmOptions options = options(Path.of(args[1]));
		String channel = args[2];
		switch (mode) {
			case "consume" -> consume(options, channel, MessagingPattern.POINT_TO_POINT,
					(args.length > 3) ? Long.parseLong(args[3]) : 0);
			case "subscribe" -> consume(options, channel, MessagingPattern.PUBLISH_SUBSCRIBE, 0);
			case "produce" -> produce(options, channel, args[3], Integer.parseInt(args[4]));
			case "produce-forever" -> produce(options, channel, args[3], Integer.MAX_VALUE);
			case "claim-and-hang" -> claimAndHang(options, channel);
			case "respond" -> respond(options, channel);
			default -> throw new IllegalArgumentException("Unknown mode " + mode);
		}
	}

	private static void consume(ShmOptions options, String channel, MessagingPattern pattern, long delayMillis)
			throws InterruptedException {
		InboundEndpoint endpoint = ShmEndpoints.inbound(channel, pattern, options);
		endpoint.setHandler(copying((frame, replier) -> {
			if (delayMillis > 0) {
				// a deliberately slow handler, so that the ring fills up
				LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(delayMillis));
			}
			System.out.println("RECV " + new String(frame.payload(), StandardCharsets.UTF_8));
		}));
		endpoint.start();
		System.out.println("READY");
		Thread.currentThread().join();
	}

	private static void produce(ShmOptions options, String channel, String id, int count) {
		OutboundEndpoint endpoint = ShmEndpoints.outbound(channel, MessagingPattern.POINT_TO_POINT, options);
		endpoint.start();
		System.out.println("READY");
		for (int i = 0; i < count; i++) {
			endpoint.send(Frame.of(null, (id + ":" + i).getBytes(StandardCharsets.UTF_8)));
		}
		System.out.println("DONE");
		endpoint.stop();
	}

	private static void claimAndHang(ShmOptions options, String channel) throws InterruptedException {
		ShmRing ring = new ShmFiles(options).open(options.directory().resolve(channel + ".ring"));
		int index = ring.ring().tryClaim(ShmFileDescriptor.FRAME_MESSAGE_TYPE, 64);
		System.out.println((index >= 0) ? "CLAIMED" : "FULL");
		Thread.currentThread().join();
	}

	private static void respond(ShmOptions options, String channel) throws InterruptedException {
		InboundEndpoint endpoint = ShmEndpoints.inbound(channel, MessagingPattern.REQUEST_REPLY, options);
		endpoint.setHandler(copying((frame, replier) -> replier.reply(Frame.of(null,
				("re:" + new String(frame.payload(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)))));
		endpoint.start();
		System.out.println("READY");
		Thread.currentThread().join();
	}

}
