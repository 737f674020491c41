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
import org.hostipc.boot.testsupport.FakeIpcEndpoint;
import org.hostipc.transport.Direction;
import org.hostipc.transport.MessagingPattern;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link IpcChannelsEndpointAutoConfiguration}.
 *
 * @author hostipc
 */
class IpcChannelsEndpointAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(IpcAutoConfiguration.class, IpcChannelsEndpointAutoConfiguration.class))
		.withBean("orders.ipcEndpoint", FakeIpcEndpoint.class,
				() -> new FakeIpcEndpoint("orders", Direction.INBOUND, MessagingPattern.POINT_TO_POINT));

	@Test
	void whenEndpointIsExposedThenItListsTheChannels() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=ipc").run((context) -> {
			assertThat(context).hasSingleBean(IpcChannelsEndpoint.class);
			assertThat(context.getBean(IpcChannelsEndpoint.class).channels().channels()).containsOnlyKeys("orders");
		});
	}

	@Test
	void whenEndpointIsNotExposedThenNoEndpoint() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(IpcChannelsEndpoint.class));
	}

	@Test
	void whenEndpointAccessIsNoneThenNoEndpoint() {
		this.contextRunner
			.withPropertyValues("management.endpoints.web.exposure.include=ipc", "management.endpoint.ipc.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(IpcChannelsEndpoint.class));
	}

	@Test
	void whenActuatorIsNotOnClasspathThenNoEndpoint() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=ipc")
			.withClassLoader(new FilteredClassLoader(Endpoint.class))
			.run((context) -> assertThat(context).doesNotHaveBean(IpcChannelsEndpoint.class));
	}

	@Test
	void whenUserDefinesEndpointThenAutoConfigurationBacksOff() {
		IpcChannelsEndpoint custom = new IpcChannelsEndpoint(java.util.stream.Stream::empty);
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=ipc")
			.withBean(IpcChannelsEndpoint.class, () -> custom)
			.run((context) -> assertThat(context).getBean(IpcChannelsEndpoint.class).isSameAs(custom));
	}

}
