package dev.meridian.channels.email.mailbox;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.meridian.channels.email.EmailSettings;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps one IMAP IDLE connection per mailbox whose server supports it, and polls the
 * mailbox as soon as the server announces new mail, instead of waiting for the next
 * scheduled poll. Mailboxes whose server lacks IDLE are left to the scheduled polling. A
 * dropped connection is opened again after a pause; the read timeout (25 minutes) makes
 * IDLE start afresh before servers end it (RFC 2177 asks for less than 29 minutes).
 */
@Component
class MailboxIdler implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(MailboxIdler.class);

	private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(25);

	private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(30);

	private final Mailboxes mailboxes;

	private final MailboxPoller poller;

	private final EmailSettings settings;

	private final Map<UUID, Watcher> watchers = new ConcurrentHashMap<>();

	private final Set<UUID> withoutIdle = ConcurrentHashMap.newKeySet();

	MailboxIdler(Mailboxes mailboxes, MailboxPoller poller, EmailSettings settings) {
		this.mailboxes = mailboxes;
		this.poller = poller;
		this.settings = settings;
	}

	@Scheduled(fixedDelayString = "${meridian.email.idle-check-interval:10s}", initialDelayString = "5s")
	void watchAll() {
		if (!this.settings.pollingEnabled() || !this.settings.idle()) {
			return;
		}
		for (MailboxSettings mailbox : this.mailboxes.all()) {
			if (mailbox.enabled() && mailbox.imap() != null && !this.withoutIdle.contains(mailbox.id())) {
				start(mailbox.id());
			}
		}
	}

	/** Starts watching a mailbox, unless it is watched already. */
	void start(UUID id) {
		this.watchers.computeIfAbsent(id, key -> {
			Watcher watcher = new Watcher(key);
			Thread thread = new Thread(watcher, "mail-idle-" + key);
			thread.setDaemon(true);
			thread.start();
			return watcher;
		});
	}

	/** Whether an IDLE command is running for the mailbox now. */
	boolean isIdling(UUID id) {
		Watcher watcher = this.watchers.get(id);
		return watcher != null && watcher.idling;
	}

	void stop(UUID id) {
		Watcher watcher = this.watchers.remove(id);
		if (watcher != null) {
			watcher.stop();
		}
	}

	@Override
	public void destroy() {
		this.watchers.keySet().forEach(this::stop);
	}

	private final class Watcher implements Runnable {

		private final UUID id;

		private volatile boolean running = true;

		private volatile boolean idling;

		private volatile Store store;

		Watcher(UUID id) {
			this.id = id;
		}

		@Override
		public void run() {
			try {
				while (this.running) {
					MailboxSettings mailbox = MailboxIdler.this.mailboxes.find(this.id).orElse(null);
					if (mailbox == null || !mailbox.enabled() || mailbox.imap() == null) {
						return;
					}
					try {
						if (!idle(mailbox)) {
							MailboxIdler.this.withoutIdle.add(this.id);
							return;
						}
					}
					catch (Exception ex) {
						this.idling = false;
						if (this.running) {
							log.info("IDLE on mailbox {} ended ({}); opening it again shortly", mailbox.name(),
									ex.toString());
							Thread.sleep(PAUSE_AFTER_FAILURE.toMillis());
						}
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				this.idling = false;
				MailboxIdler.this.watchers.remove(this.id, this);
			}
		}

		/**
		 * IDLEs until stopped or the connection fails; false when the server lacks IDLE.
		 */
		private boolean idle(MailboxSettings mailbox) throws Exception {
			MailboxSettings.Server server = mailbox.imap();
			Session base = MailSessions.imap(mailbox);
			Properties properties = new Properties();
			properties.putAll(base.getProperties());
			properties.setProperty("mail." + MailSessions.imapProtocol(server) + ".timeout",
					Long.toString(IDLE_TIMEOUT.toMillis()));
			Store connected = Session.getInstance(properties).getStore(MailSessions.imapProtocol(server));
			this.store = connected;
			try {
				connected.connect(server.host(), server.port(), mailbox.username(), mailbox.secret());
				if (!((IMAPStore) connected).hasCapability("IDLE")) {
					return false;
				}
				IMAPFolder folder = (IMAPFolder) connected
					.getFolder(server.folder() == null ? "INBOX" : server.folder());
				folder.open(Folder.READ_ONLY);
				// Mail that arrived while no one was listening.
				MailboxIdler.this.poller.poll(this.id);
				while (this.running && folder.isOpen()) {
					this.idling = true;
					folder.idle(true);
					this.idling = false;
					if (this.running) {
						MailboxIdler.this.poller.poll(this.id);
					}
				}
				return true;
			}
			finally {
				this.idling = false;
				if (connected.isConnected()) {
					connected.close();
				}
			}
		}

		void stop() {
			this.running = false;
			Store current = this.store;
			try {
				if (current != null) {
					current.close();
				}
			}
			catch (Exception ex) {
				// Closing is how IDLE is ended; a failure to close ends it as well.
			}
		}

	}

}
