package dev.meridian.analytics.web;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

import org.jspecify.annotations.Nullable;

/**
 * Draws a small chart as inline SVG on the server, so the browser needs no chart library:
 * lines (one per series, a dot per point) or bars (one bar per point, a single series).
 * Every dot and bar carries {@code data-series}, {@code data-x} and {@code data-value},
 * the same figures the table beside the chart shows, and a {@code <title>} a pointer
 * shows. The SVG itself is {@code role="img"} labelled by the figure's caption; screen
 * readers read the table instead of the drawing.
 *
 * @param labelledBy the id of the element that names the chart (the figure's caption)
 * @param kind lines or bars
 * @param xLabels one label per point, in order (the viewer's days)
 * @param xKeys one machine-readable key per point ({@code data-x}, ISO dates)
 * @param series the series drawn; a null value is a gap (nothing measured)
 * @param maximum the top of the value axis, or null to fit the data
 * @param label how a value reads on the axis and in tooltips, in the viewer's language
 */
record SvgChart(String labelledBy, Kind kind, List<String> xLabels, List<String> xKeys, List<Series> series,
		@Nullable Double maximum, DoubleFunction<String> label) {

	/** How values are drawn. */
	enum Kind {

		LINE, BAR

	}

	/**
	 * One series: its key ({@code data-series}), the name shown in the legend, a CSS
	 * class that gives its colour, and its values.
	 */
	record Series(String key, String name, String cssClass, List<@Nullable Double> values) {
	}

	private static final int WIDTH = 720;

	private static final int HEIGHT = 220;

	private static final int LEFT = 48;

	private static final int RIGHT = 12;

	private static final int TOP = 12;

	private static final int BOTTOM = 28;

	SvgChart {
		xLabels = List.copyOf(xLabels);
		xKeys = List.copyOf(xKeys);
		series = List.copyOf(series);
		for (Series s : series) {
			if (s.values().size() != xLabels.size()) {
				throw new IllegalArgumentException("series " + s.key() + " has " + s.values().size() + " values for "
						+ xLabels.size() + " points");
			}
		}
	}

	/** The SVG element, ready to be placed in HTML as it is. */
	String render() {
		int points = this.xLabels.size();
		double top = top();
		double plotWidth = WIDTH - LEFT - RIGHT;
		double plotHeight = HEIGHT - TOP - BOTTOM;
		double step = points == 0 ? plotWidth : plotWidth / points;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-")
			.append(this.kind.name().toLowerCase(Locale.ROOT))
			.append("\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" role=\"img\" aria-labelledby=\"")
			.append(escape(this.labelledBy))
			.append("\" preserveAspectRatio=\"xMidYMid meet\">");
		// Value axis: four grid lines with their values.
		for (int i = 0; i <= 4; i++) {
			double value = top * i / 4;
			double y = TOP + plotHeight - plotHeight * i / 4;
			svg.append("<line class=\"grid\" x1=\"")
				.append(LEFT)
				.append("\" x2=\"")
				.append(WIDTH - RIGHT)
				.append("\" y1=\"")
				.append(fmt(y))
				.append("\" y2=\"")
				.append(fmt(y))
				.append("\"/>");
			svg.append("<text class=\"axis\" x=\"")
				.append(LEFT - 6)
				.append("\" y=\"")
				.append(fmt(y + 4))
				.append("\" text-anchor=\"end\">")
				.append(escape(axisLabel(value)))
				.append("</text>");
		}
		// Day axis: at most about eight labels, so they never overlap.
		int every = Math.max(1, (int) Math.ceil(points / 8.0));
		for (int i = 0; i < points; i += every) {
			svg.append("<text class=\"axis\" x=\"")
				.append(fmt(LEFT + step * i + step / 2))
				.append("\" y=\"")
				.append(HEIGHT - 8)
				.append("\" text-anchor=\"middle\">")
				.append(escape(this.xLabels.get(i)))
				.append("</text>");
		}
		for (Series s : this.series) {
			svg.append("<g class=\"series ")
				.append(escape(s.cssClass()))
				.append("\" data-series=\"")
				.append(escape(s.key()))
				.append("\">");
			if (this.kind == Kind.LINE) {
				line(svg, s, top, step, plotHeight);
			}
			else {
				bars(svg, s, top, step, plotHeight);
			}
			svg.append("</g>");
		}
		svg.append("</svg>");
		return svg.toString();
	}

	private void line(StringBuilder svg, Series s, double top, double step, double plotHeight) {
		StringBuilder path = new StringBuilder();
		boolean pen = false;
		for (int i = 0; i < s.values().size(); i++) {
			Double value = s.values().get(i);
			if (value == null) {
				pen = false;
				continue;
			}
			path.append(pen ? " L" : (path.isEmpty() ? "M" : " M"))
				.append(fmt(LEFT + step * i + step / 2))
				.append(' ')
				.append(fmt(y(value, top, plotHeight)));
			pen = true;
		}
		if (!path.isEmpty()) {
			svg.append("<path fill=\"none\" d=\"").append(path).append("\"/>");
		}
		for (int i = 0; i < s.values().size(); i++) {
			Double value = s.values().get(i);
			if (value == null) {
				continue;
			}
			svg.append("<circle r=\"3\" cx=\"")
				.append(fmt(LEFT + step * i + step / 2))
				.append("\" cy=\"")
				.append(fmt(y(value, top, plotHeight)));
			point(svg, s, i, value);
			svg.append("</circle>");
		}
	}

	private void bars(StringBuilder svg, Series s, double top, double step, double plotHeight) {
		double width = Math.max(1, step * 0.7);
		for (int i = 0; i < s.values().size(); i++) {
			Double value = s.values().get(i);
			if (value == null) {
				continue;
			}
			double y = y(value, top, plotHeight);
			svg.append("<rect x=\"")
				.append(fmt(LEFT + step * i + (step - width) / 2))
				.append("\" y=\"")
				.append(fmt(y))
				.append("\" width=\"")
				.append(fmt(width))
				.append("\" height=\"")
				.append(fmt(TOP + plotHeight - y));
			point(svg, s, i, value);
			svg.append("</rect>");
		}
	}

	/** Closes the opening tag with the point's data and gives it a tooltip. */
	private void point(StringBuilder svg, Series s, int i, double value) {
		svg.append("\" data-series=\"")
			.append(escape(s.key()))
			.append("\" data-x=\"")
			.append(escape(this.xKeys.get(i)))
			.append("\" data-value=\"")
			.append(dataValue(value))
			.append("\"><title>")
			.append(escape(this.xLabels.get(i) + " · " + s.name() + ": " + axisLabel(value)))
			.append("</title>");
	}

	private double top() {
		if (this.maximum != null) {
			return this.maximum;
		}
		double max = 0;
		for (Series s : this.series) {
			for (Double v : s.values()) {
				if (v != null && v > max) {
					max = v;
				}
			}
		}
		// A round top with four even steps: 4, 8, 20, 40, 80, 200…
		double top = 4;
		while (top < max) {
			top = next(top);
		}
		return top;
	}

	private static double next(double top) {
		double magnitude = Math.pow(10, Math.floor(Math.log10(top)));
		double leading = top / magnitude;
		return (leading < 2 ? 2 : leading < 4 ? 4 : leading < 8 ? 8 : 20) * magnitude;
	}

	private static double y(double value, double top, double plotHeight) {
		return TOP + plotHeight - plotHeight * Math.min(value, top) / top;
	}

	private String axisLabel(double value) {
		return this.label.apply(value);
	}

	/**
	 * The value as the table shows it in {@code data-value}: counts as integers, shares
	 * with four decimals.
	 */
	static String dataValue(double value) {
		return value == Math.rint(value) && !Double.isInfinite(value) ? Long.toString((long) value)
				: String.format(Locale.ROOT, "%.4f", value);
	}

	private static String fmt(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
