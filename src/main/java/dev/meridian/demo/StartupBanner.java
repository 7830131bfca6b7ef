package dev.meridian.demo;

import dev.meridian.agents.AgentManagement;
import dev.meridian.database.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the server where to go and, with demo data, how to sign in.
 */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final DatabaseMode mode;

	private final DemoData demo;

	private final DemoSettings settings;

	private final AgentManagement agents;

	StartupBanner(DatabaseMode mode, DemoData demo, DemoSettings settings, AgentManagement agents) {
		this.mode = mode;
		this.demo = demo;
		this.settings = settings;
		this.agents = agents;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		int port = event.getApplicationContext() instanceof WebServerApplicationContext web
				? web.getWebServer().getPort() : 8080;
		String base = "http://localhost:" + port;
		StringBuilder banner = new StringBuilder("\n")
			.append("==================================================================\n")
			.append(" Meridian is ready (")
			.append(this.mode)
			.append(" database mode)\n")
			.append(" Agent workspace:  ")
			.append(base)
			.append("/app\n")
			.append(" API docs:         ")
			.append(base)
			.append("/swagger-ui.html\n");
		if (this.demo.wanted() && this.agents.findByEmail(DemoData.ADMIN_EMAIL).isPresent()) {
			banner.append(" Demo admin:       ")
				.append(DemoData.ADMIN_EMAIL)
				.append(" / ")
				.append(this.settings.password())
				.append('\n')
				.append(" (every demo agent has that password; see README for the others)\n");
		}
		banner.append("==================================================================");
		log.info(banner.toString());
	}

}
