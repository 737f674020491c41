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

import java.time.Duration;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Number formats of the report.
 *
 * @author hostipc
 */
final class Format {

	private Format() {
	}

	static String micros(double nanos) {
		if (Double.isNaN(nanos)) {
			return "-";
		}
		double micros = nanos / 1e3;
		if (micros < 10) {
			return String.format(Locale.ROOT, "%.2f", micros);
		}
		return String.format(Locale.ROOT, (micros < 100) ? "%.1f" : "%.0f", micros);
	}

	static String rate(double rate) {
		if (Double.isNaN(rate)) {
			return "-";
		}
		if (rate >= 1e6) {
			return String.format(Locale.ROOT, "%.2f M", rate / 1e6);
		}
		return String.format(Locale.ROOT, "%.0f k", rate / 1e3);
	}

	static String percent(double percent) {
		return Double.isNaN(percent) ? "-" : String.format(Locale.ROOT, "%.0f%%", percent);
	}

	static String bytes(double bytes) {
		return Double.isNaN(bytes) ? "-" : String.format(Locale.ROOT, "%.0f", bytes);
	}

	static String ratio(double ratio) {
		return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.2fx", ratio);
	}

	/**
	 * Format the median of the runs with their range.
	 */
	static String withRange(Measurement measurement, ToDoubleFunction<RunResult> metric,
			java.util.function.DoubleFunction<String> format) {
		String median = format.apply(measurement.median(metric));
		if (measurement.runs().size() < 2) {
			return median;
		}
		return median + " <sub>" + format.apply(measurement.min(metric)) + "–" + format.apply(measurement.max(metric))
				+ "</sub>";
	}

	static String duration(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds < 60) {
			return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1e3);
		}
		return (seconds / 60) + " min " + (seconds % 60) + " s";
	}

	static String size(int bytes) {
		return (bytes >= 1024 && bytes % 1024 == 0) ? (bytes / 1024) + " KiB" : bytes + " B";
	}

}
