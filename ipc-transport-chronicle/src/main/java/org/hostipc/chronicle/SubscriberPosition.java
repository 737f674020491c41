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

package org.hostipc.chronicle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.hostipc.IpcException;

/**
 * The saved position of one subscriber: the queue index of the last message it
 * acknowledged, in a memory-mapped file {@code <subscriber>.position}. A store into the
 * mapping survives the death of the process (the page cache keeps it). The file is locked
 * while the subscriber runs, so one subscriber name is active once per host.
 * <p>
 * Layout: a {@code long} magic, then the {@code long} index ({@link #NONE} when nothing
 * was acknowledged). Not thread-safe: used by the tailer thread, read by health checks (a
 * torn read is impossible for an aligned {@code long}).
 *
 * @author hostipc
 */
final class SubscriberPosition implements AutoCloseable {

	/** No message acknowledged yet. */
	static final long NONE = -1;

	static final String SUFFIX = ".position";

	private static final long MAGIC = 0x4950434352504F53L;

	private static final int MAGIC_OFFSET = 0;

	private static final int INDEX_OFFSET = 8;

	private static final int LENGTH = 16;

	private final Path file;

	private final FileChannel channel;

	private final FileLock lock;

	private final MappedByteBuffer buffer;

	private SubscriberPosition(Path file, FileChannel channel, FileLock lock, MappedByteBuffer buffer) {
		this.file = file;
		this.channel = channel;
		this.lock = lock;
		this.buffer = buffer;
	}

	/**
	 * Open and lock the position file of a subscriber, creating it if needed.
	 * @param directory the subscribers directory
	 * @param subscriber the subscriber name
	 * @return the position
	 * @throws IpcException if the file cannot be opened or another endpoint holds it
	 */
	static SubscriberPosition open(Path directory, String subscriber) {
		Path file = directory.resolve(subscriber + SUFFIX);
		FileChannel channel = null;
		try {
			Files.createDirectories(directory);
			createIfAbsent(file);
			channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				throw new IpcException("Subscriber '" + subscriber + "' is already active (its position file " + file
						+ " is locked by another endpoint); subscribers of one channel need distinct names");
			}
			check(file, channel);
			MappedByteBuffer buffer = channel.map(FileChannel.MapMode.READ_WRITE, 0, LENGTH);
			return new SubscriberPosition(file, channel, lock, buffer);
		}
		catch (IOException ex) {
			closeQuietly(channel);
			throw new IpcException("Cannot open the position file " + file + ": " + ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			closeQuietly(channel);
			throw ex;
		}
	}

	/**
	 * Create a position file holding {@link #NONE} unless it exists. The file appears
	 * complete or not at all (written aside, then linked), so a file of another length or
	 * without the magic is damaged, never half-created.
	 */
	private static void createIfAbsent(Path file) throws IOException {
		if (Files.exists(file)) {
			return;
		}
		Path temporary = file.resolveSibling(
				file.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
		try {
			ByteBuffer content = ByteBuffer.allocate(LENGTH);
			content.putLong(MAGIC_OFFSET, MAGIC).putLong(INDEX_OFFSET, NONE);
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
					StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
				channel.write(content);
				channel.force(true);
			}
			Files.createLink(file, temporary);
		}
		catch (FileAlreadyExistsException ex) {
			// another endpoint created it first
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static void check(Path file, FileChannel channel) throws IOException {
		long size = channel.size();
		if (size != LENGTH) {
			throw corrupted(file, "has " + size + " bytes instead of " + LENGTH);
		}
		ByteBuffer content = ByteBuffer.allocate(LENGTH);
		channel.read(content, 0);
		if (content.getLong(MAGIC_OFFSET) != MAGIC) {
			throw corrupted(file, "does not start with the position file marker");
		}
	}

	private static CorruptedQueueFileException corrupted(Path file, String problem) {
		return new CorruptedQueueFileException(file, "The subscriber position file " + file + " " + problem,
				"Stop the subscriber, then delete the file to start it afresh (it then starts from the oldest "
						+ "message still in the queue; messages it handled before are delivered again) or restore the file "
						+ "from a backup");
	}

	/**
	 * Read the saved index of a subscriber without locking, failing on a damaged file.
	 * @param file the position file
	 * @return the index or {@link #NONE}
	 * @throws CorruptedQueueFileException if the file is damaged
	 * @throws IOException if the file cannot be read
	 */
	static long read(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			check(file, channel);
			ByteBuffer content = ByteBuffer.allocate(LENGTH);
			channel.read(content, 0);
			return content.getLong(INDEX_OFFSET);
		}
	}

	/**
	 * Read the saved index of a subscriber without locking (for lag reports).
	 * @param file the position file
	 * @return the index or {@link #NONE} (also when the file is damaged or unreadable)
	 */
	static long peek(Path file) {
		try {
			return read(file);
		}
		catch (IOException | CorruptedQueueFileException ex) {
			return NONE;
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

	/**
	 * Return the index of the last acknowledged message.
	 * @return the index or {@link #NONE}
	 */
	long acknowledged() {
		return this.buffer.getLong(INDEX_OFFSET);
	}

	/**
	 * Save the index of a message handled to completion.
	 * @param index the queue index
	 */
	void acknowledge(long index) {
		this.buffer.putLong(INDEX_OFFSET, index);
	}

	Path file() {
		return this.file;
	}

	@Override
	public void close() {
		try {
			this.buffer.force();
			this.lock.release();
		}
		catch (IOException ex) {
			// closing the channel releases the lock anyway
		}
		finally {
			closeQuietly(this.channel);
		}
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				// nothing more to release
			}
		}
	}

}
