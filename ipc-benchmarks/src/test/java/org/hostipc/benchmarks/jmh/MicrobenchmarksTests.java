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

package org.hostipc.benchmarks.jmh;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs each microbenchmark operation a few thousand times outside JMH and checks what it
 * returns, so that a benchmark measuring a failure (a full ring, a rejected frame) fails
 * the build instead of producing a fast number.
 *
 * @author hostipc
 */
class MicrobenchmarksTests {

	private static final int OPERATIONS = 5_000;

	@Test
	void frameCodecOperationsShouldEncodeAndDecodeTheFrame() {
		for (int payloadSize : new int[] { 64, 4096 }) {
			for (int headerCount : new int[] { 0, 3 }) {
				FrameCodecBenchmark benchmark = new FrameCodecBenchmark();
				benchmark.payloadSize = payloadSize;
				benchmark.headerCount = headerCount;
				benchmark.setUp();
				for (int i = 0; i < OPERATIONS; i++) {
					int length = benchmark.encode();
					assertThat(benchmark.encodeStamped()).isEqualTo(length);
					assertThat(benchmark.decodeInPlace()).isEqualTo(payloadSize + headerCount);
					assertThat(benchmark.decodeToFrame().frame().payload()).hasSize(payloadSize);
				}
			}
		}
	}

	@Test
	void headerCodecOperationsShouldHandleEveryHeader() {
		HeaderCodecBenchmark benchmark = new HeaderCodecBenchmark();
		benchmark.headerCount = 3;
		benchmark.setUp();
		for (int i = 0; i < OPERATIONS; i++) {
			assertThat(benchmark.encode()).isEqualTo(benchmark.encodedLength());
			assertThat(benchmark.readInPlace()).isPositive();
			assertThat(benchmark.decodeToMap().frame().headers()).hasSize(3);
		}
	}

	@Test
	void ringOperationsShouldReadBackEveryFrame() throws Exception {
		for (int payloadSize : new int[] { 64, 4096 }) {
			RingBenchmark benchmark = new RingBenchmark();
			benchmark.payloadSize = payloadSize;
			benchmark.setUp();
			try {
				// enough to wrap the 1 MiB ring several times
				for (int i = 0; i < OPERATIONS; i++) {
					assertThat(benchmark.writeAndReadFrame().frame().payload()).hasSize(payloadSize);
					assertThat(benchmark.writeAndReadInPlace()).isPositive();
					assertThat(benchmark.writeBufferAndReadInPlace()).isPositive();
				}
			}
			finally {
				benchmark.tearDown();
			}
		}
	}

}
