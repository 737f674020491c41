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

import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Set;

import org.hostipc.wire.FrameLimits;

import static org.hostipc.transport.OptionChecks.positive;
import static org.hostipc.transport.OptionChecks.require;

/**
 * Settings of a Unix domain socket endpoint. Immutable; create with
 * {@link #builder(Path)}.
 *
 * @author hostipc
 */
public final class UdsOptions {

	/** Default first pause before a client reconnects: 50 ms. */
	public static final Duration DEFAULT_RECONNECT_INITIAL_BACKOFF = Duration.ofMillis(50);

	/** Default longest pause between reconnect attempts: 2 s. */
	public static final Duration DEFAULT_RECONNECT_MAX_BACKOFF = Duration.ofSeconds(2);

	/** Default number of subscribers a publisher waits for before it reports UP: 1. */
	public static final int DEFAULT_MIN_SUBSCRIBERS = 1;

	private final Path path;

	private final FrameLimits limits;

	private final Duration sendTimeout;

	private final Duration reconnectInitialBackoff;

	private final Duration reconnectMaxBackoff;

	private final Set<PosixFilePermission> socketPermissions;

	private final Set<PosixFilePermission> directoryPermissions;

	private final Set<Integer> allowedUids;

	private final Set<Integer> allowedGids;

	private final int minSubscribers;

	private UdsOptions(Builder builder) {
		this.path = builder.path;
		this.limits = builder.limits;
		this.sendTimeout = builder.sendTimeout;
		this.reconnectInitialBackoff = builder.reconnectInitialBackoff;
		this.reconnectMaxBackoff = builder.reconnectMaxBackoff;
		this.socketPermissions = Set.copyOf(builder.socketPermissions);
		this.directoryPermissions = Set.copyOf(builder.directoryPermissions);
		this.allowedUids = Set.copyOf(builder.allowedUids);
		this.allowedGids = Set.copyOf(builder.allowedGids);
		this.minSubscribers = builder.minSubscribers;
	}

	/**
	 * Start building options for a socket file.
	 * @param path the socket file
	 * @return a builder with defaults
	 */
	public static Builder builder(Path path) {
		return new Builder(path);
	}

	/** The socket file. */
	public Path path() {
		return this.path;
	}

	/** Size limits enforced at send and at receive. */
	public FrameLimits limits() {
		return this.limits;
	}

	/** How long a send waits for a peer or for room in the socket buffer. */
	public Duration sendTimeout() {
		return this.sendTimeout;
	}

	/** First delay before a client reconnects. */
	public Duration reconnectInitialBackoff() {
		return this.reconnectInitialBackoff;
	}

	/** Largest delay between reconnect attempts. */
	public Duration reconnectMaxBackoff() {
		return this.reconnectMaxBackoff;
	}

	/** Permissions of the socket file (default owner read and write). */
	public Set<PosixFilePermission> socketPermissions() {
		return this.socketPermissions;
	}

	/** Permissions of directories created for the socket (default owner only). */
	public Set<PosixFilePermission> directoryPermissions() {
		return this.directoryPermissions;
	}

	/**
	 * Peer uids allowed to connect; empty with empty {@link #allowedGids()} means the uid
	 * of this process only.
	 */
	public Set<Integer> allowedUids() {
		return this.allowedUids;
	}

	/** Peer gids allowed to connect, in addition to {@link #allowedUids()}. */
	public Set<Integer> allowedGids() {
		return this.allowedGids;
	}

	/**
	 * For publish-subscribe: how many subscribers must be connected for a publish to
	 * proceed; a publish waits up to the send timeout for them, then fails.
	 */
	public int minSubscribers() {
		return this.minSubscribers;
	}

	@Override
	public String toString() {
		return "UdsOptions[path=" + this.path + ", maxPayload=" + this.limits.maxPayloadLength() + ", sendTimeout="
				+ this.sendTimeout + "]";
	}

	/**
	 * Builder of {@link UdsOptions}.
	 */
	public static final class Builder {

		private final Path path;

		private FrameLimits limits = FrameLimits.DEFAULT;

		private Duration sendTimeout = Duration.ofSeconds(5);

		private Duration reconnectInitialBackoff = DEFAULT_RECONNECT_INITIAL_BACKOFF;

		private Duration reconnectMaxBackoff = DEFAULT_RECONNECT_MAX_BACKOFF;

		private Set<PosixFilePermission> socketPermissions = PosixFilePermissions.fromString("rw-------");

		private Set<PosixFilePermission> directoryPermissions = PosixFilePermissions.fromString("rwx------");

		private Set<Integer> allowedUids = Set.of();

		private Set<Integer> allowedGids = Set.of();

		private int minSubscribers = DEFAULT_MIN_SUBSCRIBERS;

		private Builder(Path path) {
			if (path == null) {
				throw new IllegalArgumentException("'path' must not be null");
			}
			this.path = path.toAbsolutePath();
		}

		public Builder limits(FrameLimits limits) {
			this.limits = require(limits, "limits");
			return this;
		}

		public Builder maxMessageSize(int maxPayloadLength) {
			this.limits = this.limits.withMaxPayloadLength(maxPayloadLength);
			return this;
		}

		public Builder sendTimeout(Duration sendTimeout) {
			this.sendTimeout = positive(sendTimeout, "sendTimeout");
			return this;
		}

		public Builder reconnectBackoff(Duration initial, Duration max) {
			this.reconnectInitialBackoff = positive(initial, "reconnectInitialBackoff");
			this.reconnectMaxBackoff = positive(max, "reconnectMaxBackoff");
			if (max.compareTo(initial) < 0) {
				throw new IllegalArgumentException("'reconnectMaxBackoff' must not be less than the initial backoff");
			}
			return this;
		}

		public Builder socketPermissions(Set<PosixFilePermission> permissions) {
			this.socketPermissions = require(permissions, "socketPermissions");
			return this;
		}

		public Builder directoryPermissions(Set<PosixFilePermission> permissions) {
			this.directoryPermissions = require(permissions, "directoryPermissions");
			return this;
		}

		public Builder allowedUids(Set<Integer> uids) {
			this.allowedUids = require(uids, "allowedUids");
			return this;
		}

		public Builder allowedGids(Set<Integer> gids) {
			this.allowedGids = require(gids, "allowedGids");
			return this;
		}

		public Builder minSubscribers(int minSubscribers) {
			if (minSubscribers < 0) {
				throw new IllegalArgumentException("'minSubscribers' must not be negative");
			}
			this.minSubscribers = minSubscribers;
			return this;
		}

		public UdsOptions build() {
			return new UdsOptions(this);
		}

	}

}
