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

import org.hostipc.support.IpcExceptionTranslator;
import org.hostipc.support.IpcMessageMapper;
import org.hostipc.IpcException;
import org.hostipc.transport.OutboundEndpoint;

import org.springframework.integration.handler.AbstractMessageHandler;
import org.springframework.messaging.Message;
import org.springframework.util.Assert;

/**
 * Sends one-way messages to another process through an {@link OutboundEndpoint} of any
 * transport. The calling thread writes the message; when the peer is absent or applies
 * backpressure it waits up to the endpoint's send timeout, then fails with a
 * {@link org.springframework.messaging.MessageDeliveryException} (or a
 * {@link org.springframework.integration.MessageTimeoutException}); nothing is dropped
 * silently.
 *
 * @author hostipc
 */
public class IpcOutboundChannelAdapter extends AbstractMessageHandler implements EndpointLifecycle {

	private final OutboundEndpoint endpoint;

	private IpcMessageMapper messageMapper = new IpcMessageMapper();

	private boolean autoStartup = true;

	/**
	 * Create an adapter that owns the endpoint's lifecycle.
	 * @param endpoint the endpoint
	 */
	public IpcOutboundChannelAdapter(OutboundEndpoint endpoint) {
		Assert.notNull(endpoint, "'endpoint' must not be null");
		this.endpoint = endpoint;
	}

	/**
	 * Set the mapper from messages to frames.
	 * @param messageMapper the mapper
	 */
	public void setMessageMapper(IpcMessageMapper messageMapper) {
		Assert.notNull(messageMapper, "'messageMapper' must not be null");
		this.messageMapper = messageMapper;
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
		return "ipc:" + this.endpoint.transport() + "-outbound-channel-adapter";
	}

	@Override
	protected void handleMessageInternal(Message<?> message) {
		try {
			this.endpoint.send(this.messageMapper.toFrame(message));
		}
		catch (IpcException ex) {
			throw IpcExceptionTranslator.translate(message, this.endpoint.name(), ex);
		}
	}

}
