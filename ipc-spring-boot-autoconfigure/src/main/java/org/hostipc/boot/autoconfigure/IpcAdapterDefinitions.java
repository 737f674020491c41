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
import org.hostipc.transport.ChannelSettings;
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

	private final ChannelSettings settings;

	private final boolean autoStartup;

	private final String endpointBeanName;

	IpcAdapterDefinitions(BeanFactory beanFactory, Channel channel, ChannelSettings settings) {
		this.beanFactory = beanFactory;
		this.name = settings.name();
		this.channel = channel;
		this.settings = settings;
		this.autoStartup = !Boolean.FALSE.equals(channel.getAutoStartup());
		this.endpointBeanName = this.name + IpcChannelRegistrar.ENDPOINT_SUFFIX;
	}

	/**
	 * Return the definition of the adapter: a channel adapter or a gateway, inbound or
	 * outbound.
	 * @return the adapter definition
	 */
	BeanDefinition adapter() {
		boolean requestReply = this.settings.pattern() == MessagingPattern.REQUEST_REPLY;
		BeanDefinitionBuilder builder;
		if (this.settings.direction() == Direction.INBOUND) {
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
			.addPropertyValue("autoStartup", this.autoStartup)
			.getBeanDefinition();
	}

	private IpcInboundChannelAdapter inboundChannelAdapter() {
		IpcInboundChannelAdapter adapter = new IpcInboundChannelAdapter(
				this.beanFactory.getBean(this.endpointBeanName, InboundEndpoint.class));
		adapter.setOutputChannelName(this.name);
		adapter.setSendTimeout(this.settings.sendTimeout().toMillis());
		adapter.setMessageMapper(messageMapper());
		adapter.setAutoStartup(this.autoStartup);
		return adapter;
	}

	private IpcInboundGateway inboundGateway() {
		IpcInboundGateway gateway = new IpcInboundGateway(
				this.beanFactory.getBean(this.endpointBeanName, InboundEndpoint.class));
		gateway.setRequestChannelName(this.name);
		gateway.setRequestTimeout(this.settings.sendTimeout().toMillis());
		gateway.setReplyTimeout(this.settings.replyTimeout().toMillis());
		gateway.setMessageMapper(messageMapper());
		gateway.setAutoStartup(this.autoStartup);
		return gateway;
	}

	private IpcOutboundChannelAdapter outboundChannelAdapter() {
		IpcOutboundChannelAdapter adapter = new IpcOutboundChannelAdapter(
				this.beanFactory.getBean(this.endpointBeanName, OutboundEndpoint.class));
		adapter.setAutoStartup(this.autoStartup);
		adapter.setMessageMapper(messageMapper());
		return adapter;
	}

	private IpcOutboundGateway outboundGateway() {
		IpcOutboundGateway gateway = new IpcOutboundGateway(
				this.beanFactory.getBean(this.endpointBeanName, OutboundEndpoint.class));
		gateway.setAutoStartup(this.autoStartup);
		gateway.setReplyTimeout(this.settings.replyTimeout());
		gateway.setMessageMapper(messageMapper());
		return gateway;
	}

	private IpcMessageMapper messageMapper() {
		IpcMessageMapper mapper = new IpcMessageMapper();
		if (this.channel.getPayloadType() != null) {
			mapper.setPayloadType(this.channel.getPayloadType());
		}
		mapper.setSourceHeaders(Boolean.TRUE.equals(this.channel.getSourceHeaders()));
		return mapper;
	}

}
