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

package org.hostipc.benchmarks.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link JmhRunner}'s reading of JMH JSON results.
 *
 * @author hostipc
 */
class JmhRunnerTests {

	private static final String JSON = """
			[ {
			  "benchmark" : "org.hostipc.benchmarks.jmh.FrameCodecBenchmark.encode",
			  "mode" : "avgt",
			  "params" : { "payloadSize" : "64" },
			  "primaryMetric" : { "score" : 42.5, "scoreError" : 1.5, "scoreUnit" : "ns/op" },
			  "secondaryMetrics" : { "·gc.alloc.rate.norm" : { "score" : 0.0012, "scoreUnit" : "B/op" } }
			}, {
			  "benchmark" : "org.hostipc.benchmarks.jmh.HeaderBenchmark.decode",
			  "mode" : "avgt",
			  "primaryMetric" : { "score" : 1.0, "scoreUnit" : "us/op" },
			  "secondaryMetrics" : { }
			}, {
			  "benchmark" : "org.hostipc.benchmarks.jmh.RingBenchmark.writeRead",
			  "mode" : "thrpt",
			  "primaryMetric" : { "score" : 20.0, "scoreError" : "NaN", "scoreUnit" : "ops/us" },
			  "secondaryMetrics" : { "gc.alloc.rate.norm" : { "score" : 24.0, "scoreUnit" : "B/op" } }
			} ]
			""";

	@Test
	void parseShouldReadTimeAndAllocationPerOperation() {
		List<JmhResult> results = JmhRunner.parse(JSON);
		assertThat(results).hasSize(3);
		JmhResult encode = results.get(0);
		assertThat(encode.benchmark()).isEqualTo("FrameCodecBenchmark.encode (payloadSize=64)");
		assertThat(encode.nanosPerOp()).isEqualTo(42.5);
		assertThat(encode.errorNanos()).isEqualTo(1.5);
		assertThat(encode.bytesPerOp()).isCloseTo(0.0012, within(1e-9));
		JmhResult decode = results.get(1);
		assertThat(decode.nanosPerOp()).isEqualTo(1000.0);
		assertThat(decode.errorNanos()).isNaN();
		assertThat(decode.bytesPerOp()).isNaN();
		JmhResult ring = results.get(2);
		assertThat(ring.nanosPerOp()).isCloseTo(50.0, within(1e-9));
		assertThat(ring.bytesPerOp()).isEqualTo(24.0);
	}

	@Test
	void toNanosPerOpShouldConvertTimeAndThroughputUnits() {
		assertThat(JmhRunner.toNanosPerOp(2, "us/op")).isEqualTo(2000);
		assertThat(JmhRunner.toNanosPerOp(1000, "ops/s")).isEqualTo(1e6);
		assertThat(JmhRunner.toNanosPerOp(1, "B/s")).isNaN();
	}

}
