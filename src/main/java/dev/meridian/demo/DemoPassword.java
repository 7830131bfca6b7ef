package dev.meridian.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;

import dev.meridian.database.DatabaseSettings;

import org.springframework.stereotype.Component;

/**
 * The demo agents' password. Never one printed in a README: unless the operator sets
 * {@code MERIDIAN_DEMO_PASSWORD}, each installation generates its own when the demo is
 * loaded, and keeps it beside the embedded database's data (readable by the owner only)
 * so the start-up banner can show it on every later start.
 */
@Component
class DemoPassword {

	/** No letters or digits that are easy to mistake for one another. */
	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final DemoSettings settings;

	private final Path file;

	DemoPassword(DemoSettings settings, DatabaseSettings database) {
		this.settings = settings;
		this.file = database.embedded().dataDirectory().toAbsolutePath().normalize().resolveSibling("demo-password");
	}

	/** The password to give the demo agents being created now. */
	String forNewDemo() {
		if (isConfigured()) {
			return this.settings.password();
		}
		Optional<String> stored = stored();
		if (stored.isPresent()) {
			return stored.get();
		}
		String generated = generate();
		try {
			Files.createDirectories(this.file.getParent());
			Files.writeString(this.file, generated + "\n", StandardCharsets.UTF_8,
					java.nio.file.StandardOpenOption.CREATE_NEW);
			if (Files.getFileStore(this.file).supportsFileAttributeView("posix")) {
				Files.setPosixFilePermissions(this.file, PosixFilePermissions.fromString("rw-------"));
			}
		}
		catch (FileAlreadyExistsException ex) {
			return stored().orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store the demo password in " + this.file, ex);
		}
		return generated;
	}

	/** The generated password, once the demo was loaded with one. */
	Optional<String> stored() {
		try {
			return Files.isRegularFile(this.file)
					? Optional.of(Files.readString(this.file).strip()).filter(text -> !text.isEmpty())
					: Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	boolean isConfigured() {
		return this.settings.password() != null && !this.settings.password().isBlank();
	}

	Path file() {
		return this.file;
	}

	private static String generate() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
