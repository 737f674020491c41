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

package org.hostipc.uds;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.IpcEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.wire.Frame;

import static org.hostipc.testsupport.Copies.copying;

/**
 * The other process of the cross-process tests. Usage:
 * {@code UdsPeerMain <role> <socket path> [count]} with role one of:
 * <ul>
 * <li>{@code p2p-server}: point-to-point server, prints {@code RECEIVED <payload>} per
 * frame</li>
 * <li>{@code p2p-client}: point-to-point client, sends {@code count} frames
 * {@code child-<i>}, then prints {@code SENT <count>}</li>
 * <li>{@code echo-server}: request-reply server answering each request with its
 * payload</li>
 * <li>{@code subscriber}: publish-subscribe subscriber, prints {@code RECEIVED <payload>}
 * per frame</li>
 * </ul>
 * Prints {@code READY} once started and runs until its standard input closes, then prints
 * {@code STOPPED} and exits.
 *
 * @author hostipc
 */
public final class UdsPeerMain {

	private UdsPeerMain() {
	}

	public static void main(String[] args) throws Exception {
		String role = args[0];
		Path path = Path.of(args[1]);
		UdsOptions options = UdsOptions.builder(path)
			.sendTimeout(Duration.ofSeconds(10))
			.reconnectBackoff(Duration.ofMillis(10), Duration.ofMillis(200))
			.build();
		IpcEndpoint endpoint = switch (role) {
			case "p2p-server" -> printingInbound(MessagingPattern.POINT_TO_POINT, options);
			case "subscriber" -> printingInbound(MessagingPattern.PUBLISH_SUBSCRIBE, options);
			case "echo-server" -> echoServer(options);
			case "p2p-client" -> UdsEndpoints.outbound("child", MessagingPattern.POINT_TO_POINT, options);
			default -> throw new IllegalArgumentException("Unknown role " + role);
		};
		endpoint.start();
		System.out.println("READY");
		if (role.equals("p2p-client")) {
			int count = Integer.parseInt(args[2]);
			for (int i = 0; i < count; i++) {
				((OutboundEndpoint) endpoint)
					.send(Frame.of(Map.of("from", "child"), ("child-" + i).getBytes(StandardCharsets.UTF_8)));
			}
			System.out.println("SENT " + count);
		}
		awaitStandardInputEnd();
		endpoint.stop();
		System.out.println("STOPPED");
	}

	private static InboundEndpoint printingInbound(MessagingPattern pattern, UdsOptions options) {
		InboundEndpoint endpoint = UdsEndpoints.inbound("child", pattern, options);
		endpoint.setHandler(copying((frame, replier) -> System.out
			.println("RECEIVED " + new String(frame.payload(), StandardCharsets.UTF_8))));
		return endpoint;
	}

	private static InboundEndpoint echoServer(UdsOptions options) {
		InboundEndpoint endpoint = UdsEndpoints.inbound("child", MessagingPattern.REQUEST_REPLY, options);
		endpoint.setHandler(copying((frame, replier) -> replier.reply(frame)));
		return endpoint;
	}

	private static void awaitStandardInputEnd() throws Exception {
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		while (in.readLine() != null) {
			// only the end of the stream matters
		}
	}

}
