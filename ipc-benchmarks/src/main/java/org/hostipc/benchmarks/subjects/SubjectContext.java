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

package org.hostipc.benchmarks.subjects;

import java.nio.file.Path;

import org.hostipc.benchmarks.harness.Profile;

/**
 * What a subject's sender or receiver is built from.
 *
 * @param directory a directory private to this subject and run, for ring files and
 * sockets (on tmpfs where there is one; short enough for Unix socket paths)
 * @param queueDirectory a directory private to this subject and run for Chronicle queues,
 * on disk (they grow by the size of every message sent)
 * @param profile the idle profile
 * @param info what the receiver reported when it was ready (such as a TCP port), or an
 * empty string
 * @author hostipc
 */
public record SubjectContext(Path directory, Path queueDirectory, Profile profile, String info) {

	/**
	 * Return whether the subject should busy-spin.
	 * @return {@code true} for the latency profile
	 */
	public boolean busySpin() {
		return this.profile == Profile.LATENCY;
	}

}
