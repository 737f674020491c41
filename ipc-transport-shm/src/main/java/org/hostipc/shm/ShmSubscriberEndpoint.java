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

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.Direction;
import org.hostipc.transport.EndpointState;
import org.hostipc.transport.FrameHandler;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.Replier;
import org.hostipc.transport.ErrorReason;
import org.hostipc.wire.FrameView;

/**
 * A subscriber of a publish-subscribe channel: creates its own ring in the channel's
 * registry directory (named by pid and a unique id), reads it on thread
 * {@code ipc-shm-<channel>}, and deletes it when stopped. Publishers find the ring at
 * their next registry scan; a restarted subscriber registers a new ring.
 *
 * @author hostipc
 */
final class ShmSubscriberEndpoint extends AbstractShmEndpoint implements InboundEndpoint {

	private final RingConsumer consumer;

	private volatile FrameHandler handler;

	ShmSubscriberEndpoint(String name, ShmOptions options, ShmFiles files) {
		super(name, MessagingPattern.PUBLISH_SUBSCRIBE, Direction.INBOUND, options, files);
		this.consumer = new RingConsumer("ipc-shm-" + name,
				registryDirectory().resolve(ShmFiles.uniqueName() + RING_SUFFIX), this.files, options, this.codec,
				this.counters, this::onFrame);
	}

	@Override
	public void setHandler(FrameHandler handler) {
		this.handler = handler;
	}

	@Override
	protected void open() {
		if (this.handler == null) {
			throw new IllegalStateException("A FrameHandler must be set on channel '" + name() + "' before start()");
		}
		this.files.ensureDirectory(this.options.directory());
		this.consumer.start();
	}

	@Override
	protected void doStop() {
		this.consumer.stop(true);
	}

	private void onFrame(FrameView frame) {
		try {
			this.handler.onFrame(frame, Replier.NONE);
		}
		catch (Exception ex) {
			this.counters.error(ErrorReason.HANDLER);
		}
	}

	@Override
	public long backlog() {
		ShmRing ring = this.consumer.ring();
		return (ring != null) ? ring.backlog() : 0;
	}

	@Override
	protected Path address() {
		return this.consumer.file();
	}

	@Override
	protected EndpointState runningState() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("path", this.consumer.file().toString());
		ringDetails(details, this.consumer.ring());
		ShmRing ring = this.consumer.ring();
		return fillState("subscribed with ring " + this.consumer.file(), details,
				(ring != null) ? ring.fillRatio() : 0);
	}

	@Override
	protected String role() {
		return "subscriber";
	}

	@Override
	protected void describePeers(Map<String, Object> description) {
		description.put("registry", registryDirectory().toString());
	}

}
