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

package org.hostipc.inbound;

import org.hostipc.support.IpcMessageMapper;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.Replier;
import org.hostipc.wire.FrameView;

import org.springframework.integration.endpoint.MessageProducerSupport;
import org.springframework.messaging.Message;
import org.springframework.util.Assert;

/**
 * Receives one-way messages from another process through an {@link InboundEndpoint} of
 * any transport and sends them to the output channel.
 * <p>
 * The endpoint's thread calls the downstream flow directly, so a handler exception on a
 * durable transport leaves the message undelivered and it is delivered again. A frame
 * whose payload cannot be converted is counted as a {@code decode} error and sent to the
 * error channel when one is set.
 *
 * @author hostipc
 */
public class IpcInboundChannelAdapter extends MessageProducerSupport {

	private final InboundEndpoint endpoint;

	private IpcMessageMapper messageMapper = new IpcMessageMapper();

	/**
	 * Create an adapter that owns the endpoint's lifecycle.
	 * @param endpoint the endpoint
	 */
	public IpcInboundChannelAdapter(InboundEndpoint endpoint) {
		Assert.notNull(endpoint, "'endpoint' must not be null");
		this.endpoint = endpoint;
	}

	/**
	 * Set the mapper from frames to messages.
	 * @param messageMapper the mapper
	 */
	public void setMessageMapper(IpcMessageMapper messageMapper) {
		Assert.notNull(messageMapper, "'messageMapper' must not be null");
		this.messageMapper = messageMapper;
	}

	public InboundEndpoint getEndpoint() {
		return this.endpoint;
	}

	@Override
	public String getComponentType() {
		return "ipc:" + this.endpoint.transport() + "-inbound-channel-adapter";
	}

	@Override
	protected void onInit() {
		super.onInit();
		this.endpoint.setHandler(this::onFrame);
	}

	@Override
	protected void doStart() {
		this.endpoint.start();
	}

	@Override
	protected void doStop() {
		this.endpoint.stop();
	}

	private void onFrame(FrameView frame, Replier replier) {
		send(InboundMapping.toMessage(this.messageMapper, frame, this.endpoint));
	}

	private void send(Message<?> message) {
		if (message != null) {
			sendMessage(message);
		}
	}

}
