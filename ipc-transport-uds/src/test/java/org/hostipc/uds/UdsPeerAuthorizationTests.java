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

import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import org.junit.jupiter.api.Test;

import org.hostipc.transport.ErrorReason;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.transport.PeerUnavailableException;
import org.hostipc.wire.Frame;

import static org.hostipc.testsupport.Copies.copying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests for the {@code SO_PEERCRED} allow-list of UDS endpoints.
 *
 * @author hostipc
 */
class UdsPeerAuthorizationTests extends AbstractUdsTests {

	private static final int OTHER_ID = 4242;

	@Test
	void numericIdsShouldMatchPeerCredentialsOfTheCurrentProcess() throws Exception {
		int uid = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
		int gid = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:gid");
		UnixDomainPrincipal self = ownCredentials();
		assertThat(PeerAuthorizer.of(options().build()).isAllowed(self)).isTrue();
		assertThat(PeerAuthorizer.of(options().allowedUids(Set.of(uid)).build()).isAllowed(self)).isTrue();
		assertThat(PeerAuthorizer.of(options().allowedGids(Set.of(gid)).build()).isAllowed(self)).isTrue();
		assertThat(PeerAuthorizer.of(options().allowedUids(Set.of(OTHER_ID)).build()).isAllowed(self)).isFalse();
		assertThat(PeerAuthorizer.of(options().allowedGids(Set.of(OTHER_ID)).build()).isAllowed(self)).isFalse();
	}

	private UnixDomainPrincipal ownCredentials() throws Exception {
		try (java.nio.channels.ServerSocketChannel server = java.nio.channels.ServerSocketChannel
			.open(StandardProtocolFamily.UNIX)) {
			server.bind(SocketFiles.address(this.tempDir.resolve("probe.sock")));
			try (SocketChannel client = SocketChannel.open(server.getLocalAddress());
					SocketChannel accepted = server.accept()) {
				return accepted.getOption(ExtendedSocketOptions.SO_PEERCRED);
			}
		}
	}

	@Test
	void peerOutsideAllowListShouldBeRefusedAndItsSendShouldFail() {
		List<Frame> received = new CopyOnWriteArrayList<>();
		InboundEndpoint server = startedInbound(MessagingPattern.POINT_TO_POINT,
				options().allowedUids(Set.of(OTHER_ID)).build(), copying((frame, replier) -> received.add(frame)));
		OutboundEndpoint client = startedOutbound(MessagingPattern.POINT_TO_POINT,
				options().sendTimeout(Duration.ofMillis(500)).build());
		assertThatExceptionOfType(PeerUnavailableException.class).isThrownBy(() -> client.send(frame("denied")))
			.withMessageContaining("the server closed the connection without accepting it");
		assertThat(server.counters().errors(ErrorReason.UNAUTHORIZED)).isPositive();
		assertThat(client.state().isUp()).isFalse();
		assertThat(server.describe()).containsEntry("peers", 0);
		assertThat(received).isEmpty();
		assertThat(client.counters().messagesSent()).isZero();
	}

	@Test
	void clientShouldRefuseServerOutsideItsAllowList() {
		InboundEndpoint server = startedInbound(MessagingPattern.POINT_TO_POINT, options().build(),
				copying((frame, replier) -> {
				}));
		OutboundEndpoint client = startedOutbound(MessagingPattern.POINT_TO_POINT,
				options().allowedUids(Set.of(OTHER_ID)).sendTimeout(Duration.ofMillis(300)).build());
		await().atMost(Duration.ofSeconds(10)).until(() -> client.counters().errors(ErrorReason.UNAUTHORIZED) > 0);
		assertThat(client.state().reason()).contains("not an allowed peer");
		assertThatExceptionOfType(PeerUnavailableException.class).isThrownBy(() -> client.send(frame("x")));
		assertThat(server.counters().messagesReceived()).isZero();
	}

	@Test
	void refusedRawClientShouldSeeEndOfStreamWithoutAnyByte() throws Exception {
		InboundEndpoint server = startedInbound(MessagingPattern.POINT_TO_POINT,
				options().allowedGids(Set.of(OTHER_ID)).build(), copying((frame, replier) -> {
				}));
		try (SocketChannel raw = SocketChannel.open(SocketFiles.address(socketPath()))) {
			ByteBuffer buffer = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
			assertThat(raw.read(buffer)).isEqualTo(-1);
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> server.counters().errors(ErrorReason.UNAUTHORIZED) == 1);
		assertThat(server.state().isUp()).isTrue();
	}

}
