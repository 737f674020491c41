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

package org.hostipc.boot.testsupport;

import org.hostipc.InvalidIpcConfigurationException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ContextConsumer;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asserts that a context failed to start because of an invalid setting, and that the
 * failure analysis Spring Boot shows names the property and the fix.
 *
 * @author hostipc
 */
public final class StartupFailures {

	private StartupFailures() {
	}

	/**
	 * Return an assertion that the context failed on a property.
	 * @param property the full property name
	 * @param message part of what is wrong
	 * @param action part of what to do
	 * @return the assertion
	 */
	public static ContextConsumer<AssertableApplicationContext> failsWith(String property, String message,
			String action) {
		return (context) -> {
			assertThat(context).hasFailed();
			Throwable rootCause = rootCause(context.getStartupFailure());
			assertThat(rootCause).isInstanceOf(InvalidIpcConfigurationException.class);
			InvalidIpcConfigurationException failure = (InvalidIpcConfigurationException) rootCause;
			assertThat(failure.getProperty()).isEqualTo(property);
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).startsWith("Invalid configuration property '" + property + "': ")
				.contains(message);
			assertThat(analysis.getAction()).contains(action);
		};
	}

	/**
	 * Analyze a failure with the registered analyzers that need no context, like Spring
	 * Boot does when an application fails to start.
	 * @param failure the startup failure
	 * @return the first analysis
	 */
	public static FailureAnalysis analyze(Throwable failure) {
		for (FailureAnalyzer analyzer : SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, null, (factoryType, implementationName, ex) -> {
			})) {
			FailureAnalysis analysis = analyzer.analyze(failure);
			if (analysis != null) {
				return analysis;
			}
		}
		throw new AssertionError("No failure analyzer explained " + failure);
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

}
