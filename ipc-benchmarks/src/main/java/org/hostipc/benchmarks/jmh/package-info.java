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

/**
 * JMH microbenchmarks of the in-process hot parts: frame and header encoding and
 * decoding, and a frame's trip through an Agrona ring. Run them with the GC profiler
 * ({@code -prof gc}): {@code gc.alloc.rate.norm} is the number of bytes allocated per
 * operation, which must be zero on the raw encode, decode and ring paths.
 */
package org.hostipc.benchmarks.jmh;
