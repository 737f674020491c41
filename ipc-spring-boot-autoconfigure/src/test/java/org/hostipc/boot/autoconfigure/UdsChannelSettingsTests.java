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

package org.hostipc.boot.autoconfigure;

import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.hostipc.boot.autoconfigure.IpcProperties.Channel;
import org.hostipc.transport.Direction;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.uds.UdsOptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link UdsChannelSettings}.
 *
 * @author hostipc
 */
class UdsChannelSettingsTests {

	@Test
	void permissionsShouldConvertOctalModes() {
		assertThat(UdsChannelSettings.permissions("0600")).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		assertThat(UdsChannelSettings.permissions("0640")).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
		assertThat(UdsChannelSettings.permissions("755")).isEqualTo(PosixFilePermissions.fromString("rwxr-xr-x"));
		assertThat(UdsChannelSettings.permissions("0000")).isEmpty();
	}

	@Test
	void permissionsShouldRejectModesThatAreNotOctal() {
		assertThat(UdsChannelSettings.isFileMode("4755")).isFalse();
		assertThat(UdsChannelSettings.isFileMode("0o600")).isFalse();
		assertThat(UdsChannelSettings.isFileMode("60")).isFalse();
		assertThat(UdsChannelSettings.isFileMode(null)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> UdsChannelSettings.permissions("0900"));
	}

	@Test
	void isServerShouldFollowThePatternRoles() {
		assertThat(UdsChannelSettings.isServer(Direction.INBOUND, MessagingPattern.POINT_TO_POINT)).isTrue();
		assertThat(UdsChannelSettings.isServer(Direction.OUTBOUND, MessagingPattern.POINT_TO_POINT)).isFalse();
		assertThat(UdsChannelSettings.isServer(Direction.INBOUND, MessagingPattern.REQUEST_REPLY)).isTrue();
		assertThat(UdsChannelSettings.isServer(Direction.OUTBOUND, MessagingPattern.REQUEST_REPLY)).isFalse();
		assertThat(UdsChannelSettings.isServer(Direction.INBOUND, MessagingPattern.PUBLISH_SUBSCRIBE)).isFalse();
		assertThat(UdsChannelSettings.isServer(Direction.OUTBOUND, MessagingPattern.PUBLISH_SUBSCRIBE)).isTrue();
	}

	@Test
	void optionsShouldCarryEverySetting() {
		Channel channel = new Channel();
		channel.setMaxMessageSize(org.springframework.util.unit.DataSize.ofKilobytes(8));
		channel.setSendTimeout(Duration.ofMillis(300));
		channel.getUds().setSocketMode("0660");
		channel.getUds().setDirectoryMode("0750");
		channel.getUds().getAllowedUids().add(1000);
		channel.getUds().getAllowedGids().add(20);
		channel.getUds().setReconnectInitialBackoff(Duration.ofMillis(5));
		channel.getUds().setReconnectMaxBackoff(Duration.ofSeconds(1));
		channel.getUds().setMinSubscribers(0);
		UdsOptions options = UdsChannelSettings.options(Path.of("/tmp/x.sock"), channel).build();
		assertThat(options.path()).isEqualTo(Path.of("/tmp/x.sock"));
		assertThat(options.limits().maxPayloadLength()).isEqualTo(8192);
		assertThat(options.sendTimeout()).isEqualTo(Duration.ofMillis(300));
		assertThat(options.socketPermissions()).isEqualTo(PosixFilePermissions.fromString("rw-rw----"));
		assertThat(options.directoryPermissions()).isEqualTo(PosixFilePermissions.fromString("rwxr-x---"));
		assertThat(options.allowedUids()).containsExactly(1000);
		assertThat(options.allowedGids()).containsExactly(20);
		assertThat(options.reconnectInitialBackoff()).isEqualTo(Duration.ofMillis(5));
		assertThat(options.reconnectMaxBackoff()).isEqualTo(Duration.ofSeconds(1));
		assertThat(options.minSubscribers()).isZero();
	}

	@Test
	void socketPathShouldDefaultToTheChannelNameInTheDirectory() {
		IpcProperties properties = new IpcProperties();
		properties.setDirectory(Path.of("/tmp/ipc-dir"));
		Channel channel = new Channel();
		assertThat(UdsChannelSettings.socketPath(properties, "orders", channel))
			.isEqualTo(Path.of("/tmp/ipc-dir/orders.sock"));
		channel.getUds().setPath(Path.of("/run/app/../orders.socket"));
		assertThat(UdsChannelSettings.socketPath(properties, "orders", channel))
			.isEqualTo(Path.of("/run/orders.socket"));
	}

}
