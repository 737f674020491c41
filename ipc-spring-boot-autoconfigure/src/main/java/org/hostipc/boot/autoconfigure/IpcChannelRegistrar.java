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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hostipc.InvalidIpcConfigurationException;
import org.hostipc.boot.autoconfigure.IpcChannelFactory.DeclaredChannel;
import org.hostipc.boot.autoconfigure.IpcProperties.Channel;
import org.hostipc.transport.Direction;
import org.hostipc.transport.ChannelSettings;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.IpcEndpoint;
import org.hostipc.transport.IpcTransport;
import org.hostipc.transport.OutboundEndpoint;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.messaging.MessageChannel;

/**
 * Registers the beans of every channel declared under {@code ipc.channels}: the
 * {@link MessageChannel} named after the channel (unless a channel bean of that name
 * exists), its {@link IpcEndpoint} ({@code <name>.ipcEndpoint}, created by the
 * {@link IpcChannelFactory} through the channel's transport) and the Spring Integration
 * adapter that connects the two ({@code <name>.ipcAdapter}, plus
 * {@code <name>.ipcConsumer} for outbound channels). A bean that already exists under one
 * of these names is kept, so an application can replace any of them.
 * <p>
 * Runs while configuration classes are loaded, so conditions of later auto-configurations
 * see the endpoints.
 *
 * @author hostipc
 */
class IpcChannelRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware, BeanFactoryAware {

	/** Suffix of the name of a channel's endpoint bean. */
	static final String ENDPOINT_SUFFIX = ".ipcEndpoint";

	/** Suffix of the name of a channel's adapter bean. */
	static final String ADAPTER_SUFFIX = ".ipcAdapter";

	/** Name of the bean that creates the channels' endpoints through their transports. */
	static final String FACTORY_BEAN_NAME = "ipcChannelFactory";

	/** Suffix of the name of the endpoint that subscribes an outbound adapter. */
	static final String CONSUMER_SUFFIX = ".ipcConsumer";

	private static final Log logger = LogFactory.getLog(IpcChannelRegistrar.class);

	private Environment environment;

	private BeanFactory beanFactory;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
		this.beanFactory = beanFactory;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		IpcProperties properties = Binder.get(this.environment).bindOrCreate("ipc", IpcProperties.class);
		if (!properties.isEnabled()) {
			return;
		}
		Map<String, DeclaredChannel> channels = new LinkedHashMap<>();
		properties.getChannels().forEach((name, declared) -> {
			Channel channel = declared.withDefaults(properties.getDefaults());
			ChannelSettings settings = ChannelSettingsMapper.toSettings(properties, name, channel);
			channels.put(name, new DeclaredChannel(channel.getTransport(), settings));
			registerChannel(registry, name, channel, settings);
		});
		registerIfMissing(registry, FACTORY_BEAN_NAME,
				() -> BeanDefinitionBuilder
					.rootBeanDefinition(IpcChannelFactory.class,
							() -> new IpcChannelFactory(this.environment, channels, transports()))
					.getBeanDefinition());
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private List<IpcTransport<?>> transports() {
		return (List) this.beanFactory.getBeanProvider(IpcTransport.class).orderedStream().toList();
	}

	private void registerChannel(BeanDefinitionRegistry registry, String name, Channel channel,
			ChannelSettings settings) {
		if (registry.isBeanNameInUse(name)) {
			checkExistingChannel(name);
		}
		else {
			registry.registerBeanDefinition(name,
					BeanDefinitionBuilder.genericBeanDefinition(DirectChannel.class).getBeanDefinition());
		}
		registerIfMissing(registry, name + ENDPOINT_SUFFIX, () -> endpointDefinition(name, settings.direction()));
		IpcAdapterDefinitions adapters = new IpcAdapterDefinitions(this.beanFactory, channel, settings);
		registerIfMissing(registry, name + ADAPTER_SUFFIX, adapters::adapter);
		if (settings.direction() == Direction.OUTBOUND) {
			registerIfMissing(registry, name + CONSUMER_SUFFIX, adapters::consumer);
		}
	}

	private void checkExistingChannel(String name) {
		Class<?> type = this.beanFactory.getType(name, false);
		if (type != null && !MessageChannel.class.isAssignableFrom(type)) {
			throw new InvalidIpcConfigurationException("ipc.channels." + name,
					"a bean named '" + name + "' already exists and is not a MessageChannel but a " + type.getName(),
					"Rename that bean, for a @MessagingGateway interface with its 'name' attribute (for example "
							+ "@MessagingGateway(name = \"" + name + "Gateway\", defaultRequestChannel = \"" + name
							+ "\")), or rename the channel.");
		}
		logger.debug("Using the existing MessageChannel bean '" + name + "' for IPC channel '" + name + "'");
	}

	private BeanDefinition endpointDefinition(String name, Direction direction) {
		if (direction == Direction.INBOUND) {
			return BeanDefinitionBuilder
				.rootBeanDefinition(InboundEndpoint.class, () -> channelFactory().createInbound(name))
				.getBeanDefinition();
		}
		return BeanDefinitionBuilder
			.rootBeanDefinition(OutboundEndpoint.class, () -> channelFactory().createOutbound(name))
			.getBeanDefinition();
	}

	private IpcChannelFactory channelFactory() {
		return this.beanFactory.getBean(FACTORY_BEAN_NAME, IpcChannelFactory.class);
	}

	private static void registerIfMissing(BeanDefinitionRegistry registry, String beanName,
			Supplier<BeanDefinition> definition) {
		if (registry.isBeanNameInUse(beanName)) {
			logger.debug("Using the existing bean '" + beanName + "' for IPC channel beans");
			return;
		}
		registry.registerBeanDefinition(beanName, definition.get());
	}

}
