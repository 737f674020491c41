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

package org.hostipc.boot.autoconfigure;

import org.hostipc.boot.autoconfigure.IpcProperties.Channel;
import org.hostipc.inbound.IpcInboundChannelAdapter;
import org.hostipc.inbound.IpcInboundGateway;
import org.hostipc.outbound.IpcOutboundChannelAdapter;
import org.hostipc.outbound.IpcOutboundGateway;
import org.hostipc.support.IpcMessageMapper;
import org.hostipc.transport.Direction;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.integration.config.ConsumerEndpointFactoryBean;

/**
 * Bean definitions of the Spring Integration adapter that connects a channel's
 * {@link org.springframework.messaging.MessageChannel} to its endpoint, chosen by
 * direction and pattern.
 *
 * @author hostipc
 */
final class IpcAdapterDefinitions {

	private final BeanFactory beanFactory;

	private final String name;

	private final Channel channel;

	private final String endpointBeanName;

	IpcAdapterDefinitions(BeanFactory beanFactory, String name, Channel channel) {
		this.beanFactory = beanFactory;
		this.name = name;
		this.channel = channel;
		this.endpointBeanName = name + IpcChannelRegistrar.ENDPOINT_SUFFIX;
	}

	/**
	 * Return the definition of the adapter: a channel adapter or a gateway, inbound or
	 * outbound.
	 * @return the adapter definition
	 */
	BeanDefinition adapter() {
		boolean requestReply = this.channel.getPattern() == MessagingPattern.REQUEST_REPLY;
		BeanDefinitionBuilder builder;
		if (this.channel.getDirection() == Direction.INBOUND) {
			builder = requestReply
					? BeanDefinitionBuilder.rootBeanDefinition(IpcInboundGateway.class, this::inboundGateway)
					: BeanDefinitionBuilder.rootBeanDefinition(IpcInboundChannelAdapter.class,
							this::inboundChannelAdapter);
		}
		else {
			builder = requestReply
					? BeanDefinitionBuilder.rootBeanDefinition(IpcOutboundGateway.class, this::outboundGateway)
					: BeanDefinitionBuilder.rootBeanDefinition(IpcOutboundChannelAdapter.class,
							this::outboundChannelAdapter);
		}
		return builder.addDependsOn(this.endpointBeanName).getBeanDefinition();
	}

	/**
	 * Return the definition of the endpoint that subscribes an outbound adapter to the
	 * channel.
	 * @return the consumer definition
	 */
	BeanDefinition consumer() {
		return BeanDefinitionBuilder.rootBeanDefinition(ConsumerEndpointFactoryBean.class)
			.addPropertyReference("handler", this.name + IpcChannelRegistrar.ADAPTER_SUFFIX)
			.addPropertyValue("inputChannelName", this.name)
			.addPropertyValue("autoStartup", this.channel.isAutoStartup())
			.getBeanDefinition();
	}

	private IpcInboundChannelAdapter inboundChannelAdapter() {
		IpcInboundChannelAdapter adapter = new IpcInboundChannelAdapter(
				this.beanFactory.getBean(this.endpointBeanName, InboundEndpoint.class));
		adapter.setOutputChannelName(this.name);
		adapter.setSendTimeout(this.channel.getSendTimeout().toMillis());
		adapter.setMessageMapper(messageMapper());
		adapter.setAutoStartup(this.channel.isAutoStartup());
		return adapter;
	}

	private IpcInboundGateway inboundGateway() {
		IpcInboundGateway gateway = new IpcInboundGateway(
				this.beanFactory.getBean(this.endpointBeanName, InboundEndpoint.class));
		gateway.setRequestChannelName(this.name);
		gateway.setRequestTimeout(this.channel.getSendTimeout().toMillis());
		gateway.setReplyTimeout(this.channel.getReplyTimeout().toMillis());
		gateway.setMessageMapper(messageMapper());
		gateway.setAutoStartup(this.channel.isAutoStartup());
		return gateway;
	}

	private IpcOutboundChannelAdapter outboundChannelAdapter() {
		IpcOutboundChannelAdapter adapter = new IpcOutboundChannelAdapter(
				this.beanFactory.getBean(this.endpointBeanName, OutboundEndpoint.class));
		adapter.setAutoStartup(this.channel.isAutoStartup());
		adapter.setMessageMapper(messageMapper());
		return adapter;
	}

	private IpcOutboundGateway outboundGateway() {
		IpcOutboundGateway gateway = new IpcOutboundGateway(
				this.beanFactory.getBean(this.endpointBeanName, OutboundEndpoint.class));
		gateway.setAutoStartup(this.channel.isAutoStartup());
		gateway.setReplyTimeout(this.channel.getReplyTimeout());
		gateway.setMessageMapper(messageMapper());
		return gateway;
	}

	private IpcMessageMapper messageMapper() {
		IpcMessageMapper mapper = new IpcMessageMapper();
		if (this.channel.getPayloadType() != null) {
			mapper.setPayloadType(this.channel.getPayloadType());
		}
		mapper.setSourceHeaders(this.channel.isSourceHeaders());
		return mapper;
	}

}
