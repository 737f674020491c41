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

import org.hostipc.boot.endpoint.IpcChannelsEndpoint;
import org.hostipc.transport.IpcEndpoint;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the {@link IpcChannelsEndpoint}.
 *
 * @author hostipc
 */
@AutoConfiguration(after = IpcAutoConfiguration.class)
@ConditionalOnClass({ IpcEndpoint.class, Endpoint.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnAvailableEndpoint(IpcChannelsEndpoint.class)
public final class IpcChannelsEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	IpcChannelsEndpoint ipcChannelsEndpoint(ObjectProvider<IpcEndpoint> endpoints) {
		return new IpcChannelsEndpoint(endpoints::orderedStream);
	}

}
