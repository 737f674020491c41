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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.hostipc.benchmarks.subjects.SubjectKind;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Throughput bars (median of the runs) of several subjects in one PNG (JFreeChart), on a
 * log scale, labelled with the median and the range of the runs. Ours are coloured,
 * baselines grey.
 *
 * @author hostipc
 */
final class ThroughputChart {

	private static final Color RAW = new Color(0x1f77b4);

	private static final Color SPRING = new Color(0x17becf);

	private static final Color BASELINE = new Color(0x9e9e9e);

	private ThroughputChart() {
	}

	static void write(Path file, String title, List<Measurement> measurements) throws IOException {
		DefaultCategoryDataset rates = new DefaultCategoryDataset();
		Map<String, Color> colors = new HashMap<>();
		for (Measurement measurement : measurements) {
			SubjectKind kind = measurement.subject().kind();
			String row = kind.label();
			colors.put(row, color(kind));
			double median = measurement.runs().isEmpty() ? 0 : measurement.median(RunResult::throughput);
			rates.addValue(Math.max(median, 1), row, label(measurement));
		}
		JFreeChart chart = ChartFactory.createBarChart(title, null, "messages per second (log scale)", rates,
				PlotOrientation.HORIZONTAL, true, false, false);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		plot.setRangeAxis(LatencyChart.decades("messages per second (log scale)", 1e3));
		plot.getRangeAxis().setUpperMargin(0.25);
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setItemMargin(-1.0);
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {

			@Override
			public String generateLabel(CategoryDataset dataset, int row, int column) {
				Number value = dataset.getValue(row, column);
				return (value != null && value.doubleValue() > 1) ? rate(value.doubleValue()) : null;
			}

		});
		renderer.setDefaultItemLabelsVisible(true);
		for (int i = 0; i < rates.getRowCount(); i++) {
			renderer.setSeriesPaint(i, colors.get(rates.getRowKey(i).toString()));
		}
		Files.createDirectories(file.getParent());
		ChartUtils.saveChartAsPNG(file.toFile(), chart, 1000, 90 + 30 * measurements.size());
	}

	private static String label(Measurement measurement) {
		if (measurement.runs().isEmpty()) {
			return measurement.subject().id() + " (failed)";
		}
		return measurement.subject().id() + " [" + rate(measurement.min(RunResult::throughput)) + " - "
				+ rate(measurement.max(RunResult::throughput)) + "]";
	}

	private static Color color(SubjectKind kind) {
		return switch (kind) {
			case OURS_RAW -> RAW;
			case OURS_SPRING -> SPRING;
			case BASELINE -> BASELINE;
		};
	}

	private static String rate(double rate) {
		return (rate >= 1e6) ? String.format(Locale.ROOT, "%.2f M/s", rate / 1e6)
				: String.format(Locale.ROOT, "%.0f k/s", rate / 1e3);
	}

}
