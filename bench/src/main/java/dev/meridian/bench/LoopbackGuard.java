package dev.meridian.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/** The benchmarks send load only to this machine; anything else is refused up front. */
final class LoopbackGuard {

	private LoopbackGuard() {
	}

	/** @return the URL without a trailing slash, if its host is a loopback address */
	static String requireLoopback(String url) {
		String host = URI.create(url).getHost();
		if (host == null || !isLoopback(host)) {
			throw new IllegalArgumentException("Refusing to send load to " + url + ": only loopback hosts");
		}
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/** For jdbc:postgresql://host:port/db URLs. */
	static String requireLoopbackJdbc(String jdbcUrl) {
		if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
			throw new IllegalArgumentException("Expected a jdbc:postgresql:// URL, got " + jdbcUrl);
		}
		requireLoopback("http://" + jdbcUrl.substring("jdbc:postgresql://".length()));
		return jdbcUrl;
	}

	private static boolean isLoopback(String host) {
		try {
			for (InetAddress address : InetAddress.getAllByName(host.replace("[", "").replace("]", ""))) {
				if (!address.isLoopbackAddress()) {
					return false;
				}
			}
			return true;
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
