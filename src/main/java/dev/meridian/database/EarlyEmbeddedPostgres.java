package dev.meridian.database;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the embedded PostgreSQL as soon as the application context exists, on a thread
 * of its own, so that PostgreSQL boots (seconds: a process, its recovery check, and on
 * the first start initdb) while Spring reads the configuration and creates everything
 * that needs no database; the {@code embeddedPostgres} bean then only waits for what is
 * left. Nothing starts in external mode. Registered in {@code META-INF/spring.factories}.
 */
public final class EarlyEmbeddedPostgres implements ApplicationListener<SpringApplicationEvent> {

	/** The name under which the start in progress is handed to the context. */
	static final String BEAN_NAME = "meridianEmbeddedPostgresStart";

	@Override
	public void onApplicationEvent(SpringApplicationEvent event) {
		if (event instanceof ApplicationContextInitializedEvent initialized) {
			start(initialized.getApplicationContext());
		}
		else if (event instanceof ApplicationFailedEvent failed && failed.getApplicationContext() != null
				&& failed.getApplicationContext().getBeanFactory().containsSingleton(BEAN_NAME)) {
			// The context failed before its embeddedPostgres bean took the server over.
			((Start) failed.getApplicationContext().getBeanFactory().getSingleton(BEAN_NAME)).abandon();
		}
	}

	private static void start(ConfigurableApplicationContext context) {
		DatabaseSettings settings = Binder.get(context.getEnvironment())
			.bindOrCreate("meridian.database", DatabaseSettings.class);
		if (settings.isEmbedded() && !context.getBeanFactory().containsSingleton(BEAN_NAME)) {
			context.getBeanFactory().registerSingleton(BEAN_NAME, new Start(settings.embedded()));
		}
	}

	/** A start of the embedded PostgreSQL under way. */
	static final class Start {

		private static final Logger log = LoggerFactory.getLogger(Start.class);

		private final DatabaseSettings.Embedded settings;

		private final CompletableFuture<EmbeddedPostgresServer> server = new CompletableFuture<>();

		private boolean taken;

		Start(DatabaseSettings.Embedded settings) {
			this.settings = settings;
			Thread thread = new Thread(() -> {
				try {
					this.server.complete(EmbeddedPostgresServer.start(settings));
				}
				catch (RuntimeException | Error ex) {
					this.server.completeExceptionally(ex);
				}
			}, "postgres-start");
			thread.setDaemon(true);
			thread.start();
		}

		/**
		 * The server, once started, for these settings; when the context's settings
		 * differ from those read at the start, this server is stopped and another
		 * started.
		 */
		synchronized EmbeddedPostgresServer take(DatabaseSettings.Embedded wanted) {
			this.taken = true;
			EmbeddedPostgresServer started;
			try {
				started = this.server.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw ex;
			}
			if (wanted.equals(this.settings)) {
				return started;
			}
			close(started);
			return EmbeddedPostgresServer.start(wanted);
		}

		/** Stops the server when nobody took it. */
		synchronized void abandon() {
			if (!this.taken) {
				this.taken = true;
				this.server.thenAccept(Start::close);
			}
		}

		private static void close(@Nullable EmbeddedPostgresServer server) {
			if (server == null) {
				return;
			}
			try {
				server.close();
			}
			catch (Exception ex) {
				log.warn("Could not stop the embedded PostgreSQL", ex);
			}
		}

	}

}
