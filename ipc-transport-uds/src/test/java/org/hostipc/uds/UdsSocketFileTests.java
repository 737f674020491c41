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
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.hostipc.transport.InboundEndpoint;
import org.hostipc.IpcException;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.wire.Frame;

import static org.hostipc.testsupport.Copies.copying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests for the socket file handling of UDS servers: permissions, stale files and paths
 * in use.
 *
 * @author hostipc
 */
class UdsSocketFileTests extends AbstractUdsTests {

	@Test
	void serverShouldCreateOwnerOnlySocketAndDirectories() throws Exception {
		Files.setPosixFilePermissions(this.tempDir, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path path = this.tempDir.resolve("a/b/s.sock");
		InboundEndpoint server = startedInbound(MessagingPattern.POINT_TO_POINT, UdsOptions.builder(path).build(),
				copying((frame, replier) -> {
				}));
		assertThat(server.state().isUp()).isTrue();
		assertThat(mode(path)).isEqualTo("rw-------");
		assertThat(mode(this.tempDir.resolve("a"))).isEqualTo("rwx------");
		assertThat(mode(this.tempDir.resolve("a/b"))).isEqualTo("rwx------");
		assertThat(mode(this.tempDir)).isEqualTo("rwxr-xr-x");
	}

	@Test
	void configuredPermissionsShouldBeHonoured() throws Exception {
		Path path = this.tempDir.resolve("shared/s.sock");
		startedInbound(MessagingPattern.POINT_TO_POINT,
				UdsOptions.builder(path)
					.socketPermissions(PosixFilePermissions.fromString("rw-rw----"))
					.directoryPermissions(PosixFilePermissions.fromString("rwxr-x---"))
					.build(),
				copying((frame, replier) -> {
				}));
		assertThat(mode(path)).isEqualTo("rw-rw----");
		assertThat(mode(this.tempDir.resolve("shared"))).isEqualTo("rwxr-x---");
	}

	@Test
	void stopShouldDeleteTheSocketFile() {
		InboundEndpoint server = startedInbound(MessagingPattern.POINT_TO_POINT, options().build(),
				copying((frame, replier) -> {
				}));
		assertThat(socketPath()).exists();
		server.stop();
		assertThat(socketPath()).doesNotExist();
		assertThat(server.state().isUp()).isFalse();
	}

	@Test
	void staleSocketFileShouldBeReplacedWhenNobodyListens() throws Exception {
		try (ServerSocketChannel previous = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
			previous.bind(SocketFiles.address(socketPath()));
		}
		assertThat(socketPath()).exists();
		List<Frame> received = new CopyOnWriteArrayList<>();
		startedInbound(MessagingPattern.POINT_TO_POINT, options().build(),
				copying((frame, replier) -> received.add(frame)));
		OutboundEndpoint client = startedOutbound(MessagingPattern.POINT_TO_POINT, options().build());
		client.send(frame("after stale"));
		await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
		assertThat(mode(socketPath())).isEqualTo("rw-------");
	}

	@Test
	void startShouldFailWhenAnotherProcessListens() throws Exception {
		try (ServerSocketChannel other = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
			other.bind(SocketFiles.address(socketPath()));
			InboundEndpoint server = track(
					UdsEndpoints.inbound("test", MessagingPattern.POINT_TO_POINT, options().build()));
			server.setHandler(copying((frame, replier) -> {
			}));
			assertThatExceptionOfType(IpcException.class).isThrownBy(server::start)
				.withMessage(
						"Another process is listening on " + socketPath() + "; stop it or choose another socket path");
			assertThat(server.isRunning()).isFalse();
			assertThat(socketPath()).exists();
			assertThat(udsThreads()).isEmpty();
		}
	}

	@Test
	void startShouldFailAndKeepFileWhenPathIsNotASocket() throws Exception {
		Files.writeString(socketPath(), "precious");
		InboundEndpoint server = track(
				UdsEndpoints.inbound("test", MessagingPattern.POINT_TO_POINT, options().build()));
		server.setHandler(copying((frame, replier) -> {
		}));
		assertThatExceptionOfType(IpcException.class).isThrownBy(server::start)
			.withMessageStartingWith(socketPath() + " exists and is not a socket (a regular file)");
		assertThat(socketPath()).hasContent("precious");
	}

	@Test
	void startShouldFailClearlyWhenPathIsTooLong() {
		Path path = this.tempDir.resolve("x".repeat(120) + ".sock");
		InboundEndpoint server = track(
				UdsEndpoints.inbound("test", MessagingPattern.POINT_TO_POINT, UdsOptions.builder(path).build()));
		server.setHandler(copying((frame, replier) -> {
		}));
		assertThatExceptionOfType(IpcException.class).isThrownBy(server::start)
			.withMessageContaining("longer than the maximum of 107 bytes");
	}

	@Test
	void startWithoutHandlerShouldFail() {
		InboundEndpoint server = track(
				UdsEndpoints.inbound("test", MessagingPattern.POINT_TO_POINT, options().build()));
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(server::start)
			.withMessageContaining("FrameHandler must be set");
	}

	private static String mode(Path path) throws Exception {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

}
