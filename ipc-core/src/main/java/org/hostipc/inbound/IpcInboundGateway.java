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
import org.hostipc.transport.IpcTimeoutException;
import org.hostipc.transport.Replier;
import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameFlags;
import org.hostipc.wire.FrameView;

import org.springframework.integration.gateway.MessagingGatewaySupport;
import org.springframework.messaging.Message;
import org.springframework.util.Assert;

/**
 * Answers requests from another process: each request received through an
 * {@link InboundEndpoint} is sent to the request channel, and the reply (the handler's
 * return value) is sent back to the requester. A handler exception, or no reply within
 * the reply timeout, is sent back as an error reply. One-way frames are sent to the
 * request channel without waiting.
 *
 * @author hostipc
 */
public class IpcInboundGateway extends MessagingGatewaySupport {

	private final InboundEndpoint endpoint;

	private IpcMessageMapper messageMapper = new IpcMessageMapper();

	/**
	 * Create a gateway that owns the endpoint's lifecycle.
	 * @param endpoint the endpoint
	 */
	public IpcInboundGateway(InboundEndpoint endpoint) {
		Assert.notNull(endpoint, "'endpoint' must not be null");
		this.endpoint = endpoint;
	}

	/**
	 * Set the mapper between frames and messages.
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
		return "ipc:" + this.endpoint.transport() + "-inbound-gateway";
	}

	@Override
	protected void onInit() {
		super.onInit();
		InboundMapping.register(this.endpoint, this::onFrame, this::onFrame);
	}

	@Override
	protected void doStart() {
		super.doStart();
		this.endpoint.start();
	}

	@Override
	protected void doStop() {
		this.endpoint.stop();
		super.doStop();
	}

	private void onFrame(Frame frame, Replier replier) {
		handle(InboundMapping.toMessage(this.messageMapper, frame, this.endpoint), frame.hasFlag(FrameFlags.REQUEST),
				replier);
	}

	private void onFrame(FrameView frame, Replier replier) {
		handle(InboundMapping.toMessage(this.messageMapper, frame, this.endpoint), frame.hasFlag(FrameFlags.REQUEST),
				replier);
	}

	private void handle(Message<?> request, boolean expectsReply, Replier replier) {
		if (request == null) {
			return;
		}
		if (!expectsReply) {
			send(request);
			return;
		}
		Message<?> reply = sendAndReceiveMessage(request);
		if (reply == null) {
			throw new IpcTimeoutException(
					"No reply from the handler of channel '" + this.endpoint.name() + "' within the reply timeout");
		}
		replier.reply(this.messageMapper.toReplyFrame(reply, request));
	}

}
