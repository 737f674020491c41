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

package org.hostipc.shm;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.hostipc.testsupport.ChildJvm;

import org.junit.jupiter.api.AfterEach;

/**
 * Base of the tests with child JVMs: starts them and kills them after each test.
 *
 * @author hostipc
 */
abstract class AbstractShmIntegrationTests extends AbstractShmTests {

	static final Duration CHILD_TIMEOUT = Duration.ofSeconds(60);

	final List<ChildJvm> children = new ArrayList<>();

	@AfterEach
	void killChildren() {
		this.children.forEach(ChildJvm::close);
	}

	Path rings() {
		return this.directory.resolve("rings");
	}

	ShmOptions childOptions() {
		return ShmChildMain.options(rings());
	}

	ChildJvm child(String name, String... args) throws IOException {
		ChildJvm child = ChildJvm.start(name, ShmChildMain.class, args);
		this.children.add(child);
		return child;
	}

}
