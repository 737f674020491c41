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

package org.hostipc.shm.autoconfigure;

import org.agrona.concurrent.ringbuffer.ManyToOneRingBuffer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of the {@code shm} transport:
 * channels declared with {@code transport: shm} get shared-memory ring endpoints.
 *
 * @author hostipc
 */
@AutoConfiguration
@ConditionalOnClass(ManyToOneRingBuffer.class)
public final class ShmTransportAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ShmTransport shmTransport(ObjectProvider<ShmOptionsCustomizer> customizers) {
		return new ShmTransport(customizers.orderedStream().toList());
	}

}
