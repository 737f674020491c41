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

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;

import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.impl.RollingResourcesCache;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.hostipc.IpcException;

/**
 * Deletes the cycle files of a queue that are old and consumed. A cycle file is deleted
 * when all of these hold:
 * <ul>
 * <li>its cycle ended at least the retention ago (by the queue's clock);</li>
 * <li>it is older than the current cycle and than the last cycle in the queue;</li>
 * <li>at least one subscriber is known, and every known subscriber acknowledged a message
 * of a later cycle.</li>
 * </ul>
 * Subscribers are known by their position files in the subscribers directory. A known
 * subscriber that has not acknowledged anything yet holds every cycle file; a subscriber
 * that never started (no position file) is not known and holds nothing: when it first
 * starts it reads from the oldest cycle still kept. With no known subscriber nothing is
 * deleted. A damaged position file holds every cycle file (and is reported).
 * <p>
 * Sweeps of any number of endpoints, in any processes, are serialized by a lock on
 * {@code retention.lock} in the subscribers directory, which a subscriber also holds
 * while it creates its position file and positions its tailer: a sweep therefore never
 * deletes a cycle that a starting subscriber is about to read.
 *
 * @author hostipc
 */
final class ChronicleRetention {

	static final String LOCK_FILE = "retention.lock";

	private static final Log logger = LogFactory.getLog(ChronicleRetention.class);

	private static final ConcurrentMap<Path, ReentrantLock> jvmLocks = new ConcurrentHashMap<>();

	private final Path queueDirectory;

	private final Path subscribersDirectory;

	private final Duration retention;

	ChronicleRetention(Path queueDirectory, Path subscribersDirectory, Duration retention) {
		this.queueDirectory = queueDirectory;
		this.subscribersDirectory = subscribersDirectory;
		this.retention = retention;
	}

	/**
	 * Delete the cycle files that are old and consumed by every known subscriber.
	 * @param queue the open queue
	 * @return the deleted files
	 */
	List<Path> sweep(SingleChronicleQueue queue) {
		return locked(this.subscribersDirectory, () -> deleteExpired(queue));
	}

	/**
	 * Run an action while holding the retention lock of a channel, against other threads
	 * and other processes.
	 * @param <T> the result type
	 * @param subscribersDirectory the subscribers directory of the channel
	 * @param action the action
	 * @return the result of the action
	 */
	static <T> T locked(Path subscribersDirectory, Supplier<T> action) {
		Path lockFile = subscribersDirectory.resolve(LOCK_FILE).toAbsolutePath().normalize();
		ReentrantLock jvmLock = jvmLocks.computeIfAbsent(lockFile, (file) -> new ReentrantLock());
		jvmLock.lock();
		try {
			Files.createDirectories(subscribersDirectory);
			try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
					FileLock lock = channel.lock()) {
				return action.get();
			}
		}
		catch (IOException ex) {
			throw new IpcException("Cannot lock " + lockFile + ": " + ex.getMessage(), ex);
		}
		finally {
			jvmLock.unlock();
		}
	}

	private List<Path> deleteExpired(SingleChronicleQueue queue) {
		int horizon = consumedHorizon(queue);
		if (horizon == Integer.MIN_VALUE) {
			return List.of();
		}
		RollCycle rollCycle = queue.rollCycle();
		long now = queue.time().currentTimeMillis();
		RollingResourcesCache names = new RollingResourcesCache(rollCycle, queue.epoch(),
				(name) -> new File(this.queueDirectory.toFile(), name + QueueFileValidator.CYCLE_SUFFIX),
				(file) -> cycleName(file.getName()));
		List<Path> deleted = new ArrayList<>();
		for (Path file : cycleFiles()) {
			int cycle = cycleOf(names, file);
			if (cycle != Integer.MIN_VALUE && cycle < horizon
					&& names.resourceFor(cycle).millis + rollCycle.lengthInMillis() + this.retention.toMillis() <= now
					&& delete(file)) {
				deleted.add(file);
			}
		}
		if (!deleted.isEmpty()) {
			queue.refreshDirectoryListing();
			logger.info("Deleted " + deleted.size() + " consumed cycle file(s) of the queue " + this.queueDirectory
					+ " older than " + this.retention + ": " + deleted);
		}
		return deleted;
	}

	/**
	 * Return the first cycle that must be kept: the current cycle, the last cycle and the
	 * cycle of every known subscriber's last acknowledged message.
	 * @param queue the queue
	 * @return the cycle, {@link Integer#MIN_VALUE} when everything must be kept
	 */
	private int consumedHorizon(SingleChronicleQueue queue) {
		List<Path> positions = positionFiles();
		if (positions.isEmpty()) {
			return Integer.MIN_VALUE;
		}
		int horizon = queue.cycle();
		int last = queue.lastCycle();
		if (last >= 0) {
			horizon = Math.min(horizon, last);
		}
		for (Path file : positions) {
			long acknowledged;
			try {
				acknowledged = SubscriberPosition.read(file);
			}
			catch (IOException | CorruptedQueueFileException ex) {
				logger.warn("Keeping every cycle file of the queue " + this.queueDirectory + " until the position file "
						+ file + " can be read: " + ex.getMessage());
				return Integer.MIN_VALUE;
			}
			if (acknowledged == SubscriberPosition.NONE) {
				return Integer.MIN_VALUE;
			}
			horizon = Math.min(horizon, queue.rollCycle().toCycle(acknowledged));
		}
		return horizon;
	}

	private List<Path> positionFiles() {
		return list(this.subscribersDirectory, SubscriberPosition.SUFFIX);
	}

	private List<Path> cycleFiles() {
		return list(this.queueDirectory, QueueFileValidator.CYCLE_SUFFIX);
	}

	private static List<Path> list(Path directory, String suffix) {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new IpcException("Cannot list " + directory + ": " + ex.getMessage(), ex);
		}
	}

	private static int cycleOf(RollingResourcesCache names, Path file) {
		try {
			return names.parseCount(cycleName(file.getFileName().toString()));
		}
		catch (RuntimeException ex) {
			// not a cycle file of this roll cycle: leave it alone
			return Integer.MIN_VALUE;
		}
	}

	private static String cycleName(String fileName) {
		return fileName.substring(0, fileName.length() - QueueFileValidator.CYCLE_SUFFIX.length());
	}

	private static boolean delete(Path file) {
		try {
			return Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			logger.warn("Cannot delete the consumed cycle file " + file + ": " + ex.getMessage());
			return false;
		}
	}

	@Override
	public String toString() {
		return "retention " + this.retention + " of " + this.queueDirectory;
	}

}
