package dev.meridian.commerce.rates;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where exchange rates come from. With neither {@code ecb-url} nor {@code ecb-file} set
 * nothing is imported on a schedule (and nothing touches the network): rates are then
 * entered through the API or imported on demand.
 *
 * @param ecbUrl the ECB reference-rate XML to fetch on the schedule, e.g.
 * {@code https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml}
 * @param ecbFile a local file in the same format, read on the schedule instead
 * @param schedule cron expression (in {@code zone}) of the scheduled import; ECB rates
 * appear around 16:00 CET on TARGET working days
 * @param zone the zone of {@code schedule}
 * @param connectTimeout how long to wait for the connection
 * @param timeout how long the whole request may take
 * @param maxSize the largest document accepted (the full history since 1999 is several
 * MB)
 */
@ConfigurationProperties("meridian.commerce.rates")
public record RateSettings(@DefaultValue("") String ecbUrl, @DefaultValue("") String ecbFile,
		@DefaultValue("0 30 16 * * MON-FRI") String schedule, @DefaultValue("Europe/Berlin") String zone,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("60s") Duration timeout,
		@DefaultValue("32MB") DataSize maxSize) {

}
