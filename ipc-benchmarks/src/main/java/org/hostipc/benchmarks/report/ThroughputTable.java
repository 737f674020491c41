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
import java.util.Locale;

import org.hostipc.benchmarks.harness.Profile;

/**
 * The throughput table of one profile: a column group per payload size.
 *
 * @author hostipc
 */
final class ThroughputTable {

	private ThroughputTable() {
	}

	static void write(StringBuilder out, BenchmarkResults results, Profile profile) {
		List<Integer> payloads = results.settings().payloads();
		StringBuilder header = new StringBuilder("| subject |");
		StringBuilder rule = new StringBuilder("|---|");
		for (int payload : payloads) {
			String size = Format.size(payload);
			header.append(" ").append(size).append(" msg/s | ").append(size).append(" MB/s | vs baseline | ");
			header.append(size).append(" CPU sender / receiver | ").append(size).append(" B/msg sender / receiver |");
			rule.append("---|---|---|---|---|");
		}
		out.append(header).append('\n').append(rule).append('\n');
		for (Measurement first : results.of(profile, payloads.get(0))) {
			StringBuilder row = new StringBuilder("| " + MarkdownReport.name(first.subject()) + " |");
			for (int payload : payloads) {
				Measurement m = results.find(first.subject().id(), profile, payload);
				if (m == null) {
					// a subject measured with the smallest payload only
					row.append(" - | | | | |");
					continue;
				}
				if (m.runs().isEmpty()) {
					row.append(" failed | | | | |");
					continue;
				}
				double median = m.median(RunResult::throughput);
				row.append(" ")
					.append(Format.withRange(m, RunResult::throughput, Format::rate))
					.append(" | ")
					.append(String.format(Locale.ROOT, "%.0f", median * payload / 1e6))
					.append(" | ")
					.append(versus(results, m, profile, payload))
					.append(" | ")
					.append(Format.percent(m.median(RunResult::throughputSenderCpu)))
					.append(" / ")
					.append(Format.percent(m.median(RunResult::throughputReceiverCpu)))
					.append(" | ")
					.append(Format.bytes(m.median(RunResult::senderBytesPerMessage)))
					.append(" / ")
					.append(Format.bytes(m.median(RunResult::receiverBytesPerMessage)))
					.append(" |");
			}
			out.append(row).append('\n');
		}
		out.append('\n');
	}

	private static String versus(BenchmarkResults results, Measurement m, Profile profile, int payload) {
		String baselineId = m.subject().baselineId();
		if (baselineId == null) {
			return "baseline";
		}
		Measurement baseline = results.find(baselineId, profile, payload);
		if (baseline == null || baseline.runs().isEmpty()) {
			return "-";
		}
		return Format.ratio(m.median(RunResult::throughput) / baseline.median(RunResult::throughput)) + " "
				+ baselineId;
	}

}
