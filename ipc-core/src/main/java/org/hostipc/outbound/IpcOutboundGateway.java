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

package org.hostipc.outbound;

import java.time.Duration;

import org.hostipc.support.IpcExceptionTranslator;
import org.hostipc.support.IpcMessageMapper;
import org.hostipc.IpcException;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.wire.Frame;

import org.springframework.integration.handler.AbstractReplyProducingMessageHandler;
import org.springframework.messaging.Message;
import org.springframework.util.Assert;

/**
 * Sends a request to another process through an {@link OutboundEndpoint} and produces its
 * reply. The calling thread blocks up to the reply timeout; a timeout raises a
 * {@link org.springframework.integration.MessageTimeoutException}, a failed remote
 * handler a {@link org.springframework.messaging.MessageHandlingException}. Many threads
 * may send requests at once over one connection; replies are correlated by the transport.
 *
 * @author hostipc
 */
public class IpcOutboundGateway extends AbstractReplyProducingMessageHandler implements EndpointLifecycle {

	private final OutboundEndpoint endpoint;

	private IpcMessageMapper messageMapper = new IpcMessageMapper();

	private boolean autoStartup = true;

	private Duration replyTimeout = Duration.ofSeconds(5);

	/**
	 * Create a gateway that owns the endpoint's lifecycle.
	 * @param endpoint the endpoint
	 */
	public IpcOutboundGateway(OutboundEndpoint endpoint) {
		Assert.notNull(endpoint, "'endpoint' must not be null");
		this.endpoint = endpoint;
	}

	/**
	 * Set the mapper between messages and frames.
	 * @param messageMapper the mapper
	 */
	public void setMessageMapper(IpcMessageMapper messageMapper) {
		Assert.notNull(messageMapper, "'messageMapper' must not be null");
		this.messageMapper = messageMapper;
	}

	/**
	 * Set how long to wait for a reply, the send included. Default 5 seconds.
	 * @param replyTimeout the timeout
	 */
	public void setReplyTimeout(Duration replyTimeout) {
		Assert.isTrue(replyTimeout != null && !replyTimeout.isNegative() && !replyTimeout.isZero(),
				"'replyTimeout' must be a positive duration");
		this.replyTimeout = replyTimeout;
	}

	@Override
	public OutboundEndpoint getEndpoint() {
		return this.endpoint;
	}

	/**
	 * Set whether the context starts this handler (and so opens its endpoint); when
	 * {@code false} it is started by its consumer endpoint or by hand. Default
	 * {@code true}.
	 * @param autoStartup whether to start with the context
	 */
	public void setAutoStartup(boolean autoStartup) {
		this.autoStartup = autoStartup;
	}

	@Override
	public boolean isAutoStartup() {
		return this.autoStartup;
	}

	@Override
	public String getComponentType() {
		return "ipc:" + this.endpoint.transport() + "-outbound-gateway";
	}

	@Override
	protected Object handleRequestMessage(Message<?> requestMessage) {
		Frame reply;
		try {
			reply = this.endpoint.request(this.messageMapper.toFrame(requestMessage), this.replyTimeout);
		}
		catch (IpcException ex) {
			throw IpcExceptionTranslator.translate(requestMessage, this.endpoint.name(), ex);
		}
		return this.messageMapper.toReplyMessage(reply, requestMessage.getHeaders(), getNotPropagatedHeaders());
	}

	/**
	 * The reply message already carries the request's headers (see
	 * {@link IpcMessageMapper#toReplyMessage}), so the reply is not copied a second time
	 * to add them.
	 * @return {@code false}
	 */
	@Override
	protected boolean shouldCopyRequestHeaders() {
		return false;
	}

}
