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

package org.hostipc.sample.producer;

/**
 * What one run of one channel achieved.
 *
 * @param channel the channel
 * @param transport the transport
 * @param pattern the pattern
 * @param sent how many messages were sent without error
 * @param failed how many sends failed
 * @param replies how many correct replies arrived (request-reply only)
 * @param p50Micros median send (or round trip) time in microseconds
 * @param p99Micros 99th percentile send (or round trip) time in microseconds
 * @param firstError the first failure, if any
 * @author hostipc
 */
public record RunResult(String channel, String transport, String pattern, long sent, long failed, long replies,
		double p50Micros, double p99Micros, String firstError) {

}
