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

package org.hostipc.local.autoconfigure;

import org.hostipc.local.LocalEndpoints;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of the {@code local} transport:
 * channels declared with {@code transport: local} get in-JVM endpoints.
 *
 * @author hostipc
 */
@AutoConfiguration
@ConditionalOnClass(LocalEndpoints.class)
public final class LocalTransportAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	LocalTransport localTransport(ObjectProvider<LocalOptionsCustomizer> customizers) {
		return new LocalTransport(customizers.orderedStream().toList());
	}

}
