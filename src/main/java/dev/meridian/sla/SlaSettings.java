package dev.meridian.sla;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the SLA check runs.
 *
 * @param checkInterval the pause between two checks for warnings and breaches
 * @param batchSize alarms handled per transaction
 */
@ConfigurationProperties("meridian.sla")
public record SlaSettings(@DefaultValue("15s") Duration checkInterval, @DefaultValue("200") int batchSize) {
}
