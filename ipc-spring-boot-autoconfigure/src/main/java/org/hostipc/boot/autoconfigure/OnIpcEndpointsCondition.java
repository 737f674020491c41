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

import org.hostipc.transport.IpcEndpoint;

import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * Matches when the application has IPC endpoints: endpoint beans of declared channels, or
 * Spring Integration flows, whose Java DSL endpoints are registered only while the flows
 * are set up (after conditions are evaluated).
 *
 * @author hostipc
 */
class OnIpcEndpointsCondition extends AnyNestedCondition {

	OnIpcEndpointsCondition() {
		super(ConfigurationCondition.ConfigurationPhase.REGISTER_BEAN);
	}

	@ConditionalOnBean(IpcEndpoint.class)
	static class DeclaredChannels {

	}

	@ConditionalOnBean(IntegrationFlow.class)
	static class JavaDslFlows {

	}

}
