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

	private final DemoPassword password;

	private final AgentManagement agents;

	StartupBanner(DatabaseMode mode, DemoData demo, DemoPassword password, AgentManagement agents) {
		this.mode = mode;
		this.demo = demo;
		this.password = password;
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
		if (this.demo.wanted()) {
			banner.append(" Demo shop:        ").append(base).append(DemoShop.PATH).append(" (the chat widget)\n");
		}
		String address = event.getApplicationContext().getEnvironment().getProperty("server.address", "");
		if (DemoListensOnLoopback.LOOPBACK.equals(address)) {
			banner
				.append(" (demo mode listens on this machine only; SERVER_ADDRESS=0.0.0.0 opens it to the network)\n");
		}
		if (this.demo.wanted() && this.agents.findByEmail(DemoData.ADMIN_EMAIL).isPresent()) {
			banner.append(" Demo admin:       ").append(DemoData.ADMIN_EMAIL).append(" / ");
			if (this.password.isConfigured()) {
				banner.append("the password in MERIDIAN_DEMO_PASSWORD\n");
			}
			else if (this.password.stored().isPresent()) {
				banner.append(this.password.stored().get())
					.append('\n')
					.append(" (generated for this installation, kept in ")
					.append(this.password.file())
					.append(";\n  every demo agent has it; see README for the others)\n");
			}
			else {
				banner.append("the password given when the demo was loaded\n");
			}
		}
		banner.append("==================================================================");
		log.info(banner.toString());
	}

}
