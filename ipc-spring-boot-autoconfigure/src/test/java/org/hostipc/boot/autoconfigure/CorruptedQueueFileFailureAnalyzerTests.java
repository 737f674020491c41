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

import java.nio.file.Path;

import org.hostipc.chronicle.CorruptedQueueFileException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CorruptedQueueFileFailureAnalyzer}.
 *
 * @author hostipc
 */
class CorruptedQueueFileFailureAnalyzerTests {

	@Test
	void analyzeShouldDescribeTheFileAndTheAction() {
		Path file = Path.of("/var/lib/app/queues/orders/20260101F.cq4");
		CorruptedQueueFileException failure = new CorruptedQueueFileException(file,
				"The Chronicle queue file " + file + " is truncated to 3 bytes", "Restore the file from a backup");
		FailureAnalysis analysis = new CorruptedQueueFileFailureAnalyzer()
			.analyze(new IllegalStateException("Failed to start bean 'orders.ipcInboundAdapter'", failure));
		assertThat(analysis.getDescription())
			.isEqualTo("The Chronicle queue file " + file + " is truncated to 3 bytes");
		assertThat(analysis.getAction()).isEqualTo("Restore the file from a backup");
		assertThat(analysis.getCause()).isSameAs(failure);
	}

	@Test
	void analyzerShouldBeRegisteredInSpringFactories() {
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, null, (factoryType, implementationName, failure) -> {
			})).hasAtLeastOneElementOfType(CorruptedQueueFileFailureAnalyzer.class);
	}

}
