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
import java.net.ConnectException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Set;

import org.hostipc.IpcException;

/**
 * File-system side of a socket server: parent directories, stale socket files, binding
 * with restricted permissions and deleting the socket file on stop.
 * <p>
 * Permissions: the socket is bound at its final path and its mode is set immediately
 * after {@code bind}. Between the two calls (a few microseconds) the socket has the mode
 * the process umask allows. This window does not let anybody bypass the peer allow-list,
 * which is checked on every accepted connection through {@code SO_PEERCRED}; deployments
 * that must not expose even that window keep the socket in a directory that only the
 * owner can traverse (the default for directories this class creates).
 * <p>
 * Stateless and thread-safe.
 *
 * @author hostipc
 */
final class SocketFiles {

	/** Longest socket path, in bytes, that {@code sockaddr_un} can hold on Linux. */
	static final int MAX_PATH_BYTES = 107;

	private static final int FILE_TYPE_MASK = 0170000;

	private static final int SOCKET_TYPE = 0140000;

	private static final int BACKLOG = 128;

	private SocketFiles() {
	}

	/**
	 * Return the socket address of a path after checking its length.
	 * @param path the socket file
	 * @return the address
	 * @throws IpcException if the path is too long for a Unix domain socket
	 */
	static UnixDomainSocketAddress address(Path path) {
		Charset charset = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
		int length = path.toString().getBytes(charset).length;
		if (length > MAX_PATH_BYTES) {
			throw new IpcException("Socket path " + path + " is " + length + " bytes, longer than the maximum of "
					+ MAX_PATH_BYTES + " bytes for a Unix domain socket; choose a shorter path");
		}
		return UnixDomainSocketAddress.of(path);
	}

	/**
	 * Create the missing directories of a path, each with the given permissions. Existing
	 * directories are left unchanged. Permissions are set explicitly after creation
	 * because the process umask may have narrowed or not applied them.
	 * @param directory the directory that must exist
	 * @param permissions the permissions of created directories
	 */
	static void createDirectories(Path directory, Set<PosixFilePermission> permissions) {
		Deque<Path> missing = new ArrayDeque<>();
		for (Path dir = directory.toAbsolutePath(); dir != null && !Files.exists(dir); dir = dir.getParent()) {
			missing.push(dir);
		}
		while (!missing.isEmpty()) {
			Path dir = missing.pop();
			try {
				Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(permissions));
				Files.setPosixFilePermissions(dir, permissions);
			}
			catch (FileAlreadyExistsException ex) {
				if (!Files.isDirectory(dir)) {
					throw new IpcException("Cannot create directory " + dir + ": a file with that name exists", ex);
				}
			}
			catch (IOException ex) {
				throw new IpcException("Cannot create directory " + dir + " for the socket: " + ex, ex);
			}
		}
		if (!Files.isDirectory(directory)) {
			throw new IpcException(directory + " is not a directory; cannot create the socket in it");
		}
	}

	/**
	 * Make the path free for binding: nothing to do when it does not exist; a socket file
	 * that nobody listens on is deleted; anything else is an error and is left in place.
	 * @param path the socket file
	 * @throws IpcException if another process listens on the path, or the path is not a
	 * socket
	 */
	static void removeStaleSocket(Path path) {
		int mode;
		try {
			mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
		}
		catch (NoSuchFileException ex) {
			return;
		}
		catch (IOException ex) {
			throw new IpcException("Cannot read the attributes of " + path + ": " + ex, ex);
		}
		if ((mode & FILE_TYPE_MASK) != SOCKET_TYPE) {
			throw new IpcException(path + " exists and is not a socket (" + describeType(path)
					+ "); it was left untouched: remove it or choose another socket path");
		}
		try (SocketChannel probe = SocketChannel.open(address(path))) {
			throw new IpcException(
					"Another process is listening on " + path + "; stop it or choose another socket path");
		}
		catch (ConnectException ex) {
			deleteStale(path);
		}
		catch (IOException ex) {
			if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
				throw new IpcException("Cannot check whether a process listens on the existing socket " + path + ": "
						+ ex.getMessage() + "; it was left untouched", ex);
			}
		}
	}

	private static void deleteStale(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			throw new IpcException("Cannot delete the stale socket file " + path + ": " + ex, ex);
		}
	}

	private static String describeType(Path path) {
		if (Files.isSymbolicLink(path)) {
			return "a symbolic link";
		}
		if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
			return "a directory";
		}
		return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) ? "a regular file" : "a special file";
	}

	/**
	 * Bind a listening socket at the path and restrict the socket file's permissions.
	 * @param path the free socket path
	 * @param permissions the socket file permissions
	 * @return the bound channel, in blocking mode
	 * @throws IpcException if binding or setting the permissions fails
	 */
	static ServerSocketChannel bind(Path path, Set<PosixFilePermission> permissions) {
		UnixDomainSocketAddress address = address(path);
		ServerSocketChannel server = null;
		boolean bound = false;
		try {
			server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
			server.bind(address, BACKLOG);
			bound = true;
			Files.setPosixFilePermissions(path, permissions);
			return server;
		}
		catch (IOException ex) {
			closeQuietly(server);
			if (bound) {
				deleteQuietly(path);
			}
			throw new IpcException("Cannot listen on " + path + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Return the identity (device and inode) of a file, or {@code null} if it is gone.
	 * @param path the file
	 * @return the file key
	 */
	static Object fileKey(Path path) {
		try {
			return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
		}
		catch (IOException ex) {
			return null;
		}
	}

	/**
	 * Delete the socket file if it is still the one this process bound (another server
	 * may have replaced it after a forced takeover).
	 * @param path the socket file
	 * @param fileKey the key read after binding
	 * @return whether the file was deleted
	 */
	static boolean deleteIfSame(Path path, Object fileKey) {
		if (fileKey == null || !Objects.equals(fileKey(path), fileKey)) {
			return false;
		}
		return deleteQuietly(path);
	}

	private static boolean deleteQuietly(Path path) {
		try {
			return Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void closeQuietly(AutoCloseable closeable) {
		if (closeable != null) {
			try {
				closeable.close();
			}
			catch (Exception ex) {
				// nothing more to release
			}
		}
	}

}
