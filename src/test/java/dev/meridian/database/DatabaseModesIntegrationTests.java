package dev.meridian.database;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.meridian.MeridianApplication;
import dev.meridian.agents.AgentManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The two ways the server finds its database, started as a user starts it: with nothing
 * configured it runs its own PostgreSQL, loads the demo once (listening on loopback only,
 * with a password generated for the installation) and keeps the data across restarts;
 * with an external database that cannot be reached it refuses to start instead of falling
 * back.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseModesIntegrationTests {

	@TempDir
	Path home;

	@Test
	void embeddedModeLoadsDemoOnceAndKeepsDataAcrossRestarts(CapturedOutput output) throws Exception {
		Path data = this.home.resolve("postgres");
		long ticketsAfterFirstStart;
		String password;
		try (ConfigurableApplicationContext first = start(data)) {
			// The demo: on this machine only, with a password of this installation's own.
			assertThat(first.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
			password = Files.readString(this.home.resolve("demo-password")).strip();
			assertThat(password).hasSizeGreaterThanOrEqualTo(16).isNotEqualTo("meridian-demo");
			assertThat(signsIn(first, password)).isTrue();
			assertThat(signsIn(first, "meridian-demo")).isFalse();
			assertThat(output.getOut()).contains("admin@meridian.example / " + password)
				.doesNotContain("meridian-demo");
			assertThat(first.getBean(DatabaseMode.class)).isEqualTo(DatabaseMode.EMBEDDED);
			// PostgreSQL was started with the context, in parallel with the beans that
			// need
			// no database, not when the data source was first needed.
			assertThat(first.getBeanFactory().containsSingleton(EarlyEmbeddedPostgres.BEAN_NAME)).isTrue();
			assertThat(output.getOut()).containsPattern("postgres-start\\].*Embedded PostgreSQL started");
			assertThat(health(first)).contains("\"status\":\"UP\"");
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			ticketsAfterFirstStart = jdbc.sql("select count(*) from tickets").query(Long.class).single();
			assertThat(ticketsAfterFirstStart).isGreaterThanOrEqualTo(60);
			assertThat(jdbc.sql("select count(distinct language) from tickets").query(Long.class).single())
				.isGreaterThanOrEqualTo(6);
			// The orders and parcels the demo's tickets talk about, in the customer 360.
			assertThat(jdbc.sql("select count(*) from commerce_orders").query(Long.class).single()).isEqualTo(5);
			var customers = first.getBean(dev.meridian.customers.CustomerManagement.class);
			var overview = first.getBean(dev.meridian.customers.CustomerOverview.class)
				.of(customers.findByEmail("michael.obrien@example.com").orElseThrow().id());
			assertThat(overview.byKey().get("orders")).hasSize(1);
			assertThat(overview.byKey().get("shipments")).singleElement()
				.asString()
				.contains("subStatus=duties_payable", "customs=true", "explanation=");
			assertThat(overview.byKey().get("tickets")).isNotEmpty();
			jdbc.sql("insert into markets (code, name, languages, currency, time_zone, launch_status, created_at, "
					+ "updated_at, version) values ('MX', 'México', '{es-MX}', 'MXN', 'America/Mexico_City', 'PLANNED', "
					+ "now(), now(), 0)")
				.update();
		}
		assertThat(Files.exists(data.resolve("postmaster.pid"))).as("PostgreSQL stopped with the server").isFalse();

		try (ConfigurableApplicationContext second = start(data)) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from tickets").query(Long.class).single())
				.isEqualTo(ticketsAfterFirstStart);
			assertThat(jdbc.sql("select name from markets where code = 'MX'").query(String.class).single())
				.isEqualTo("México");
			assertThat(jdbc.sql("select count(*) from commerce_orders").query(Long.class).single()).isEqualTo(5);
			assertThat(Files.readString(this.home.resolve("demo-password")).strip()).isEqualTo(password);
			assertThat(signsIn(second, password)).isTrue();
		}
	}

	private static boolean signsIn(ConfigurableApplicationContext context, String password) {
		String hash = context.getBean(AgentManagement.class)
			.findByEmail("admin@meridian.example")
			.orElseThrow()
			.passwordHash()
			.orElseThrow();
		return context.getBean(PasswordEncoder.class).matches(password, hash);
	}

	@Test
	void externalModeRefusesToStartWhenTheDatabaseIsUnreachable() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(MeridianApplication.class)
			.run("--server.port=0", "--meridian.database.url=jdbc:postgresql://127.0.0.1:1/meridian",
					"--meridian.database.user=meridian",
					"--meridian.attachments.directory=" + this.home.resolve("files"))
			.close()).hasRootCauseInstanceOf(ExternalDatabaseUnreachableException.class)
			.rootCause()
			.hasMessageContaining("127.0.0.1:1")
			.hasMessageContaining("Cannot connect to the external PostgreSQL");
	}

	private ConfigurableApplicationContext start(Path data) {
		// Command-line arguments, because they outrank application.properties and the
		// environment.
		return new SpringApplicationBuilder(MeridianApplication.class).run("--server.port=0",
				"--meridian.database.url=", "--meridian.database.embedded.data-directory=" + data,
				"--meridian.attachments.directory=" + this.home.resolve("files"),
				"--meridian.knowledge.index-directory=" + this.home.resolve("index"),
				"--logging.level.dev.meridian.requests=warn");
	}

	private static String health(ConfigurableApplicationContext context) throws Exception {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

}
