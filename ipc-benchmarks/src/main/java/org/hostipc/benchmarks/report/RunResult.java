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
 * One measured run of a subject with one payload: the one-way latency of the open-loop
 * phase, the flat-out throughput, and the CPU use of each process over each phase (in
 * percent of one core).
 *
 * @param p50 median latency in nanoseconds
 * @param p99 99th percentile in nanoseconds
 * @param p999 99.9th percentile in nanoseconds
 * @param max maximum in nanoseconds
 * @param latencyMessages messages of the latency phase
 * @param throughput messages per second of the throughput phase
 * @param latencySenderCpu sender CPU during the latency phase
 * @param latencyReceiverCpu receiver CPU during the latency phase
 * @param throughputSenderCpu sender CPU during the throughput phase
 * @param throughputReceiverCpu receiver CPU during the throughput phase
 * @param senderBytesPerMessage bytes the sending thread allocated per message during the
 * throughput phase ({@code NaN} when unknown)
 * @param receiverBytesPerMessage bytes the receiving thread allocated per message during
 * the throughput phase ({@code NaN} when unknown)
 * @author hostipc
 */
public record RunResult(long p50, long p99, long p999, long max, long latencyMessages, double throughput,
		double latencySenderCpu, double latencyReceiverCpu, double throughputSenderCpu, double throughputReceiverCpu,
		double senderBytesPerMessage, double receiverBytesPerMessage) {

}
