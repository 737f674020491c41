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
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;

import org.agrona.concurrent.IdleStrategy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.transport.Direction;
import org.hostipc.transport.EndpointState;
import org.hostipc.transport.ErrorReason;
import org.hostipc.IpcException;
import org.hostipc.transport.IpcTimeoutException;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.PeerUnavailableException;
import org.hostipc.wire.Frame;

/**
 * A publisher of a publish-subscribe channel: writes every frame into the ring of each
 * subscriber found in the channel's registry directory, which it re-reads every registry
 * scan interval on {@link ShmTimer}.
 * <p>
 * Delivery to each subscriber is lossless: a full ring makes the publish wait, and all
 * the waits of one publish together last at most the send timeout. A subscriber whose
 * heartbeat is stale is dropped from the fan-out (counted as
 * {@link ErrorReason#DISCONNECTED}, logged once) so it never blocks the others; it
 * rejoins if its heartbeat becomes fresh again, and its ring file is deleted once its
 * process is gone. A subscriber that is alive but keeps its ring full fails the publish
 * with an {@link IpcTimeoutException} after the others have received the frame.
 *
 * @author hostipc
 */
final class ShmPublisherEndpoint extends AbstractShmEndpoint implements OutboundEndpoint {

	private static final Log logger = LogFactory.getLog(ShmPublisherEndpoint.class);

	private final Object scanMonitor = new Object();

	private volatile List<Subscriber> subscribers = List.of();

	private ScheduledFuture<?> scanner;

	private volatile long lastWaitScan;

	ShmPublisherEndpoint(String name, ShmOptions options, ShmFiles files) {
		super(name, MessagingPattern.PUBLISH_SUBSCRIBE, Direction.OUTBOUND, options, files);
	}

	@Override
	protected void open() {
		this.files.ensureDirectory(registryDirectory());
		scan();
		this.scanner = ShmTimer.schedule(this::scan, this.options.registryScanInterval());
	}

	@Override
	protected void doStop() {
		if (this.scanner != null) {
			this.scanner.cancel(false);
			this.scanner = null;
		}
		synchronized (this.scanMonitor) {
			this.subscribers = List.of();
		}
	}

	/**
	 * Re-read the registry: attach new subscriber rings, forget removed ones, delete the
	 * rings of dead subscriber processes, and let dropped subscribers with a fresh
	 * heartbeat rejoin.
	 */
	void scan() {
		synchronized (this.scanMonitor) {
			Map<Path, Subscriber> known = new HashMap<>();
			for (Subscriber subscriber : this.subscribers) {
				known.put(subscriber.ring.path(), subscriber);
			}
			List<Subscriber> current = new ArrayList<>();
			try (DirectoryStream<Path> stream = Files.newDirectoryStream(registryDirectory(), "*" + RING_SUFFIX)) {
				for (Path file : stream) {
					Subscriber subscriber = known.get(file);
					if (subscriber == null) {
						subscriber = attach(file);
					}
					else if (!isConsumerAlive(subscriber.ring)
							&& ShmFiles.isLeftByDeadProcess(file, this.options.heartbeatTimeout().toMillis())) {
						drop(subscriber);
						ShmFiles.deleteQuietly(file);
						subscriber = null;
					}
					if (subscriber != null) {
						subscriber.rejoinIfAlive();
						current.add(subscriber);
					}
				}
			}
			catch (IOException ex) {
				return;
			}
			this.subscribers = List.copyOf(current);
		}
	}

	private Subscriber attach(Path file) {
		if (ShmFiles.isLeftByDeadProcess(file, this.options.heartbeatTimeout().toMillis())) {
			ShmFiles.deleteQuietly(file);
			return null;
		}
		try {
			return new Subscriber(this.files.open(file));
		}
		catch (IpcException ex) {
			if (logger.isDebugEnabled()) {
				logger.debug("Ignoring subscriber ring " + file + " of channel '" + name() + "': " + ex.getMessage());
			}
			return null;
		}
	}

	@Override
	public void send(Frame frame) {
		publish(frame, null, null, encodedLength(frame));
	}

	@Override
	public void send(Map<String, Object> headers, ByteBuffer payload) {
		publish(null, headers, payload, encodedLength(headers, payload));
	}

	/**
	 * Write a frame, or headers and a payload buffer, into every live subscriber's ring.
	 */
	private void publish(Frame frame, Map<String, Object> headers, ByteBuffer payload, int length) {
		long timestamp = System.nanoTime();
		long deadline = sendDeadline(timestamp);
		List<Subscriber> targets = awaitSubscribers(deadline);
		int delivered = 0;
		List<Path> full = null;
		for (Subscriber subscriber : targets) {
			if (subscriber.dropped) {
				continue;
			}
			RingWriter.Outcome outcome = (frame != null)
					? this.writer.write(subscriber.ring, frame, 0, 0, timestamp, length, deadline, false)
					: this.writer.write(subscriber.ring, headers, payload, timestamp, length, deadline, false);
			switch (outcome) {
				case WRITTEN -> delivered++;
				case DROPPED -> this.counters.dropped();
				case CONSUMER_DOWN -> drop(subscriber);
				case FULL -> {
					this.counters.error(ErrorReason.TIMEOUT);
					full = (full != null) ? full : new ArrayList<>();
					full.add(subscriber.ring.path());
				}
			}
		}
		if (full != null) {
			throw new IpcTimeoutException("Channel '" + name() + "' delivered the frame to " + delivered
					+ " subscriber(s), but the ring(s) " + full + " stayed full for " + this.options.sendTimeout());
		}
		if (delivered < this.options.minSubscribers()) {
			this.counters.error(ErrorReason.DISCONNECTED);
			throw new PeerUnavailableException("Channel '" + name() + "' delivered the frame to " + delivered
					+ " subscriber(s), fewer than the required " + this.options.minSubscribers());
		}
		this.counters.sent(length);
	}

	private List<Subscriber> awaitSubscribers(long deadline) {
		int required = this.options.minSubscribers();
		List<Subscriber> current = this.subscribers;
		IdleStrategy idle = null;
		while (live(current) < required || !isRunning()) {
			if (!isRunning() || System.nanoTime() - deadline >= 0) {
				this.counters.error(ErrorReason.DISCONNECTED);
				throw new PeerUnavailableException("Channel '" + name() + "' has " + live(current)
						+ " live subscriber(s) in " + registryDirectory() + ", fewer than the required " + required
						+ (isRunning() ? " after waiting " + this.options.sendTimeout() : " (not started)"));
			}
			if (idle == null) {
				idle = this.options.idleStrategy().create(this.options.maxPark());
			}
			idle.idle();
			scanIfDue();
			current = this.subscribers;
		}
		return current;
	}

	private void scanIfDue() {
		long now = System.nanoTime();
		if (now - this.lastWaitScan > this.options.registryScanInterval().toNanos() / 4) {
			this.lastWaitScan = now;
			scan();
		}
	}

	private int live(List<Subscriber> subscribers) {
		int live = 0;
		for (Subscriber subscriber : subscribers) {
			if (!subscriber.dropped && isConsumerAlive(subscriber.ring)) {
				live++;
			}
		}
		return live;
	}

	private void drop(Subscriber subscriber) {
		synchronized (subscriber) {
			if (subscriber.dropped) {
				return;
			}
			subscriber.dropped = true;
		}
		this.counters.error(ErrorReason.DISCONNECTED);
		logger.warn("Dropped subscriber ring " + subscriber.ring.path() + " from the fan-out of channel '" + name()
				+ "': its heartbeat is " + subscriber.ring.heartbeatAge(System.currentTimeMillis())
				+ " ms old (timeout " + this.options.heartbeatTimeout() + ")");
	}

	@Override
	public Frame request(Frame frame, Duration timeout) {
		throw new UnsupportedOperationException(
				"request() needs a request-reply channel; channel '" + name() + "' is publish-subscribe, use send()");
	}

	@Override
	public long backlog() {
		long backlog = 0;
		for (Subscriber subscriber : this.subscribers) {
			if (!subscriber.dropped) {
				backlog += subscriber.ring.backlog();
			}
		}
		return backlog;
	}

	@Override
	protected Path address() {
		return registryDirectory();
	}

	@Override
	protected EndpointState runningState() {
		List<Subscriber> current = this.subscribers;
		int live = live(current);
		double maxFill = 0;
		for (Subscriber subscriber : current) {
			maxFill = Math.max(maxFill, subscriber.ring.fillRatio());
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("path", registryDirectory().toString());
		details.put("subscribers", live);
		details.put("droppedSubscribers", current.size() - live);
		details.put("fillRatio", Math.round(maxFill * 1000) / 1000.0);
		if (live < this.options.minSubscribers()) {
			return EndpointState
				.down(live + " live subscriber(s), fewer than the required " + this.options.minSubscribers(), details);
		}
		return fillState("publishing to " + live + " subscriber(s)", details, maxFill);
	}

	@Override
	protected String role() {
		return "publisher";
	}

	@Override
	protected void describePeers(Map<String, Object> description) {
		List<Path> rings = new ArrayList<>();
		for (Subscriber subscriber : this.subscribers) {
			if (!subscriber.dropped) {
				rings.add(subscriber.ring.path());
			}
		}
		description.put("peers", rings.size());
		description.put("subscriberRings", rings.stream().map(Path::toString).toList());
	}

	/**
	 * A subscriber ring known to this publisher.
	 */
	private final class Subscriber {

		private final ShmRing ring;

		private volatile boolean dropped;

		Subscriber(ShmRing ring) {
			this.ring = ring;
		}

		void rejoinIfAlive() {
			if (this.dropped && isConsumerAlive(this.ring)) {
				this.dropped = false;
				logger.info("Subscriber ring " + this.ring.path() + " of channel '" + name()
						+ "' has a fresh heartbeat again and rejoined the fan-out");
			}
		}

	}

}
