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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.Locale;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Latency percentile curves of several subjects in one PNG (JFreeChart): percentile on
 * the x axis, spread as {@code log10(1 / (1 - p))} so that the tail gets room, latency on
 * a log y axis. Ours are solid lines, baselines dashed.
 *
 * @author hostipc
 */
final class LatencyChart {

	private static final double MAX_PERCENTILE = 99.99;

	private static final BasicStroke SOLID = new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

	private static final BasicStroke DASHED = new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
			new float[] { 7f, 4f }, 0f);

	private LatencyChart() {
	}

	static void write(Path file, String title, List<Measurement> measurements) throws IOException {
		XYSeriesCollection curves = new XYSeriesCollection();
		for (Measurement measurement : measurements) {
			String label = measurement.subject().id()
					+ (measurement.isComplete() ? "" : (measurement.runs().isEmpty() ? " (failed)" : " (partial)"));
			curves.addSeries(curve(label, measurement.merged()));
		}
		JFreeChart chart = ChartFactory.createXYLineChart(title, "percentile", "one-way latency (µs)", curves,
				PlotOrientation.VERTICAL, true, false, false);
		XYPlot plot = chart.getXYPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		NumberAxis percentiles = new NumberAxis("percentile (ticks at 0, 90, 99, 99.9, 99.99%)");
		percentiles.setRange(0, spread(MAX_PERCENTILE));
		percentiles.setTickUnit(new NumberTickUnit(1, new PercentileFormat()));
		plot.setDomainAxis(percentiles);
		plot.setRangeAxis(decades("one-way latency (µs)", 0.01));
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
		for (int i = 0; i < measurements.size(); i++) {
			renderer.setSeriesStroke(i, measurements.get(i).subject().kind().isOurs() ? SOLID : DASHED);
		}
		plot.setRenderer(renderer);
		Files.createDirectories(file.getParent());
		ChartUtils.saveChartAsPNG(file.toFile(), chart, 1000, 560);
	}

	/**
	 * Return a log axis with a labelled tick per decade, in plain numbers.
	 * @param label the axis label
	 * @param smallest the smallest value shown
	 * @return the axis
	 */
	static LogAxis decades(String label, double smallest) {
		LogAxis axis = new LogAxis(label);
		axis.setSmallestValue(smallest);
		axis.setTickUnit(new NumberTickUnit(1));
		axis.setMinorTickCount(9);
		axis.setMinorTickMarksVisible(true);
		axis.setNumberFormatOverride(new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
		return axis;
	}

	private static XYSeries curve(String label, Histogram histogram) {
		XYSeries series = new XYSeries(label, false, true);
		if (histogram.getTotalCount() == 0) {
			return series;
		}
		for (HistogramIterationValue value : histogram.percentiles(5)) {
			double percentile = Math.min(value.getPercentileLevelIteratedTo(), MAX_PERCENTILE);
			long nanos = Math.max(1, histogram.highestEquivalentValue(value.getValueIteratedTo()));
			series.add(spread(percentile), nanos / 1000.0);
			if (percentile >= MAX_PERCENTILE) {
				break;
			}
		}
		return series;
	}

	private static double spread(double percentile) {
		return Math.log10(1 / (1 - percentile / 100));
	}

	/**
	 * Labels the spread axis with the percentile each tick stands for.
	 */
	private static final class PercentileFormat extends NumberFormat {

		@Override
		public StringBuffer format(double spread, StringBuffer target, FieldPosition position) {
			double percentile = 100 * (1 - Math.pow(10, -spread));
			return target.append(String.format(Locale.ROOT, "%.4g", percentile).replaceAll("\\.?0+$", "")).append('%');
		}

		@Override
		public StringBuffer format(long spread, StringBuffer target, FieldPosition position) {
			return format((double) spread, target, position);
		}

		@Override
		public Number parse(String source, ParsePosition position) {
			throw new UnsupportedOperationException();
		}

	}

}
