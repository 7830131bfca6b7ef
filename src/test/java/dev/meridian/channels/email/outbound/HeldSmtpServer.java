package dev.meridian.channels.email.outbound;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real SMTP server on loopback that can hold a mail: for a mail matching the hold rule
 * it has read the whole message but does not answer the end of DATA until the test lets
 * it go, so a test can look at the database while the sender waits on SMTP. Every mail it
 * accepted is kept as text, in order.
 */
final class HeldSmtpServer implements AutoCloseable {

	private final ServerSocket socket;

	private final Predicate<String> hold;

	private final CountDownLatch holding = new CountDownLatch(1);

	private final CountDownLatch released = new CountDownLatch(1);

	private final CountDownLatch heldDone = new CountDownLatch(1);

	private final List<String> accepted = new CopyOnWriteArrayList<>();

	private volatile boolean heldOnce;

	HeldSmtpServer(Predicate<String> hold) throws IOException {
		this.hold = hold;
		this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "held-smtp");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return this.socket.getLocalPort();
	}

	/** Waits until a mail is held at the end of DATA. */
	void awaitHolding() throws InterruptedException {
		if (!this.holding.await(180, TimeUnit.SECONDS)) {
			throw new AssertionError("No mail was held within 180 s");
		}
	}

	/** Answers the held mail with 250 (accepted). */
	void release() {
		this.released.countDown();
	}

	/** Waits until the sender closed the connection of the held mail. */
	void awaitHeldConnectionClosed() throws InterruptedException {
		if (!this.heldDone.await(180, TimeUnit.SECONDS)) {
			throw new AssertionError("The held connection did not end within 180 s");
		}
	}

	List<String> accepted() {
		return List.copyOf(this.accepted);
	}

	private void accept() {
		while (!this.socket.isClosed()) {
			try {
				Socket client = this.socket.accept();
				Thread conversation = new Thread(() -> converse(client), "held-smtp-client");
				conversation.setDaemon(true);
				conversation.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void converse(Socket client) {
		boolean heldHere = false;
		try (client) {
			BufferedReader in = new BufferedReader(
					new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
			OutputStream out = client.getOutputStream();
			reply(out, "220 held-smtp ready");
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
				switch (command) {
					case "EHLO", "HELO" -> reply(out, "250 held-smtp");
					case "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
					case "DATA" -> {
						reply(out, "354 go ahead");
						StringBuilder message = new StringBuilder();
						String data;
						while ((data = in.readLine()) != null && !data.equals(".")) {
							message.append(data.startsWith("..") ? data.substring(1) : data).append("\r\n");
						}
						String text = message.toString();
						if (!this.heldOnce && this.hold.test(text)) {
							this.heldOnce = true;
							heldHere = true;
							this.holding.countDown();
							this.released.await(180, TimeUnit.SECONDS);
						}
						this.accepted.add(text);
						reply(out, "250 accepted");
					}
					case "QUIT" -> {
						reply(out, "221 bye");
						return;
					}
					default -> reply(out, "502 not implemented");
				}
			}
		}
		catch (IOException | InterruptedException ex) {
			// The conversation ends.
		}
		finally {
			if (heldHere) {
				this.heldDone.countDown();
			}
		}
	}

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		this.released.countDown();
		this.socket.close();
	}

}
