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

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jdk.net.UnixDomainPrincipal;

import org.hostipc.IpcException;

/**
 * Decides whether a connected peer, identified by its {@code SO_PEERCRED} credentials,
 * may talk to this endpoint: its uid is in the allowed uids or its gid in the allowed
 * gids; with both lists empty only the uid of this process is allowed.
 * <p>
 * The JDK reports peer credentials as principals, not numbers. Numeric ids are turned
 * into principals once, here, through the platform lookup service: on Linux and macOS
 * {@code lookupPrincipalByName("1000")} falls back to the numeric id when no user has
 * that name, and the JDK's principals are equal when their ids are equal (whatever their
 * names). The one ambiguity is an account whose name is all digits and differs from its
 * id, which POSIX discourages. The current user is taken from the owner of
 * {@code /proc/self}, which is the process's own uid without any name lookup.
 * <p>
 * Thread-safe.
 *
 * @author hostipc
 */
final class PeerAuthorizer {

	private final Set<UserPrincipal> users;

	private final Set<GroupPrincipal> groups;

	private final String description;

	private final Set<UnixDomainPrincipal> refused = ConcurrentHashMap.newKeySet();

	private PeerAuthorizer(Set<UserPrincipal> users, Set<GroupPrincipal> groups, String description) {
		this.users = users;
		this.groups = groups;
		this.description = description;
	}

	/**
	 * Create an authorizer for the allow-lists of some options.
	 * @param options the options
	 * @return the authorizer
	 * @throws IpcException if an id cannot be resolved
	 */
	static PeerAuthorizer of(UdsOptions options) {
		UserPrincipalLookupService lookup = FileSystems.getDefault().getUserPrincipalLookupService();
		Set<UserPrincipal> users = new HashSet<>();
		Set<GroupPrincipal> groups = new HashSet<>();
		try {
			if (options.allowedUids().isEmpty() && options.allowedGids().isEmpty()) {
				users.add(currentUser(lookup));
				return new PeerAuthorizer(Set.copyOf(users), Set.of(), "the current user only");
			}
			for (Integer uid : options.allowedUids()) {
				users.add(lookup.lookupPrincipalByName(String.valueOf(uid)));
			}
			for (Integer gid : options.allowedGids()) {
				groups.add(lookup.lookupPrincipalByGroupName(String.valueOf(gid)));
			}
		}
		catch (IOException ex) {
			throw new IpcException("Cannot resolve the allowed peer ids: " + ex.getMessage(), ex);
		}
		return new PeerAuthorizer(Set.copyOf(users), Set.copyOf(groups),
				"uids " + options.allowedUids() + ", gids " + options.allowedGids());
	}

	private static UserPrincipal currentUser(UserPrincipalLookupService lookup) throws IOException {
		Path self = Path.of("/proc/self");
		if (Files.exists(self)) {
			return Files.getOwner(self);
		}
		return lookup.lookupPrincipalByName(System.getProperty("user.name"));
	}

	/**
	 * Return whether a peer is allowed.
	 * @param peer the peer credentials
	 * @return {@code true} if the peer may talk to this endpoint
	 */
	boolean isAllowed(UnixDomainPrincipal peer) {
		return this.users.contains(peer.user()) || this.groups.contains(peer.group());
	}

	/**
	 * Remember that a peer was refused.
	 * @param peer the refused peer
	 * @return {@code true} the first time this user and group are refused, so that they
	 * are logged once and not once per attempt
	 */
	boolean recordRefusal(UnixDomainPrincipal peer) {
		return this.refused.add(peer);
	}

	/**
	 * Return a description of who is allowed, for error messages.
	 * @return the description
	 */
	String description() {
		return this.description;
	}

	/**
	 * Return a short text for a peer, such as {@code user=app group=app}.
	 * @param peer the peer credentials, may be {@code null}
	 * @return the text
	 */
	static String describe(UnixDomainPrincipal peer) {
		return (peer != null) ? "user=" + peer.user().getName() + " group=" + peer.group().getName() : "unknown";
	}

}
