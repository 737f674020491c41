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

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.agrona.concurrent.UnsafeBuffer;
import org.hostipc.IpcException;

/**
 * Creates, validates and maps ring files; enforces permissions and ownership.
 * <p>
 * A ring file is created under a temporary name, its header written completely, then
 * renamed into place, so another process never sees a half-written header. Before an
 * existing file is mapped, its owner is checked against this process's uid and the
 * allowed uids, and its header (magic, version, capacity) against its length and the
 * expected capacity; a file failing any check raises an {@link IpcException} naming the
 * file and the problem, and is never mapped.
 *
 * @author hostipc
 */
final class ShmFiles {

	private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");

	private static final AtomicLong UNIQUE = new AtomicLong();

	private final ShmOptions options;

	private final int currentUid;

	ShmFiles(ShmOptions options) {
		this(options, currentUid());
	}

	ShmFiles(ShmOptions options, int currentUid) {
		this.options = options;
		this.currentUid = currentUid;
	}

	/**
	 * Return the uid of this process.
	 * @return the uid, or {@code -1} if the platform does not tell it
	 */
	static int currentUid() {
		try {
			return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
			return -1;
		}
	}

	/**
	 * Return whether a name is safe as a file name (no separators, no leading dot).
	 * @param name the name
	 * @return whether it may be used
	 */
	static boolean isSafeName(String name) {
		return name != null && SAFE_NAME.matcher(name).matches();
	}

	/**
	 * Return a name unique to this process and call: pid and a counter.
	 * @return the unique part of a file name
	 */
	static String uniqueName() {
		return ProcessIdentity.pid() + "-" + UNIQUE.incrementAndGet() + "-" + Long.toHexString(System.nanoTime());
	}

	/**
	 * Create a directory and its missing parents with the configured permissions, then
	 * check its owner.
	 * @param directory the directory
	 * @return the directory
	 */
	Path ensureDirectory(Path directory) {
		try {
			if (!Files.isDirectory(directory)) {
				Path parent = directory.getParent();
				if (parent != null && !Files.isDirectory(parent)) {
					ensureDirectory(parent);
				}
				try {
					Files.createDirectory(directory,
							PosixFilePermissions.asFileAttribute(this.options.directoryPermissions()));
					Files.setPosixFilePermissions(directory, this.options.directoryPermissions());
				}
				catch (FileAlreadyExistsException ex) {
					// created concurrently by another process
				}
			}
			checkOwner(directory);
			return directory;
		}
		catch (IOException ex) {
			throw new IpcException("Cannot create the ring directory " + directory + ": " + ex, ex);
		}
	}

	/**
	 * Refuse a file or directory owned by another uid unless that uid is allowed.
	 * @param path the path
	 */
	void checkOwner(Path path) {
		int owner;
		try {
			owner = (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
		}
		catch (UnsupportedOperationException | IllegalArgumentException ex) {
			return;
		}
		catch (NoSuchFileException ex) {
			throw new IpcException(path + " does not exist", ex);
		}
		catch (IOException ex) {
			throw new IpcException("Cannot read the owner of " + path + ": " + ex, ex);
		}
		checkOwner(path, owner);
	}

	void checkOwner(Path path, int owner) {
		if (this.currentUid >= 0 && owner != this.currentUid && !this.options.allowedUids().contains(owner)) {
			throw new IpcException(
					"Refusing to use " + path + ": it belongs to uid " + owner + ", not to uid " + this.currentUid
							+ " of this process; add " + owner + " to the allowed uids to attach to it anyway");
		}
	}

	/**
	 * Create a ring file, or validate and map the existing one.
	 * @param file the ring file
	 * @return the mapped ring
	 */
	ShmRing createOrOpen(Path file) {
		ensureDirectory(file.getParent());
		if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			return open(file);
		}
		Path temporary = file.resolveSibling("." + file.getFileName() + "." + uniqueName() + ".tmp");
		try {
			create(temporary);
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new IpcException("Cannot create the ring file " + file + ": " + ex, ex);
		}
		finally {
			deleteQuietly(temporary);
		}
		return open(file);
	}

	private void create(Path file) throws IOException {
		int capacity = this.options.capacity();
		try (FileChannel channel = FileChannel.open(file,
				EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE),
				PosixFilePermissions.asFileAttribute(this.options.filePermissions()))) {
			Files.setPosixFilePermissions(file, this.options.filePermissions());
			MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_WRITE, 0,
					ShmFileDescriptor.fileLength(capacity));
			UnsafeBuffer header = new UnsafeBuffer(mapped, 0, ShmFileDescriptor.HEADER_LENGTH);
			header.putInt(ShmFileDescriptor.VERSION_OFFSET, ShmFileDescriptor.LAYOUT_VERSION);
			header.putInt(ShmFileDescriptor.CAPACITY_OFFSET, capacity);
			header.putLong(ShmFileDescriptor.CREATOR_PID_OFFSET, ProcessIdentity.pid());
			header.putLong(ShmFileDescriptor.CREATOR_START_OFFSET, ProcessIdentity.startMillis());
			header.putLong(ShmFileDescriptor.CREATOR_PID_NAMESPACE_OFFSET, ProcessIdentity.pidNamespace());
			header.putInt(ShmFileDescriptor.MAX_FRAME_LENGTH_OFFSET, this.options.limits().maxFrameLength());
			// the creator is the consumer: publishers must not see a heartbeat-less ring
			header.putLong(ShmFileDescriptor.CONSUMER_PID_OFFSET, ProcessIdentity.pid());
			header.putLong(ShmFileDescriptor.CONSUMER_START_OFFSET, ProcessIdentity.startMillis());
			header.putLong(ShmFileDescriptor.CONSUMER_PID_NAMESPACE_OFFSET, ProcessIdentity.pidNamespace());
			header.putLong(ShmFileDescriptor.HEARTBEAT_OFFSET, System.currentTimeMillis());
			header.putLongVolatile(ShmFileDescriptor.MAGIC_OFFSET, ShmFileDescriptor.MAGIC);
		}
	}

	/**
	 * Validate and map an existing ring file.
	 * @param file the ring file
	 * @return the mapped ring
	 * @throws IpcException if the file is missing, foreign, corrupt or of another
	 * capacity
	 */
	ShmRing open(Path file) {
		checkOwner(file.getParent());
		checkOwner(file);
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
				LinkOption.NOFOLLOW_LINKS)) {
			int capacity = validate(file, channel);
			MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_WRITE, 0,
					ShmFileDescriptor.fileLength(capacity));
			return new ShmRing(file, mapped, capacity, fileKey(file));
		}
		catch (NoSuchFileException ex) {
			throw new IpcException("The ring file " + file + " does not exist", ex);
		}
		catch (IOException ex) {
			throw new IpcException("Cannot open the ring file " + file + ": " + ex, ex);
		}
	}

	private int validate(Path file, FileChannel channel) throws IOException {
		long size = channel.size();
		if (size < ShmFileDescriptor.HEADER_LENGTH) {
			throw corrupt(file, "it is truncated: " + size + " bytes, shorter than the "
					+ ShmFileDescriptor.HEADER_LENGTH + "-byte header");
		}
		ByteBuffer header = ByteBuffer.allocate(ShmFileDescriptor.HEADER_LENGTH).order(ByteOrder.nativeOrder());
		while (header.hasRemaining() && channel.read(header, header.position()) >= 0) {
			// read the whole header
		}
		long magic = header.getLong(ShmFileDescriptor.MAGIC_OFFSET);
		if (magic != ShmFileDescriptor.MAGIC) {
			throw corrupt(file, "it does not start with the ring file magic (found 0x" + Long.toHexString(magic)
					+ "); it is not a hostipc ring or it is corrupt");
		}
		int version = header.getInt(ShmFileDescriptor.VERSION_OFFSET);
		if (version != ShmFileDescriptor.LAYOUT_VERSION) {
			throw corrupt(file, "its layout version is " + version + ", this code reads version "
					+ ShmFileDescriptor.LAYOUT_VERSION);
		}
		int capacity = header.getInt(ShmFileDescriptor.CAPACITY_OFFSET);
		if (!ShmFileDescriptor.isValidCapacity(capacity)) {
			throw corrupt(file, "its header declares an invalid ring capacity of " + capacity + " bytes");
		}
		long expectedSize = ShmFileDescriptor.fileLength(capacity);
		if (size != expectedSize) {
			throw corrupt(file, "it is " + size + " bytes long but a ring of capacity " + capacity + " needs "
					+ expectedSize + " (truncated or corrupt)");
		}
		if (capacity != this.options.capacity()) {
			throw new IpcException("The ring file " + file + " has a capacity of " + capacity
					+ " bytes but the channel is configured with " + this.options.capacity()
					+ "; configure the same capacity on every process of the channel, or delete the file");
		}
		return capacity;
	}

	private static IpcException corrupt(Path file, String problem) {
		return new IpcException("Refusing to use " + file + " as a ring: " + problem);
	}

	/**
	 * Delete the ring files of a directory whose creator process is gone: the reply rings
	 * of dead requesters and the subscriber rings of dead subscribers. Files that cannot
	 * be read as rings are left alone.
	 * @param directory the directory
	 * @param prefix the file name prefix of the rings to consider
	 * @return the number of files deleted
	 */
	int deleteDeadRings(Path directory, String prefix) {
		if (!Files.isDirectory(directory)) {
			return 0;
		}
		int deleted = 0;
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, prefix + "*.ring")) {
			for (Path file : stream) {
				if (isLeftByDeadProcess(file, this.options.heartbeatTimeout().toMillis())
						&& Files.deleteIfExists(file)) {
					deleted++;
				}
			}
		}
		catch (IOException ex) {
			// best effort: try again at the next start or scan
		}
		return deleted;
	}

	/**
	 * Return whether a ring file was created by a process that no longer runs. The
	 * creator's pid tells when it was written in this pid namespace; a ring created in
	 * another namespace (another container) counts as left behind only when its consumer
	 * heartbeat is older than the timeout, because its pid names a different process
	 * here.
	 * @param file the ring file
	 * @param heartbeatTimeoutMillis the age after which a heartbeat is stale
	 * @return {@code true} if the file is a ring whose creator is gone
	 */
	static boolean isLeftByDeadProcess(Path file, long heartbeatTimeoutMillis) {
		ByteBuffer header = ByteBuffer.allocate(ShmFileDescriptor.HEADER_LENGTH).order(ByteOrder.nativeOrder());
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
			while (header.hasRemaining() && channel.read(header, header.position()) > 0) {
				// read the whole header
			}
		}
		catch (IOException ex) {
			return false;
		}
		if (header.hasRemaining() || header.getLong(ShmFileDescriptor.MAGIC_OFFSET) != ShmFileDescriptor.MAGIC) {
			return false;
		}
		if (!ProcessIdentity.isThisPidNamespace(header.getLong(ShmFileDescriptor.CREATOR_PID_NAMESPACE_OFFSET))) {
			long heartbeat = header.getLong(ShmFileDescriptor.HEARTBEAT_OFFSET);
			return System.currentTimeMillis() - heartbeat >= heartbeatTimeoutMillis;
		}
		return !ProcessIdentity.isAlive(header.getLong(ShmFileDescriptor.CREATOR_PID_OFFSET),
				header.getLong(ShmFileDescriptor.CREATOR_START_OFFSET));
	}

	/**
	 * Return the identity (device and inode) of a file.
	 * @param file the file
	 * @return the file key, or {@code null} if the file is missing or has none
	 */
	static Object fileKey(Path file) {
		try {
			return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
		}
		catch (IOException ex) {
			return null;
		}
	}

	/**
	 * Delete a file, ignoring failures.
	 * @param file the file
	 */
	static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// best effort: a leftover file is detected by its creator pid later
		}
	}

}
