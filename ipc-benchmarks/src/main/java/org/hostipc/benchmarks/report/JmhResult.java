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

/**
 * One JMH benchmark result: its time per operation and allocation per operation.
 *
 * @param benchmark the benchmark name with its parameters
 * @param mode the JMH mode
 * @param nanosPerOp the score converted to nanoseconds per operation
 * @param errorNanos the score error in the same unit, {@code NaN} when unknown
 * @param bytesPerOp {@code gc.alloc.rate.norm} in bytes per operation, {@code NaN}
 * without the gc profiler
 * @author hostipc
 */
public record JmhResult(String benchmark, String mode, double nanosPerOp, double errorNanos, double bytesPerOp) {

}
