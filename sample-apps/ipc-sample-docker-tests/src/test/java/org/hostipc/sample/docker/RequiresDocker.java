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

package org.hostipc.sample.docker;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Skips the tests of a class when no Docker engine answers, with a reason that says how
 * to run them; fails them instead when the environment variable {@code CI} is
 * {@code true}, so that a CI run never passes without having run them. Conditions are
 * evaluated before {@code @Testcontainers} starts any container.
 *
 * @author hostipc
 */
class RequiresDocker implements ExecutionCondition {

	private static final String HOW_TO_ENABLE = "start a Docker engine (as root, '. .ci/docker-setup' installs and starts "
			+ "one and builds the base image eclipse-temurin:17-jre without a registry), then run "
			+ "'./mvnw -Pdocker -pl sample-apps/ipc-sample-docker-tests -am verify'";

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (DockerClientFactory.instance().isDockerAvailable()) {
			return ConditionEvaluationResult.enabled("a Docker engine answers");
		}
		String message = "No Docker engine answers: " + HOW_TO_ENABLE;
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(message + " (CI=true: failing rather than skipping)");
		}
		return ConditionEvaluationResult.disabled(message);
	}

}
