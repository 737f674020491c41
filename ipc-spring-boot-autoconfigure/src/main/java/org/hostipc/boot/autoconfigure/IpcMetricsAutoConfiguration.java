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

import io.micrometer.core.instrument.MeterRegistry;
import org.hostipc.boot.metrics.IpcMetrics;
import org.hostipc.transport.IpcEndpoint;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for metrics of inter-process
 * channels.
 *
 * @author hostipc
 */
@AutoConfiguration(after = IpcAutoConfiguration.class, afterName = {
		"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass({ IpcEndpoint.class, MeterRegistry.class })
@ConditionalOnBean(MeterRegistry.class)
@Conditional(OnIpcEndpointsCondition.class)
public final class IpcMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	IpcMetrics ipcMetrics(ObjectProvider<IpcEndpoint> endpoints) {
		return new IpcMetrics(endpoints::orderedStream);
	}

}
