package dev.meridian.tickets.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import dev.meridian.tickets.Attachment;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Attachment records; the bytes are in the {@link AttachmentStore}.
 */
public interface Attachments extends JpaRepository<Attachment, UUID> {

	@Query("select a from Attachment a where a.messageId in ?1 order by a.createdAt, a.name")
	List<Attachment> findByMessages(Collection<UUID> messageIds);

	/**
	 * One message's: the live chat asks this for every line it pushes, and a query with a
	 * list parameter is translated to SQL anew on each call.
	 */
	@Query("select a from Attachment a where a.messageId = ?1 order by a.createdAt, a.name")
	List<Attachment> findByMessage(UUID messageId);

	@Query("select count(a) from Attachment a where a.sha256 = ?1")
	long countBySha256(String sha256);

}
