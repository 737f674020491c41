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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of a channel's {@code uds} section ({@code ipc.channels.<name>.uds.*},
 * over {@code ipc.defaults.uds.*}). A setting left unset takes the default of
 * {@link org.hostipc.uds.UdsOptions}.
 *
 * <p>
 * Annotated for the configuration metadata of {@code ipc.defaults.uds.*}; bound per
 * channel by the IPC auto-configuration, not as a bean of its own.
 *
 * @author hostipc
 */
@ConfigurationProperties("ipc.defaults.uds")
public class UdsProperties {

	/**
	 * Socket file. Defaults to '<ipc.directory>/<channel name>.sock'.
	 */
	private Path path;

	/**
	 * Permissions of the socket file created by the listening side, in octal. Defaults to
	 * 0600 (owner read and write).
	 */
	private String socketMode;

	/**
	 * Permissions of directories created for the socket file, in octal. Defaults to 0700
	 * (owner only).
	 */
	private String directoryMode;

	/**
	 * User ids allowed to connect, besides this process's own user. Empty: the own user
	 * only.
	 */
	private List<Integer> allowedUids = new ArrayList<>();

	/**
	 * Group ids whose members may connect, besides the allowed users.
	 */
	private List<Integer> allowedGids = new ArrayList<>();

	/**
	 * First pause before a client reconnects; doubles after each failed attempt. Defaults
	 * to 50ms.
	 */
	private Duration reconnectInitialBackoff;

	/**
	 * Longest pause between reconnect attempts. Defaults to 2s.
	 */
	private Duration reconnectMaxBackoff;

	/**
	 * For publish-subscribe: how many subscribers must be connected for a publish to
	 * proceed (0: publish to whoever is there). Defaults to 1.
	 */
	private Integer minSubscribers;

	public Path getPath() {
		return this.path;
	}

	public void setPath(Path path) {
		this.path = path;
	}

	public String getSocketMode() {
		return this.socketMode;
	}

	public void setSocketMode(String socketMode) {
		this.socketMode = socketMode;
	}

	public String getDirectoryMode() {
		return this.directoryMode;
	}

	public void setDirectoryMode(String directoryMode) {
		this.directoryMode = directoryMode;
	}

	public List<Integer> getAllowedUids() {
		return this.allowedUids;
	}

	public void setAllowedUids(List<Integer> allowedUids) {
		this.allowedUids = allowedUids;
	}

	public List<Integer> getAllowedGids() {
		return this.allowedGids;
	}

	public void setAllowedGids(List<Integer> allowedGids) {
		this.allowedGids = allowedGids;
	}

	public Duration getReconnectInitialBackoff() {
		return this.reconnectInitialBackoff;
	}

	public void setReconnectInitialBackoff(Duration reconnectInitialBackoff) {
		this.reconnectInitialBackoff = reconnectInitialBackoff;
	}

	public Duration getReconnectMaxBackoff() {
		return this.reconnectMaxBackoff;
	}

	public void setReconnectMaxBackoff(Duration reconnectMaxBackoff) {
		this.reconnectMaxBackoff = reconnectMaxBackoff;
	}

	public Integer getMinSubscribers() {
		return this.minSubscribers;
	}

	public void setMinSubscribers(Integer minSubscribers) {
		this.minSubscribers = minSubscribers;
	}

}
