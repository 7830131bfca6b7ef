package dev.meridian.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;

/**
 * A shop's site on loopback for the chat's browser tests: every path answers the page
 * {@code html} writes for the requested address (usually one with the widget's script
 * tag). Open it as {@code localhost}, another origin than Meridian's {@code 127.0.0.1},
 * as a shop's site is.
 */
public final class ShopPage implements AutoCloseable {

	private final HttpServer server;

	private ShopPage(HttpServer server) {
		this.server = server;
	}

	public static ShopPage serving(Function<URI, String> html) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			byte[] page = html.apply(exchange.getRequestURI()).getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, page.length);
			try (OutputStream body = exchange.getResponseBody()) {
				body.write(page);
			}
		});
		server.start();
		return new ShopPage(server);
	}

	/** The address of {@code path} on the shop, e.g. {@code /hats}. */
	public String url(String path) {
		return "http://localhost:" + this.server.getAddress().getPort() + path;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
