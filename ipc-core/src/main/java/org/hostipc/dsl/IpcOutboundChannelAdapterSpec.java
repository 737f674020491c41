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

import java.util.Collections;
import java.util.Map;

import org.hostipc.outbound.IpcOutboundChannelAdapter;
import org.hostipc.support.IpcMessageMapper;
import org.hostipc.transport.OutboundEndpoint;

import org.springframework.integration.dsl.ComponentsRegistration;
import org.springframework.integration.dsl.MessageHandlerSpec;

/**
 * Spec of an {@link IpcOutboundChannelAdapter}, for any transport.
 *
 * @author hostipc
 */
public class IpcOutboundChannelAdapterSpec extends
		MessageHandlerSpec<IpcOutboundChannelAdapterSpec, IpcOutboundChannelAdapter> implements ComponentsRegistration {

	private final OutboundEndpoint endpoint;

	public IpcOutboundChannelAdapterSpec(OutboundEndpoint endpoint) {
		this.target = new IpcOutboundChannelAdapter(endpoint);
		this.endpoint = endpoint;
	}

	/**
	 * Use another mapper between messages and frames.
	 * @param messageMapper the mapper
	 * @return the spec
	 */
	public IpcOutboundChannelAdapterSpec messageMapper(IpcMessageMapper messageMapper) {
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
