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

import org.hostipc.inbound.IpcInboundChannelAdapter;
import org.hostipc.transport.IpcEndpoint;
import org.hostipc.transport.IpcTransport;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.integration.channel.DirectChannel;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for inter-process channels: creates
 * the message channel, endpoint and adapter of every channel declared under
 * {@code ipc.channels}. The endpoints come from the {@link IpcTransport} beans that
 * transport modules contribute, each found by the id a channel names.
 *
 * @author hostipc
 * @see IpcProperties
 */
@AutoConfiguration
@ConditionalOnClass({ IpcEndpoint.class, IpcInboundChannelAdapter.class, DirectChannel.class })
@EnableConfigurationProperties(IpcProperties.class)
@Import(IpcChannelRegistrar.class)
public final class IpcAutoConfiguration {

}
