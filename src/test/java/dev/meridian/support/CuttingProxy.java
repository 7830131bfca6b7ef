package dev.meridian.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on loopback between a client and a server, which counts the bytes the
 * server sends and can cut a connection once, after a given number of them: a mail server
 * that drops the connection in the middle of a response.
 */
public final class CuttingProxy implements AutoCloseable {

	private final ServerSocket listener;

	private final int targetPort;

	private final AtomicLong fromServer = new AtomicLong();

	private final AtomicLong cutAfter = new AtomicLong(-1);

	private final AtomicBoolean cut = new AtomicBoolean();

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private volatile boolean running = true;

	private CuttingProxy(int targetPort) throws IOException {
		this.targetPort = targetPort;
		this.listener = new ServerSocket();
		this.listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
		Thread acceptor = new Thread(this::accept, "cutting-proxy");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** A proxy to this port on loopback. */
	public static CuttingProxy to(int targetPort) throws IOException {
		return new CuttingProxy(targetPort);
	}

	public int port() {
		return this.listener.getLocalPort();
	}

	/** Bytes the server sent through the proxy so far. */
	public long bytesFromServer() {
		return this.fromServer.get();
	}

	/**
	 * Cuts the connection that carries the server's byte number {@code total + bytes}
	 * (counted from now), once; later connections pass untouched.
	 */
	public void cutOnceAfter(long bytes) {
		this.cut.set(false);
		this.cutAfter.set(this.fromServer.get() + bytes);
	}

	/** Whether the cut asked for has happened. */
	public boolean hasCut() {
		return this.cut.get();
	}

	private void accept() {
		while (this.running) {
			try {
				Socket client = this.listener.accept();
				Socket server = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
				this.sockets.add(client);
				this.sockets.add(server);
				pump(client, server, false);
				pump(server, client, true);
			}
			catch (IOException ex) {
				if (!this.running) {
					return;
				}
			}
		}
	}

	private void pump(Socket from, Socket to, boolean countsServerBytes) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[8192];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int n;
				while ((n = in.read(buffer)) > 0) {
					int pass = n;
					boolean cutNow = false;
					if (countsServerBytes) {
						long before = this.fromServer.get();
						long limit = this.cutAfter.get();
						if (limit >= 0 && !this.cut.get() && before + n >= limit) {
							pass = (int) Math.max(0, limit - before);
							cutNow = true;
						}
						this.fromServer.addAndGet(pass);
					}
					out.write(buffer, 0, pass);
					out.flush();
					if (cutNow) {
						this.cut.set(true);
						this.cutAfter.set(-1);
						break;
					}
				}
			}
			catch (IOException ex) {
				// The other side closed: close this one too.
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "cutting-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Closed already.
		}
	}

	@Override
	public void close() throws IOException {
		this.running = false;
		this.listener.close();
		this.sockets.forEach(CuttingProxy::closeQuietly);
	}

}
