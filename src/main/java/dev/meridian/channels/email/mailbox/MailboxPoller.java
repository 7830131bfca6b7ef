package dev.meridian.channels.email.mailbox;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.meridian.agents.TeamId;
import dev.meridian.channels.email.EmailSettings;
import dev.meridian.channels.email.intake.EmailIntake;
import dev.meridian.channels.email.intake.IntakeResult;
import dev.meridian.channels.email.intake.MailExcerpt;
import dev.meridian.markets.CountryCode;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fetches new mail from each mailbox's IMAP folder and hands it to the intake. Progress
 * is the folder's UIDVALIDITY and the highest UID stored, saved after every batch, so a
 * restart goes on where it stopped; a mail fetched twice after a crash is recognised by
 * its Message-ID. Mail is moved or flagged on the server only after it is stored. Any
 * failure (disconnect, timeout, malformed response) ends that poll with the error
 * recorded on the mailbox; the next poll tries again.
 * <p>
 * Sizes come first (UID and RFC822.SIZE of every new mail), bodies after, one mail at a
 * time: a mail over {@code meridian.email.max-message-size} is never fetched whole, only
 * its headers and the start of its body, which go to the quarantine; a batch holds at
 * most {@link #BATCH} mails and {@link #BATCH_BYTES} of them in memory.
 * <p>
 * One node of a cluster polls a mailbox at a time: a poll first claims the mailbox's row
 * for a lease ({@code poll_claimed_until}), so nodes never fetch the same mail at once.
 */
@Component
public class MailboxPoller implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

	/** Mails fetched and stored together; progress is saved after each batch. */
	private static final int BATCH = 64;

	/**
	 * The most bytes of mail a batch holds (a single larger mail is a batch of its own).
	 */
	private static final long BATCH_BYTES = 16L * 1024 * 1024;

	private final Mailboxes mailboxes;

	private final EmailIntake intake;

	private final EmailSettings settings;

	private final Clock clock;

	private final ExecutorService storing;

	private final Map<UUID, Boolean> running = new ConcurrentHashMap<>();

	MailboxPoller(Mailboxes mailboxes, EmailIntake intake, EmailSettings settings, Clock clock) {
		this.mailboxes = mailboxes;
		this.intake = intake;
		this.settings = settings;
		this.clock = clock;
		this.storing = Executors.newFixedThreadPool(Math.max(1, settings.pollThreads()), runnable -> {
			Thread thread = new Thread(runnable, "mail-intake");
			thread.setDaemon(true);
			return thread;
		});
	}

	@Scheduled(fixedDelayString = "${meridian.email.poll-check-interval:1s}", initialDelayString = "5s")
	void pollDue() {
		if (!this.settings.pollingEnabled()) {
			return;
		}
		Instant now = this.clock.instant();
		for (MailboxSettings mailbox : this.mailboxes.all()) {
			boolean due = mailbox.lastPollAt() == null
					|| !mailbox.lastPollAt().plusSeconds(mailbox.pollSeconds()).isAfter(now);
			if (mailbox.enabled() && mailbox.imap() != null && due) {
				poll(mailbox.id());
			}
		}
	}

	/** Polls one mailbox now; returns how many mails were handed to the intake. */
	public int poll(UUID id) {
		if (this.running.putIfAbsent(id, Boolean.TRUE) != null) {
			return 0;
		}
		// Once per cluster: another node polling this mailbox now has it.
		if (!this.mailboxes.claimPoll(id)) {
			this.running.remove(id);
			return 0;
		}
		try {
			MailboxSettings mailbox = this.mailboxes.find(id).orElse(null);
			if (mailbox == null || mailbox.imap() == null) {
				return 0;
			}
			try {
				int count = fetch(mailbox);
				this.mailboxes.polled(id, null);
				return count;
			}
			catch (Exception ex) {
				log.warn("Polling mailbox {} failed: {}", mailbox.name(), ex.toString());
				this.mailboxes.polled(id, ex.toString());
				return 0;
			}
		}
		finally {
			this.mailboxes.releasePoll(id);
			this.running.remove(id);
		}
	}

	private int fetch(MailboxSettings mailbox) throws Exception {
		MailboxSettings.Server server = mailbox.imap();
		Store store = MailSessions.imap(mailbox).getStore(MailSessions.imapProtocol(server));
		store.connect(server.host(), server.port(), mailbox.username(), mailbox.secret());
		try {
			Folder folder = store.getFolder(server.folder() == null ? "INBOX" : server.folder());
			folder.open(Folder.READ_WRITE);
			try {
				UIDFolder uids = (UIDFolder) folder;
				long uidValidity = uids.getUIDValidity();
				long lastUid = mailbox.lastUid();
				if (mailbox.uidValidity() != null && mailbox.uidValidity() != uidValidity) {
					log.info("Mailbox {}: UIDVALIDITY changed, reading the folder again", mailbox.name());
					this.mailboxes.resetUids(mailbox.id(), uidValidity);
					lastUid = 0;
				}
				Message[] found = uids.getMessagesByUID(lastUid + 1, UIDFolder.MAXUID);
				// Sizes before any body: what is too large is never fetched whole.
				FetchProfile profile = new FetchProfile();
				profile.add(UIDFolder.FetchProfileItem.UID);
				profile.add(FetchProfile.Item.SIZE);
				folder.fetch(found, profile);
				EmailIntake.Origin origin = new EmailIntake.Origin(mailbox.id(),
						mailbox.team() == null ? null : new TeamId(mailbox.team()),
						mailbox.market() == null ? null : new CountryCode(mailbox.market()),
						this.mailboxes.ownAddresses());
				int count = 0;
				List<Message> batch = new ArrayList<>();
				long batchBytes = 0;
				long highest = lastUid;
				for (Message message : found) {
					long uid = uids.getUID(message);
					if (uid <= lastUid) {
						continue;
					}
					long size = Math.max(0, message.getSize());
					if (!batch.isEmpty() && (batch.size() >= BATCH || batchBytes + bodyBytes(size) > BATCH_BYTES)) {
						count += store(batch, origin, folder, server);
						this.mailboxes.progressed(mailbox.id(), uidValidity, highest);
						batch.clear();
						batchBytes = 0;
					}
					batch.add(message);
					batchBytes += bodyBytes(size);
					highest = Math.max(highest, uid);
				}
				if (!batch.isEmpty()) {
					count += store(batch, origin, folder, server);
					this.mailboxes.progressed(mailbox.id(), uidValidity, highest);
				}
				return count;
			}
			finally {
				if (folder.isOpen()) {
					folder.close(true);
				}
			}
		}
		finally {
			store.close();
		}
	}

	/** What a mail of this size costs a batch in memory: nothing much when too large. */
	private long bodyBytes(long size) {
		return size > this.settings.maxMessageSize().toBytes() ? MailExcerpt.MAX_HEADERS + MailExcerpt.MAX_BODY : size;
	}

	/**
	 * Reads the batch's sources one by one (one IMAP connection; a mail over the size
	 * limit only as an excerpt), stores them in parallel, then moves or flags the stored
	 * ones on the server.
	 */
	private int store(List<Message> batch, EmailIntake.Origin origin, Folder folder, MailboxSettings.Server server)
			throws Exception {
		long limit = this.settings.maxMessageSize().toBytes();
		List<Future<IntakeResult>> results = new ArrayList<>();
		try {
			for (Message message : batch) {
				if (message.getSize() > limit) {
					MailExcerpt excerpt = excerpt((IMAPFolder) folder, (IMAPMessage) message);
					results.add(this.storing.submit(() -> this.intake.receiveOversized(excerpt, origin)));
					continue;
				}
				ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(1024, message.getSize()));
				message.writeTo(raw);
				byte[] bytes = raw.toByteArray();
				results.add(this.storing.submit(() -> this.intake.receive(bytes, origin)));
			}
		}
		catch (Exception ex) {
			// The connection broke while reading: the mails read before are still being
			// stored. The poll ends only when they are, so the next poll, which fetches
			// them again, finds them stored rather than storing them beside them.
			for (Future<IntakeResult> result : results) {
				try {
					result.get(Duration.ofMinutes(5).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					break;
				}
				catch (Exception ignored) {
					// its own failure is the intake's to record; this poll fails anyway
				}
			}
			throw ex;
		}
		List<Message> done = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			results.get(i).get(Duration.ofMinutes(5).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
			done.add(batch.get(i));
		}
		if (done.isEmpty()) {
			return 0;
		}
		Message[] stored = done.toArray(Message[]::new);
		if (server.doneFolder() != null) {
			Folder target = folder.getStore().getFolder(server.doneFolder());
			if (!target.exists()) {
				target.create(Folder.HOLDS_MESSAGES);
			}
			folder.copyMessages(stored, target);
			folder.setFlags(stored, new Flags(Flags.Flag.DELETED), true);
		}
		else {
			folder.setFlags(stored, new Flags(Flags.Flag.SEEN), true);
		}
		return stored.length;
	}

	/**
	 * The headers and the start of the body of a mail too large to fetch, each read with
	 * a partial FETCH (BODY.PEEK[HEADER]&lt;0.n&gt;, BODY.PEEK[TEXT]&lt;0.n&gt;).
	 */
	private static MailExcerpt excerpt(IMAPFolder folder, IMAPMessage message) throws MessagingException {
		int number = message.getMessageNumber();
		byte[][] parts = (byte[][]) folder.doCommand(protocol -> {
			BODY headers = protocol.peekBody(number, "HEADER", 0, MailExcerpt.MAX_HEADERS);
			BODY text = protocol.peekBody(number, "TEXT", 0, MailExcerpt.MAX_BODY);
			return new byte[][] { bytes(headers), bytes(text) };
		});
		byte[] headers = parts[0];
		// The header section ends with its empty line; the excerpt adds its own.
		int end = headers.length;
		while (end > 0 && (headers[end - 1] == '\r' || headers[end - 1] == '\n')) {
			end--;
		}
		return new MailExcerpt(java.util.Arrays.copyOf(headers, end), parts[1], message.getSize());
	}

	private static byte[] bytes(BODY body) {
		return body == null || body.getByteArray() == null ? new byte[0] : body.getByteArray().getNewBytes();
	}

	@Override
	public void destroy() {
		this.storing.shutdownNow();
	}

}
