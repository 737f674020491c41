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
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

/**
 * A white image to draw a chart on with Java2D (headless), with the shared palette and
 * helpers for log-scale axes.
 *
 * @author hostipc
 */
final class Canvas {

	static final Color[] PALETTE = { new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
			new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf), new Color(0xbcbd22),
			new Color(0x7f7f7f), new Color(0x393b79), new Color(0x637939) };

	static final Color GRID = new Color(0xe0e0e0);

	static final BasicStroke DASHED = new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
			new float[] { 7f, 4f }, 0f);

	static final BasicStroke SOLID = new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

	final BufferedImage image;

	final Graphics2D g;

	Canvas(int width, int height, String title) {
		this.image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		this.g = this.image.createGraphics();
		this.g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		this.g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		this.g.setColor(Color.WHITE);
		this.g.fillRect(0, 0, width, height);
		this.g.setColor(Color.BLACK);
		this.g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
		this.g.drawString(title, 20, 24);
		this.g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
	}

	void write(Path file) throws IOException {
		this.g.dispose();
		Files.createDirectories(file.getParent());
		ImageIO.write(this.image, "png", file.toFile());
	}

	void text(String text, int x, int y, Color color) {
		this.g.setColor(color);
		this.g.drawString(text, x, y);
	}

	int width(String text) {
		return this.g.getFontMetrics().stringWidth(text);
	}

	/**
	 * Format a latency in nanoseconds for an axis.
	 */
	static String latencyLabel(double nanos) {
		if (nanos >= 1e6) {
			return trim(nanos / 1e6) + " ms";
		}
		return trim(nanos / 1e3) + " µs";
	}

	/**
	 * Format a rate for an axis or a bar.
	 */
	static String rateLabel(double rate) {
		if (rate >= 1e6) {
			return trim(rate / 1e6) + " M/s";
		}
		return trim(rate / 1e3) + " k/s";
	}

	private static String trim(double value) {
		String text = (value >= 10) ? String.format(Locale.ROOT, "%.0f", value)
				: String.format(Locale.ROOT, "%.2g", value);
		return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
	}

}
