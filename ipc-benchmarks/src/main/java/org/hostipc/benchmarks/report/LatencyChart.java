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

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * Latency percentile curves of several subjects in one PNG: percentile on the x axis,
 * spread as {@code log10(1 / (1 - p))} so that the tail gets room, latency on a log y
 * axis. Ours are solid lines, baselines dashed.
 *
 * @author hostipc
 */
final class LatencyChart {

	private static final int WIDTH = 1000;

	private static final int HEIGHT = 560;

	private static final int LEFT = 80;

	private static final int RIGHT = 300;

	private static final int TOP = 45;

	private static final int BOTTOM = 55;

	private static final double MAX_PERCENTILE = 99.99;

	private static final double[] PERCENTILE_TICKS = { 0, 50, 90, 99, 99.9, 99.99 };

	private LatencyChart() {
	}

	static void write(Path file, String title, List<Measurement> measurements) throws IOException {
		Canvas canvas = new Canvas(WIDTH, HEIGHT, title);
		double low = Double.MAX_VALUE;
		double high = 1;
		for (Measurement measurement : measurements) {
			Histogram histogram = measurement.merged();
			if (histogram.getTotalCount() > 0) {
				low = Math.min(low, Math.max(1, histogram.getMinValue()));
				high = Math.max(high, histogram.getValueAtPercentile(MAX_PERCENTILE));
			}
		}
		if (low == Double.MAX_VALUE) {
			low = 1;
		}
		int minDecade = (int) Math.floor(Math.log10(low));
		int maxDecade = (int) Math.ceil(Math.log10(high * 1.01));
		if (maxDecade <= minDecade) {
			maxDecade = minDecade + 1;
		}
		Axes axes = new Axes(minDecade, maxDecade);
		axes.draw(canvas);
		int index = 0;
		for (Measurement measurement : measurements) {
			Color color = Canvas.PALETTE[index % Canvas.PALETTE.length];
			boolean ours = measurement.subject().kind().isOurs();
			if (measurement.merged().getTotalCount() > 0) {
				canvas.g.setColor(color);
				canvas.g.setStroke(ours ? Canvas.SOLID : Canvas.DASHED);
				canvas.g.draw(curve(measurement.merged(), axes));
			}
			int y = TOP + 14 + index * 20;
			canvas.g.setColor(color);
			canvas.g.setStroke(ours ? Canvas.SOLID : Canvas.DASHED);
			canvas.g.drawLine(WIDTH - RIGHT + 20, y - 4, WIDTH - RIGHT + 50, y - 4);
			String label = measurement.subject().id()
					+ (measurement.isComplete() ? "" : (measurement.runs().isEmpty() ? " (failed)" : " (partial)"));
			canvas.text(label, WIDTH - RIGHT + 58, y, Color.BLACK);
			index++;
		}
		int y = TOP + 24 + index * 20;
		canvas.text("solid: ours", WIDTH - RIGHT + 20, y, Color.DARK_GRAY);
		canvas.text("dashed: baselines", WIDTH - RIGHT + 20, y + 16, Color.DARK_GRAY);
		canvas.g.setStroke(new BasicStroke(1f));
		canvas.write(file);
	}

	private static Path2D curve(Histogram histogram, Axes axes) {
		Path2D.Double path = new Path2D.Double();
		boolean first = true;
		for (HistogramIterationValue value : histogram.percentiles(5)) {
			double percentile = Math.min(value.getPercentileLevelIteratedTo(), MAX_PERCENTILE);
			double x = axes.x(percentile);
			double y = axes.y(Math.max(1, histogram.highestEquivalentValue(value.getValueIteratedTo())));
			if (first) {
				path.moveTo(x, y);
				first = false;
			}
			else {
				path.lineTo(x, y);
			}
			if (percentile >= MAX_PERCENTILE) {
				break;
			}
		}
		return path;
	}

	/**
	 * Maps percentiles and latencies to pixels and draws the grid.
	 */
	private record Axes(int minDecade, int maxDecade) {

		double x(double percentile) {
			double spread = Math.log10(1 / (1 - percentile / 100));
			double full = Math.log10(1 / (1 - MAX_PERCENTILE / 100));
			return LEFT + spread / full * (WIDTH - LEFT - RIGHT);
		}

		double y(double nanos) {
			double fraction = (Math.log10(nanos) - this.minDecade) / (this.maxDecade - this.minDecade);
			return HEIGHT - BOTTOM - fraction * (HEIGHT - TOP - BOTTOM);
		}

		void draw(Canvas canvas) {
			for (int decade = this.minDecade; decade <= this.maxDecade; decade++) {
				for (int step : new int[] { 1, 2, 5 }) {
					double nanos = step * Math.pow(10, decade);
					if (decade == this.maxDecade && step > 1) {
						continue;
					}
					int y = (int) y(nanos);
					canvas.g.setColor((step == 1) ? Color.LIGHT_GRAY : Canvas.GRID);
					canvas.g.drawLine(LEFT, y, WIDTH - RIGHT, y);
					String label = Canvas.latencyLabel(nanos);
					canvas.text(label, LEFT - 8 - canvas.width(label), y + 4, Color.DARK_GRAY);
				}
			}
			for (double percentile : PERCENTILE_TICKS) {
				int x = (int) x(percentile);
				canvas.g.setColor(Canvas.GRID);
				canvas.g.drawLine(x, TOP, x, HEIGHT - BOTTOM);
				String label = (percentile == 0) ? "0%" : (trimPercent(percentile) + "%");
				canvas.text(label, x - canvas.width(label) / 2, HEIGHT - BOTTOM + 18, Color.DARK_GRAY);
			}
			canvas.text("percentile", (WIDTH - RIGHT + LEFT) / 2 - 30, HEIGHT - 12, Color.BLACK);
			canvas.text("one-way latency", 10, TOP - 8, Color.BLACK);
			canvas.g.setColor(Color.GRAY);
			canvas.g.drawRect(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM);
		}

		private static String trimPercent(double percentile) {
			return (percentile == Math.rint(percentile)) ? String.valueOf((int) percentile)
					: String.valueOf(percentile);
		}

	}

}
