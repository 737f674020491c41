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
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.hostipc.IpcException;

/**
 * Checks the files of a queue directory before Chronicle maps them. Chronicle quietly
 * re-initializes a truncated cycle file (losing its messages), reads past the end of a
 * cut one, or fails with obscure errors on a damaged header; this check turns each case
 * into a {@link CorruptedQueueFileException} that names the file and what to do.
 * <p>
 * A cycle file ({@code *.cq4}) must start with a complete {@code SCQStore} header, and
 * the last message its header points to (the {@code writePosition}) must lie within the
 * file. The metadata file ({@code metadata.cq4t}) must be empty (Chronicle rebuilds it)
 * or start with a complete {@code STStore} header. A file that fails is checked again for
 * a short while, since another process may be creating it.
 *
 * @author hostipc
 */
final class QueueFileValidator {

	static final String CYCLE_SUFFIX = ".cq4";

	static final String METADATA_FILE = "metadata.cq4t";

	private static final int META_DATA = 0x40000000;

	private static final int NOT_COMPLETE = 0x80000000;

	private static final int LENGTH_MASK = 0x3FFFFFFF;

	/** Chronicle headers take a few hundred bytes: a longer one is not a header. */
	private static final int HEADER_READ_LENGTH = 4096;

	private static final byte[] WRITE_POSITION = "writePosition".getBytes(StandardCharsets.US_ASCII);

	private static final int FIELD_NAME = 0xC0;

	private static final int PADDING = 0x8F;

	private static final int PADDING_32 = 0x8E;

	private static final int I64_ARRAY = 0x8D;

	private static final long SETTLE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

	private QueueFileValidator() {
	}

	/**
	 * Check every queue file of a directory.
	 * @param directory the queue directory
	 * @throws CorruptedQueueFileException naming the first damaged file
	 */
	static void validate(Path directory) {
		List<Path> files;
		try (Stream<Path> listing = Files.list(directory)) {
			files = listing.sorted().toList();
		}
		catch (IOException ex) {
			throw new IpcException("Cannot list the queue directory " + directory + ": " + ex.getMessage(), ex);
		}
		for (Path file : files) {
			String name = file.getFileName().toString();
			if (name.equals(METADATA_FILE)) {
				settled(file, QueueFileValidator::metadataProblem,
						"Stop every process that uses the queue, delete this file (Chronicle rebuilds it from the "
								+ "cycle files) and start again");
			}
			else if (name.endsWith(CYCLE_SUFFIX)) {
				settled(file, QueueFileValidator::cycleProblem,
						"Stop every process that uses the queue, then restore the file from a backup or move it out "
								+ "of " + directory + " (its messages are lost) and start again");
			}
		}
	}

	private static void settled(Path file, Check check, String action) {
		long deadline = System.nanoTime() + SETTLE_NANOS;
		String problem = check.problem(file);
		while (problem != null && System.nanoTime() - deadline < 0) {
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
			problem = check.problem(file);
		}
		if (problem != null) {
			throw new CorruptedQueueFileException(file, "The Chronicle queue file " + file + " " + problem, action);
		}
	}

	/**
	 * Return what is wrong with a cycle file.
	 * @param file the file
	 * @return the problem, {@code null} when the file looks intact
	 */
	static String cycleProblem(Path file) {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			ByteBuffer header = read(channel, 0, (int) Math.min(size, HEADER_READ_LENGTH));
			String problem = headerProblem(header, size, "SCQStore");
			if (problem != null) {
				return problem;
			}
			long writePosition = writePosition(header, 4 + (header.getInt(0) & LENGTH_MASK));
			if (writePosition < 0) {
				return null;
			}
			if (writePosition + 4 > size) {
				return "is truncated: its last message starts at byte " + writePosition + " but the file has only "
						+ size + " bytes";
			}
			int word = read(channel, writePosition, 4).getInt(0);
			long end = writePosition + 4 + (word & LENGTH_MASK);
			if ((word & NOT_COMPLETE) == 0 && end > size) {
				return "is truncated: its last message ends at byte " + end + " but the file has only " + size
						+ " bytes";
			}
			return null;
		}
		catch (IOException ex) {
			return "cannot be read (" + ex.getMessage() + ")";
		}
	}

	/**
	 * Return what is wrong with a metadata file.
	 * @param file the file
	 * @return the problem, {@code null} when the file looks intact or is empty
	 */
	static String metadataProblem(Path file) {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			if (size == 0) {
				return null;
			}
			return headerProblem(read(channel, 0, (int) Math.min(size, HEADER_READ_LENGTH)), size, "STStore");
		}
		catch (IOException ex) {
			return "cannot be read (" + ex.getMessage() + ")";
		}
	}

	private static String headerProblem(ByteBuffer header, long size, String type) {
		if (size < 8) {
			return "is truncated to " + size + " bytes, shorter than its header";
		}
		int word = header.getInt(0);
		int length = word & LENGTH_MASK;
		if ((word & META_DATA) == 0 || (word & NOT_COMPLETE) != 0 || length == 0 || length > HEADER_READ_LENGTH - 4) {
			return "does not start with a Chronicle header (found 0x" + Integer.toHexString(word) + ")";
		}
		if (4L + length > size) {
			return "is truncated to " + size + " bytes, inside its " + (4 + length) + "-byte header";
		}
		if (length + 4 > header.limit()
				|| indexOf(header, type.getBytes(StandardCharsets.US_ASCII), 4, 4 + length) < 0) {
			return "has a damaged header (not a Chronicle " + type + ")";
		}
		return null;
	}

	/**
	 * Find the first value of the {@code writePosition} array of a cycle file header.
	 * @param header the header bytes
	 * @param end the end of the header
	 * @return the position of the last message, {@code -1} if the field is not found in
	 * the expected form
	 */
	private static long writePosition(ByteBuffer header, int end) {
		int name = indexOf(header, WRITE_POSITION, 4, end);
		if (name < 1 || (header.get(name - 1) & 0xFF) != FIELD_NAME + WRITE_POSITION.length) {
			return -1;
		}
		int position = name + WRITE_POSITION.length;
		while (position < end) {
			int code = header.get(position) & 0xFF;
			if (code == PADDING) {
				position++;
			}
			else if (code == PADDING_32 && position + 5 <= end) {
				position += 5 + header.getInt(position + 1);
			}
			else {
				break;
			}
		}
		if (position + 25 > end || (header.get(position) & 0xFF) != I64_ARRAY) {
			return -1;
		}
		long value = header.getLong(position + 17);
		return (value >= 0) ? value : -1;
	}

	private static int indexOf(ByteBuffer buffer, byte[] text, int from, int to) {
		int last = Math.min(to, buffer.limit()) - text.length;
		for (int i = from; i <= last; i++) {
			int j = 0;
			while (j < text.length && buffer.get(i + j) == text[j]) {
				j++;
			}
			if (j == text.length) {
				return i;
			}
		}
		return -1;
	}

	private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
		while (buffer.hasRemaining()) {
			if (channel.read(buffer, position + buffer.position()) < 0) {
				break;
			}
		}
		return buffer.clear();
	}

	@FunctionalInterface
	private interface Check {

		String problem(Path file);

	}

}
