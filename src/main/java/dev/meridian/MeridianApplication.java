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

	private static final String WEBSOCKET_BUFFER_SIZE = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

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
		// Every open chat widget is a WebSocket, and Tomcat gives each one 8 KB read,
		// write
		// and encoder buffers unless told otherwise before its WebSocket classes load:
		// 2 KB each lets one node hold ten thousand idle widgets in a 1 GB heap
		// (bench/run-chat-bench.sh). Frames larger than a buffer are still sent, in
		// parts.
		if (System.getProperty(WEBSOCKET_BUFFER_SIZE) == null) {
			System.setProperty(WEBSOCKET_BUFFER_SIZE, "2048");
		}
		SpringApplication.run(MeridianApplication.class, args);
	}

}
