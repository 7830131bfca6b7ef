package dev.meridian.tickets.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.meridian.tickets.AttachmentSettings;

import org.springframework.stereotype.Component;

/**
 * Keeps attachment bytes on disk, named by their SHA-256. Files are written to a
 * temporary name and moved into place, so a crash never leaves half a file under a valid
 * name.
 */
@Component
public class AttachmentStore {

	private final Path directory;

	AttachmentStore(AttachmentSettings settings) {
		this.directory = settings.directory().toAbsolutePath().normalize();
	}

	/** Stores the bytes and returns their SHA-256 in hex. */
	public String store(byte[] content) {
		String sha256 = sha256(content);
		Path target = pathOf(sha256);
		if (Files.exists(target)) {
			return sha256;
		}
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), "upload-", ".tmp");
			Files.write(temporary, content);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return sha256;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store an attachment in " + this.directory, ex);
		}
	}

	public InputStream open(String sha256) throws IOException {
		return Files.newInputStream(pathOf(sha256));
	}

	/** Deletes the file with these bytes, if there is one. */
	public boolean delete(String sha256) {
		try {
			return Files.deleteIfExists(pathOf(sha256));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete an attachment in " + this.directory, ex);
		}
	}

	private Path pathOf(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("Not a SHA-256: " + sha256);
		}
		return this.directory.resolve(sha256.substring(0, 2)).resolve(sha256);
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
