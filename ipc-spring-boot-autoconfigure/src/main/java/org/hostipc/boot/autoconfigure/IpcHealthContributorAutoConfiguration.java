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

import org.hostipc.boot.health.IpcHealthContributor;
import org.hostipc.boot.health.IpcHealthIndicator;
import org.hostipc.transport.IpcEndpoint;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for {@link IpcHealthIndicator}: a
 * composite contributor {@code ipc} with one indicator per channel.
 *
 * @author hostipc
 */
@AutoConfiguration(after = IpcAutoConfiguration.class)
@ConditionalOnClass({ IpcEndpoint.class, HealthContributor.class, ConditionalOnEnabledHealthIndicator.class })
@Conditional(OnIpcEndpointsCondition.class)
@ConditionalOnEnabledHealthIndicator("ipc")
public final class IpcHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = { "ipcHealthIndicator", "ipcHealthContributor" })
	HealthContributor ipcHealthContributor(ListableBeanFactory beanFactory) {
		return new IpcHealthContributor(() -> beanFactory.getBeansOfType(IpcEndpoint.class));
	}

}
