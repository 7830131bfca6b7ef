package dev.meridian.commerce.rates;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the ECB's euro foreign exchange reference rates as published in
 * {@code eurofxref-daily.xml}, {@code eurofxref-hist-90d.xml} and
 * {@code eurofxref-hist.xml}: a {@code gesmes:Envelope} whose {@code Cube} holds one
 * {@code Cube time="YYYY-MM-DD"} per day, each with
 * {@code Cube currency="USD" rate="1.0812"} children (units of the currency per euro).
 * StAX with DTDs and external entities off; currencies that are no longer ISO 4217 codes
 * known to the JDK (e.g. CYP in the old history) are skipped.
 */
public final class EcbReferenceRates {

	/** The source name stored with imported rates. */
	public static final String SOURCE = "ECB";

	private static final String GESMES = "http://www.gesmes.org/xml/2002-08-01";

	private EcbReferenceRates() {
	}

	/** One day of reference rates: units of each currency per euro. */
	public record Day(LocalDate date, Map<String, BigDecimal> rates) {

		/** The day's rates as stored rows (base EUR). */
		public List<DatedRate> asRates() {
			List<DatedRate> rows = new ArrayList<>(this.rates.size());
			this.rates.forEach((currency, rate) -> rows.add(new DatedRate("EUR", currency, this.date, rate, SOURCE)));
			return rows;
		}

	}

	/**
	 * Parses a document, newest day first as published.
	 * @throws EcbFormatException if it is not a reference-rate document
	 */
	public static List<Day> parse(InputStream xml) {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		List<Day> days = new ArrayList<>();
		try {
			XMLStreamReader reader = factory.createXMLStreamReader(xml);
			try {
				reader.nextTag();
				if (!"Envelope".equals(reader.getLocalName()) || !GESMES.equals(reader.getNamespaceURI())) {
					throw new EcbFormatException("The document is not a gesmes:Envelope but " + reader.getName());
				}
				LocalDate day = null;
				Map<String, BigDecimal> rates = null;
				while (reader.hasNext()) {
					int event = reader.next();
					if (event == XMLStreamConstants.START_ELEMENT && "Cube".equals(reader.getLocalName())) {
						String time = reader.getAttributeValue(null, "time");
						String currency = reader.getAttributeValue(null, "currency");
						if (time != null) {
							if (day != null) {
								days.add(new Day(day, rates));
							}
							day = date(time);
							rates = new LinkedHashMap<>();
						}
						else if (currency != null) {
							if (day == null) {
								throw new EcbFormatException("A rate for " + currency + " outside a dated Cube");
							}
							String rate = reader.getAttributeValue(null, "rate");
							if (isKnown(currency)) {
								rates.put(currency, rate(currency, rate));
							}
						}
					}
				}
				if (day != null) {
					days.add(new Day(day, rates));
				}
			}
			finally {
				reader.close();
			}
		}
		catch (XMLStreamException ex) {
			throw new EcbFormatException("The document is not well-formed XML: " + ex.getMessage());
		}
		if (days.isEmpty()) {
			throw new EcbFormatException("The document holds no dated rates");
		}
		return days;
	}

	private static LocalDate date(String time) {
		try {
			return LocalDate.parse(time);
		}
		catch (DateTimeParseException ex) {
			throw new EcbFormatException("'" + time + "' is not a date (YYYY-MM-DD)");
		}
	}

	private static BigDecimal rate(String currency, String rate) {
		try {
			BigDecimal value = new BigDecimal(rate.strip());
			if (value.signum() <= 0) {
				throw new EcbFormatException("The rate of " + currency + " is not positive: " + rate);
			}
			return value;
		}
		catch (NumberFormatException | NullPointerException ex) {
			throw new EcbFormatException("The rate of " + currency + " is not a number: " + rate);
		}
	}

	private static boolean isKnown(String currency) {
		if (!currency.matches("[A-Z]{3}") || "EUR".equals(currency)) {
			return false;
		}
		try {
			Currency.getInstance(currency);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
