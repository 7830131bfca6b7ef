package dev.meridian;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Meridian: a help desk for businesses that serve customers across countries, languages
 * and time zones.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class MeridianApplication {

	/**
	 * The one clock every module reads time from, so tests can move it. It ticks in
	 * microseconds, PostgreSQL's precision, so a time returned at creation equals the one
	 * read back later.
	 */
	@Bean
	Clock clock() {
		return new MicrosecondClock(Clock.systemUTC());
	}

	public static void main(String[] args) {
		SpringApplication.run(MeridianApplication.class, args);
	}

}
