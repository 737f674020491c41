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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;

import org.hostipc.IpcException;
import org.hostipc.wire.FrameLimits;

/**
 * Names and opens the files of a Chronicle channel.
 *
 * @author hostipc
 */
final class ChronicleFiles {

	/**
	 * Bytes stored in each document before the frame: the sender's wall clock in epoch
	 * milliseconds, used to replay from a timestamp.
	 */
	static final int DOCUMENT_PREFIX = Long.BYTES;

	/** Smallest block size (Chronicle's mapping chunk). */
	static final long MIN_BLOCK_SIZE = 4L * 1024 * 1024;

	/**
	 * Chronicle fails on documents near a quarter of its block size: the largest document
	 * is kept below an eighth.
	 */
	static final int BLOCK_SIZE_FACTOR = 8;

	private ChronicleFiles() {
	}

	/**
	 * Return whether a name is safe as a file name: letters, digits, {@code .},
	 * {@code _}, {@code -}, not starting with a dot.
	 * @param name the name
	 * @return whether it is safe
	 */
	static boolean isSafeName(String name) {
		return name != null && !name.isEmpty() && name.length() <= 128 && name.charAt(0) != '.'
				&& name.chars()
					.allMatch((c) -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
							|| c == '.' || c == '_' || c == '-');
	}

	/**
	 * Return the queue directory of a channel.
	 * @param options the options
	 * @param channelName the channel
	 * @return {@code <directory>/<channel>}
	 */
	static Path queueDirectory(ChronicleOptions options, String channelName) {
		return options.directory().resolve(channelName);
	}

	/**
	 * Return the directory of the saved subscriber positions of a channel.
	 * @param options the options
	 * @param channelName the channel
	 * @return {@code <directory>/<channel>.subscribers}
	 */
	static Path subscribersDirectory(ChronicleOptions options, String channelName) {
		return options.directory().resolve(channelName + ".subscribers");
	}

	/**
	 * Return the block size for the limits: a power of two at least
	 * {@value #BLOCK_SIZE_FACTOR} times the largest document.
	 * @param limits the limits
	 * @return the block size
	 */
	static long blockSize(FrameLimits limits) {
		long needed = (long) BLOCK_SIZE_FACTOR * (limits.maxFrameLength() + DOCUMENT_PREFIX);
		long size = MIN_BLOCK_SIZE;
		while (size < needed) {
			size <<= 1;
		}
		return size;
	}

	/**
	 * Open (creating if needed) a queue.
	 * @param directory the queue directory
	 * @param options the options
	 * @return the open queue
	 * @throws CorruptedQueueFileException if a file of the queue is damaged
	 * @throws IpcException if the directory or queue cannot be opened
	 */
	static SingleChronicleQueue open(Path directory, ChronicleOptions options) {
		ChronicleAccess.check();
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new IpcException("Cannot create the queue directory " + directory + ": " + ex.getMessage(), ex);
		}
		if (!Files.isWritable(directory)) {
			throw new IpcException("The queue directory " + directory + " is not writable");
		}
		QueueFileValidator.validate(directory);
		try {
			SingleChronicleQueueBuilder builder = ChronicleQueue.singleBuilder(directory)
				.rollCycle(options.rollCycle().toRollCycle())
				.blockSize(blockSize(options.limits()));
			Clock clock = options.clock();
			if (clock != null) {
				builder.timeProvider(clock::millis);
			}
			return builder.build();
		}
		catch (RuntimeException ex) {
			throw new IpcException("Cannot open the Chronicle queue in " + directory + " (is it a queue directory "
					+ "with intact files?): " + ex.getMessage(), ex);
		}
	}

	/**
	 * Return the bytes used by the files of a directory (file lengths; Chronicle files
	 * grow in block-size steps).
	 * @param directory the directory
	 * @return the total length, {@code 0} if it does not exist
	 */
	static long usedBytes(Path directory) {
		if (!Files.isDirectory(directory)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.mapToLong(ChronicleFiles::sizeOf).sum();
		}
		catch (IOException ex) {
			throw new IpcException("Cannot list the queue directory " + directory + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Return the usable free space of the file store of a directory.
	 * @param directory the directory
	 * @return the free bytes, {@code -1} when unknown
	 */
	static long freeBytes(Path directory) {
		try {
			return Files.getFileStore(directory).getUsableSpace();
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static long sizeOf(Path file) {
		try {
			return Files.isRegularFile(file) ? Files.size(file) : 0;
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
