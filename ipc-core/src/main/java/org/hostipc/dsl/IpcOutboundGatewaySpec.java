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

package org.hostipc.dsl;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;

import org.hostipc.outbound.IpcOutboundGateway;
import org.hostipc.support.IpcMessageMapper;
import org.hostipc.transport.OutboundEndpoint;

import org.springframework.integration.dsl.ComponentsRegistration;
import org.springframework.integration.dsl.MessageHandlerSpec;

/**
 * Spec of an {@link IpcOutboundGateway}, for any transport.
 *
 * @author hostipc
 */
public class IpcOutboundGatewaySpec extends MessageHandlerSpec<IpcOutboundGatewaySpec, IpcOutboundGateway>
		implements ComponentsRegistration {

	private final IpcMessageMapper messageMapper = new IpcMessageMapper();

	private final OutboundEndpoint endpoint;

	public IpcOutboundGatewaySpec(OutboundEndpoint endpoint) {
		this.target = new IpcOutboundGateway(endpoint);
		this.endpoint = endpoint;
		this.target.setMessageMapper(this.messageMapper);
	}

	/**
	 * Set how long to wait for each reply.
	 * @param replyTimeout the timeout
	 * @return the spec
	 */
	public IpcOutboundGatewaySpec replyTimeout(Duration replyTimeout) {
		this.target.setReplyTimeout(replyTimeout);
		return this;
	}

	/**
	 * Convert reply payloads to this type.
	 * @param payloadType the payload type
	 * @return the spec
	 */
	public IpcOutboundGatewaySpec replyPayloadType(Class<?> payloadType) {
		this.messageMapper.setPayloadType(payloadType);
		return this;
	}

	/**
	 * Use another mapper between messages and frames.
	 * @param messageMapper the mapper
	 * @return the spec
	 */
	public IpcOutboundGatewaySpec messageMapper(IpcMessageMapper messageMapper) {
		this.target.setMessageMapper(messageMapper);
		return this;
	}

	/**
	 * Register the endpoint as a bean of the flow, so that health, metrics and the
	 * {@code ipc} actuator endpoint see channels built with the DSL like configured ones.
	 * @return the endpoint, under a generated bean name
	 */
	@Override
	public Map<Object, String> getComponentsToRegister() {
		return Collections.singletonMap(this.endpoint, null);
	}

}
