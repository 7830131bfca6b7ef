package dev.meridian.tickets.web;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import dev.meridian.EmailAddresses;
import dev.meridian.InvalidValueException;
import dev.meridian.customers.PhoneNumbers;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.TeamId;
import dev.meridian.customers.CustomerProfile;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.markets.TimeZones;
import dev.meridian.tickets.Channel;
import dev.meridian.tickets.IncomingTicket;
import dev.meridian.tickets.MessageDraft;
import dev.meridian.tickets.Priority;
import dev.meridian.tickets.Visibility;
import dev.meridian.web.EnumValues;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new ticket as clients send it: the customer by email (created when unknown), the
 * first message, and optional channel, priority, tags, team and assignee.
 */
record CreateTicketRequest(@NotBlank String subject, @NotNull @Valid CustomerPart customer,
		@NotNull @Valid MessagePart message, @Nullable String channel, @Nullable String priority,
		@Nullable List<String> tags, @Nullable UUID teamId, @Nullable UUID assigneeId) {

	record CustomerPart(@NotBlank String email, @Nullable String name, @Nullable String givenName,
			@Nullable String familyName, @Nullable String language, @Nullable String locale, @Nullable String timeZone,
			@Nullable String country, @Nullable String phone) {

		CustomerProfile toProfile() {
			return new CustomerProfile(this.givenName, this.familyName, this.name,
					List.of(EmailAddresses.normalize("customer.email", this.email)),
					this.phone == null ? List.of() : List.of(PhoneNumbers.normalize("customer.phone", this.phone)),
					this.language == null ? null : LanguageTag.parse("customer.language", this.language),
					this.locale == null ? null : LanguageTag.parse("customer.locale", this.locale),
					this.timeZone == null ? null : TimeZones.parse("customer.timeZone", this.timeZone),
					this.country == null ? null : CountryCode.parse("customer.country", this.country), null);
		}

	}

	record MessagePart(@Nullable String body, @Nullable String html, @Nullable String language,
			@Nullable @Size(max = 20) List<@Valid AttachmentPart> attachments) {

		MessageDraft toDraft(Visibility visibility, String field) {
			return new MessageDraft(this.body, this.html,
					this.language == null ? null : LanguageTag.parse(field + ".language", this.language), null,
					visibility, null, attachments(field));
		}

		private List<MessageDraft.NewAttachment> attachments(String field) {
			List<MessageDraft.NewAttachment> files = new ArrayList<>();
			List<AttachmentPart> parts = this.attachments == null ? List.of() : this.attachments;
			for (int i = 0; i < parts.size(); i++) {
				AttachmentPart part = parts.get(i);
				try {
					files.add(new MessageDraft.NewAttachment(part.name(),
							part.mediaType() == null ? "" : part.mediaType(),
							Base64.getMimeDecoder().decode(part.content())));
				}
				catch (IllegalArgumentException ex) {
					throw new InvalidValueException(field + ".attachments[" + i + "].content",
							"The content is not valid base64");
				}
			}
			return files;
		}

	}

	record AttachmentPart(@NotBlank @Size(max = 1000) String name, @Nullable String mediaType,
			@NotBlank String content) {
	}

	IncomingTicket toIncoming() {
		return new IncomingTicket(this.customer.toProfile(), this.subject,
				this.message.toDraft(Visibility.PUBLIC, "message"),
				this.channel == null ? Channel.API : EnumValues.parse("channel", this.channel, Channel.class),
				this.priority == null ? Priority.NORMAL : EnumValues.parse("priority", this.priority, Priority.class),
				this.tags == null ? List.of() : this.tags, this.teamId == null ? null : new TeamId(this.teamId),
				this.assigneeId == null ? null : new AgentId(this.assigneeId));
	}

}
