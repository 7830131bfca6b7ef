package dev.meridian.analytics.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Report figures in the viewer's language: counts with the locale's grouping, shares as
 * percentages ("87 %", "87%"), durations in hours and minutes ("3 Std., 5 Min."), short
 * day labels for chart axes ("23. März"). Nothing measured reads as a dash. Used in the
 * reports template as {@code fmt}.
 */
@Component
public class ReportFormat {

	static final String NOTHING = "–";

	public String count(long value) {
		return NumberFormat.getIntegerInstance(locale()).format(value);
	}

	public String percent(@Nullable Double share) {
		if (share == null) {
			return NOTHING;
		}
		NumberFormat format = NumberFormat.getPercentInstance(locale());
		format.setMaximumFractionDigits(share < 0.1 && share > 0 ? 1 : 0);
		return format.format(share);
	}

	/** An average score (1–5) or NPS points, one decimal. */
	public String decimal(@Nullable Double value) {
		if (value == null) {
			return NOTHING;
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMaximumFractionDigits(1);
		format.setMinimumFractionDigits(1);
		return format.format(value);
	}

	public String minutes(@Nullable Long minutes) {
		if (minutes == null) {
			return NOTHING;
		}
		MeasureFormat format = MeasureFormat.getInstance(ULocale.forLocale(locale()), MeasureFormat.FormatWidth.SHORT);
		if (minutes < 60) {
			return format.format(new Measure(minutes, MeasureUnit.MINUTE));
		}
		if (minutes % 60 == 0) {
			return format.format(new Measure(minutes / 60, MeasureUnit.HOUR));
		}
		return format.formatMeasures(new Measure(minutes / 60, MeasureUnit.HOUR),
				new Measure(minutes % 60, MeasureUnit.MINUTE));
	}

	/** A day as a chart axis shows it: "Mar 23", "23. März". */
	public String shortDay(LocalDate day) {
		DateFormat format = DateFormat.getInstanceForSkeleton("MMMd", locale());
		format.setTimeZone(TimeZone.GMT_ZONE);
		return format.format(Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
	}

	/** The machine-readable value the table's cells and the chart's points share. */
	public String dataValue(@Nullable Double value) {
		return value == null ? "" : SvgChart.dataValue(value);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
