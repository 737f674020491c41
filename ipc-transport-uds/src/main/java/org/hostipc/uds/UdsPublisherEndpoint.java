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

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.hostipc.transport.Direction;
import org.hostipc.transport.ErrorReason;
import org.hostipc.IpcException;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.transport.PeerUnavailableException;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameView;

/**
 * Publisher of a publish-subscribe channel: a socket server to which subscribers connect;
 * every frame sent is written to every connected subscriber.
 * <p>
 * {@link #send(Frame)} encodes the frame once and writes it to each subscriber in turn on
 * the caller's thread. When fewer than {@link UdsOptions#minSubscribers()} subscribers
 * are connected it first waits for them up to the send timeout, then fails with
 * {@link PeerUnavailableException}. Each subscriber's write is bounded by the send
 * timeout; a subscriber whose write fails or times out is disconnected (counted as
 * {@link ErrorReason#DISCONNECTED} or {@link ErrorReason#TIMEOUT}) and the others still
 * receive the frame. If fewer than the minimum number of subscribers received it, the
 * send fails with {@link PeerUnavailableException} after the others were served. A
 * successful send counts one sent message, whatever the number of subscribers.
 * <p>
 * Frames that subscribers send (they send none in this version) are ignored. The
 * per-connection reader threads exist to notice disconnected subscribers at once.
 * <p>
 * Thread-safe; frames sent concurrently are each written whole, but different subscribers
 * may see concurrent frames in different orders.
 *
 * @author hostipc
 */
final class UdsPublisherEndpoint extends AbstractUdsServerEndpoint implements OutboundEndpoint {

	private final List<UdsConnection> subscribers = new CopyOnWriteArrayList<>();

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition subscribersChanged = this.lock.newCondition();

	UdsPublisherEndpoint(String name, UdsOptions options) {
		super(name, MessagingPattern.PUBLISH_SUBSCRIBE, Direction.OUTBOUND, options);
	}

	@Override
	public void send(Frame frame) {
		ByteBuffer bytes = encode(frame, 0, 0);
		int length = bytes.remaining();
		long timeout = this.options.sendTimeout().toNanos();
		awaitSubscribers(System.nanoTime() + timeout);
		int delivered = 0;
		for (UdsConnection subscriber : this.subscribers) {
			bytes.rewind();
			UdsConnection.WriteStatus status = subscriber.write(bytes, System.nanoTime() + timeout);
			if (status == UdsConnection.WriteStatus.WRITTEN) {
				delivered++;
			}
			else if (status == UdsConnection.WriteStatus.INTERRUPTED) {
				throw new IpcException("Interrupted while publishing on channel '" + name() + "'");
			}
			else {
				subscriber.close();
				this.counters.error((status == UdsConnection.WriteStatus.TIMED_OUT) ? ErrorReason.TIMEOUT
						: ErrorReason.DISCONNECTED);
			}
		}
		if (delivered < this.options.minSubscribers()) {
			throw new PeerUnavailableException("Channel '" + name() + "' delivered the frame to " + delivered
					+ " subscriber(s), fewer than the required " + this.options.minSubscribers());
		}
		this.counters.sent(length);
	}

	private void awaitSubscribers(long deadline) {
		int required = this.options.minSubscribers();
		if (this.subscribers.size() >= required && isRunning()) {
			return;
		}
		this.lock.lock();
		try {
			while (this.subscribers.size() < required || !isRunning()) {
				long remaining = deadline - System.nanoTime();
				if (remaining <= 0 || !isRunning()) {
					this.counters.error(ErrorReason.DISCONNECTED);
					throw new PeerUnavailableException("Channel '" + name() + "' has " + this.subscribers.size()
							+ " subscriber(s) on " + this.options.path() + ", fewer than the required " + required
							+ (isRunning() ? " after waiting " + this.options.sendTimeout() : " (not started)"));
				}
				this.subscribersChanged.awaitNanos(remaining);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IpcException("Interrupted while waiting for subscribers on channel '" + name() + "'");
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public Frame request(Frame frame, Duration timeout) {
		throw new UnsupportedOperationException(
				"request() needs a request-reply channel; channel '" + name() + "' is publish-subscribe, use send()");
	}

	@Override
	public void onConnected(UdsConnection connection) {
		this.subscribers.add(connection);
		signalSubscribersChanged();
	}

	@Override
	public void onFrame(UdsConnection connection, FrameView frame) {
	}

	@Override
	public void onDisconnected(UdsConnection connection) {
		this.subscribers.remove(connection);
	}

	@Override
	protected void doStop() {
		signalSubscribersChanged();
		super.doStop();
		this.subscribers.clear();
	}

	private void signalSubscribersChanged() {
		this.lock.lock();
		try {
			this.subscribersChanged.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

}
