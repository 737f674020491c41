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

import org.hostipc.ActionableFailure;
import org.hostipc.InvalidIpcConfigurationException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ActionableFailureAnalyzer}.
 *
 * @author hostipc
 */
class ActionableFailureAnalyzerTests {

	private final ActionableFailureAnalyzer analyzer = new ActionableFailureAnalyzer();

	@Test
	void whenAnInvalidPropertyCausesTheFailureThenTheAnalysisNamesThePropertyAndTheAction() {
		InvalidIpcConfigurationException failure = new InvalidIpcConfigurationException("ipc.channels.orders.pattern",
				"no pattern is set", "Set 'ipc.channels.orders.pattern' to 'point-to-point'.");
		FailureAnalysis analysis = this.analyzer.analyze(new IllegalStateException("wrapped", failure));
		assertThat(analysis.getDescription())
			.isEqualTo("Invalid configuration property 'ipc.channels.orders.pattern': no pattern is set");
		assertThat(analysis.getAction()).isEqualTo("Set 'ipc.channels.orders.pattern' to 'point-to-point'.");
		assertThat(analysis.getCause()).isSameAs(failure);
	}

	@Test
	void whenATransportFailureSaysWhatToDoThenTheAnalysisShowsIt() {
		DamagedFileException failure = new DamagedFileException();
		FailureAnalysis analysis = this.analyzer
			.analyze(new IllegalStateException("Failed to start bean 'orders.ipcAdapter'", failure));
		assertThat(analysis.getDescription()).isEqualTo("The file /var/lib/app/orders.cq4 is truncated to 3 bytes");
		assertThat(analysis.getAction()).isEqualTo("Restore the file from a backup");
		assertThat(analysis.getCause()).isSameAs(failure);
	}

	@Test
	void whenNoCauseSaysWhatToDoThenTheAnalyzerStandsAside() {
		assertThat(this.analyzer.analyze(new IllegalStateException("other", new RuntimeException("root")))).isNull();
	}

	@Test
	void whenFailureAnalyzersAreLoadedThenThisOneIsAmongThem() {
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, null, (factoryType, implementationName, failure) -> {
			})).hasAtLeastOneElementOfType(ActionableFailureAnalyzer.class);
	}

	static class DamagedFileException extends RuntimeException implements ActionableFailure {

		DamagedFileException() {
			super("damaged");
		}

		@Override
		public String getDescription() {
			return "The file /var/lib/app/orders.cq4 is truncated to 3 bytes";
		}

		@Override
		public String getAction() {
			return "Restore the file from a backup";
		}

	}

}
