package dev.meridian.analytics;

import java.time.LocalDate;

import dev.meridian.DomainException;

/** A report range longer than reports cover. */
public class ReportRangeTooLongException extends DomainException {

	private final int limit;

	public ReportRangeTooLongException(LocalDate from, LocalDate to, long days, int limit) {
		super(Kind.INVALID, "The range " + from + " to " + to + " spans " + days + " days; a report covers at most "
				+ limit + " days");
		this.limit = limit;
	}

	public int limit() {
		return this.limit;
	}

	@Override
	public String type() {
		return "report-range-too-long";
	}

}
