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

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Throughput bars of several subjects in one PNG, on a log scale, with the range of the
 * runs as a whisker. Ours are coloured, baselines grey.
 *
 * @author hostipc
 */
final class ThroughputChart {

	private static final int WIDTH = 1000;

	private static final int LEFT = 150;

	private static final int RIGHT = 120;

	private static final int TOP = 50;

	private static final int ROW = 30;

	private static final Color RAW = new Color(0x1f77b4);

	private static final Color SPRING = new Color(0x17becf);

	private static final Color BASELINE = new Color(0x9e9e9e);

	private ThroughputChart() {
	}

	static void write(Path file, String title, List<Measurement> measurements) throws IOException {
		int height = TOP + ROW * measurements.size() + 50;
		Canvas canvas = new Canvas(WIDTH, height, title);
		double high = 1e4;
		for (Measurement measurement : measurements) {
			if (!measurement.runs().isEmpty()) {
				high = Math.max(high, measurement.max(RunResult::throughput));
			}
		}
		int minDecade = 3;
		int maxDecade = Math.max(minDecade + 1, (int) Math.ceil(Math.log10(high * 1.05)));
		int plotWidth = WIDTH - LEFT - RIGHT;
		for (int decade = minDecade; decade <= maxDecade; decade++) {
			int x = LEFT + (decade - minDecade) * plotWidth / (maxDecade - minDecade);
			canvas.g.setColor(Color.LIGHT_GRAY);
			canvas.g.drawLine(x, TOP - 5, x, height - 45);
			String label = Canvas.rateLabel(Math.pow(10, decade));
			canvas.text(label, x - canvas.width(label) / 2, height - 28, Color.DARK_GRAY);
		}
		canvas.text("messages per second (log scale)", LEFT + plotWidth / 2 - 90, height - 10, Color.BLACK);
		legend(canvas);
		int row = 0;
		for (Measurement measurement : measurements) {
			int y = TOP + row * ROW;
			canvas.text(measurement.subject().id(), LEFT - 10 - canvas.width(measurement.subject().id()), y + 17,
					Color.BLACK);
			if (!measurement.runs().isEmpty()) {
				double median = measurement.median(RunResult::throughput);
				int end = position(median, minDecade, maxDecade, plotWidth);
				canvas.g.setColor(color(measurement));
				canvas.g.fillRect(LEFT, y + 4, Math.max(1, end - LEFT), ROW - 10);
				int low = position(measurement.min(RunResult::throughput), minDecade, maxDecade, plotWidth);
				int top = position(measurement.max(RunResult::throughput), minDecade, maxDecade, plotWidth);
				canvas.g.setColor(Color.BLACK);
				canvas.g.drawLine(low, y + ROW / 2, top, y + ROW / 2);
				canvas.g.drawLine(low, y + 8, low, y + ROW - 8);
				canvas.g.drawLine(top, y + 8, top, y + ROW - 8);
				canvas.text(Canvas.rateLabel(median), Math.max(end, top) + 6, y + 17, Color.BLACK);
			}
			else {
				canvas.text("failed", LEFT + 6, y + 17, Color.RED);
			}
			row++;
		}
		canvas.write(file);
	}

	private static void legend(Canvas canvas) {
		int x = WIDTH - 340;
		Color[] colors = { RAW, SPRING, BASELINE };
		String[] labels = { "ours, transport", "ours, Spring", "baseline" };
		for (int i = 0; i < colors.length; i++) {
			canvas.g.setColor(colors[i]);
			canvas.g.fillRect(x, 14, 12, 12);
			canvas.text(labels[i], x + 16, 25, Color.DARK_GRAY);
			x += 28 + canvas.width(labels[i]);
		}
	}

	private static int position(double rate, int minDecade, int maxDecade, int plotWidth) {
		double fraction = (Math.log10(Math.max(rate, Math.pow(10, minDecade))) - minDecade) / (maxDecade - minDecade);
		return LEFT + (int) Math.round(fraction * plotWidth);
	}

	private static Color color(Measurement measurement) {
		return switch (measurement.subject().kind()) {
			case OURS_RAW -> RAW;
			case OURS_SPRING -> SPRING;
			case BASELINE -> BASELINE;
		};
	}

}
