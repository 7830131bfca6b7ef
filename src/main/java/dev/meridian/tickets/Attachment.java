package dev.meridian.tickets;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file sent with a message. The bytes live in the attachment store, addressed by their
 * SHA-256, so the same file sent twice is stored once.
 */
@Entity
@Table(name = "attachments")
public class Attachment {

	@Id
	private UUID id;

	private UUID messageId;

	private String name;

	private String mediaType;

	private long size;

	private String sha256;

	private Instant createdAt;

	protected Attachment() {
	}

	Attachment(MessageId message, String name, String mediaType, long size, String sha256, Instant at) {
		this.id = UUID.randomUUID();
		this.messageId = message.value();
		this.name = name;
		this.mediaType = mediaType;
		this.size = size;
		this.sha256 = sha256;
		this.createdAt = at;
	}

	public UUID id() {
		return this.id;
	}

	public MessageId message() {
		return new MessageId(this.messageId);
	}

	public String name() {
		return this.name;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public long size() {
		return this.size;
	}

	public String sha256() {
		return this.sha256;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
