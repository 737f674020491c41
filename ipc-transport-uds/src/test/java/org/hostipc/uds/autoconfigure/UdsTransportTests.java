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

package org.hostipc.uds.autoconfigure;

import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.hostipc.transport.ChannelDefinition;
import org.hostipc.transport.ChannelSettings;
import org.hostipc.transport.Direction;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.SettingChecks;
import org.hostipc.uds.UdsOptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link UdsTransport}.
 *
 * @author hostipc
 */
class UdsTransportTests {

	@Test
	void permissionsShouldConvertOctalModes() {
		assertThat(SettingChecks.permissions("0600")).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		assertThat(SettingChecks.permissions("0640")).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
		assertThat(SettingChecks.permissions("755")).isEqualTo(PosixFilePermissions.fromString("rwxr-xr-x"));
		assertThat(SettingChecks.permissions("0000")).isEmpty();
	}

	@Test
	void permissionsShouldRejectModesThatAreNotOctal() {
		assertThat(SettingChecks.isFileMode("4755")).isFalse();
		assertThat(SettingChecks.isFileMode("0o600")).isFalse();
		assertThat(SettingChecks.isFileMode("60")).isFalse();
		assertThat(SettingChecks.isFileMode(null)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> SettingChecks.permissions("0900"));
	}

	@Test
	void isServerShouldFollowThePatternRoles() {
		assertThat(UdsTransport.isServer(Direction.INBOUND, MessagingPattern.POINT_TO_POINT)).isTrue();
		assertThat(UdsTransport.isServer(Direction.OUTBOUND, MessagingPattern.POINT_TO_POINT)).isFalse();
		assertThat(UdsTransport.isServer(Direction.INBOUND, MessagingPattern.REQUEST_REPLY)).isTrue();
		assertThat(UdsTransport.isServer(Direction.OUTBOUND, MessagingPattern.REQUEST_REPLY)).isFalse();
		assertThat(UdsTransport.isServer(Direction.INBOUND, MessagingPattern.PUBLISH_SUBSCRIBE)).isFalse();
		assertThat(UdsTransport.isServer(Direction.OUTBOUND, MessagingPattern.PUBLISH_SUBSCRIBE)).isTrue();
	}

	@Test
	void optionsShouldCarryEverySetting() {
		ChannelSettings channel = ChannelSettings.builder("x", Direction.INBOUND, MessagingPattern.POINT_TO_POINT)
			.maxMessageSize(8 * 1024)
			.sendTimeout(Duration.ofMillis(300))
			.build();
		UdsProperties uds = new UdsProperties();
		uds.setPath(Path.of("/tmp/x.sock"));
		uds.setSocketMode("0660");
		uds.setDirectoryMode("0750");
		uds.getAllowedUids().add(1000);
		uds.getAllowedGids().add(20);
		uds.setReconnectInitialBackoff(Duration.ofMillis(5));
		uds.setReconnectMaxBackoff(Duration.ofSeconds(1));
		uds.setMinSubscribers(0);
		UdsOptions options = new UdsTransport(List.of()).options(new ChannelDefinition<>(channel, uds));
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
	void whenNothingIsSetThenTheOptionsDefaultsApply() {
		ChannelSettings channel = ChannelSettings.builder("x", Direction.INBOUND, MessagingPattern.POINT_TO_POINT)
			.baseDirectory(Path.of("/tmp"))
			.build();
		UdsOptions options = new UdsTransport(List.of()).options(new ChannelDefinition<>(channel, new UdsProperties()));
		assertThat(options).usingRecursiveComparison().isEqualTo(UdsOptions.builder(Path.of("/tmp/x.sock")).build());
	}

	@Test
	void socketPathShouldDefaultToTheChannelNameInTheDirectory() {
		ChannelSettings channel = ChannelSettings.builder("orders", Direction.INBOUND, MessagingPattern.POINT_TO_POINT)
			.baseDirectory(Path.of("/tmp/ipc-dir"))
			.build();
		UdsProperties uds = new UdsProperties();
		assertThat(UdsTransport.socketPath(new ChannelDefinition<>(channel, uds)))
			.isEqualTo(Path.of("/tmp/ipc-dir/orders.sock"));
		uds.setPath(Path.of("/run/app/../orders.socket"));
		assertThat(UdsTransport.socketPath(new ChannelDefinition<>(channel, uds)))
			.isEqualTo(Path.of("/run/orders.socket"));
	}

}
