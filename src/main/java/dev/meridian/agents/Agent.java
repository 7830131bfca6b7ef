package dev.meridian.agents;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.markets.LanguageTag;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import org.hibernate.annotations.BatchSize;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A person who answers customers.
 */
@Entity
@Table(name = "agents")
public class Agent {

	@Id
	private UUID id;

	private String email;

	private String displayName;

	@Enumerated(EnumType.STRING)
	private Role role;

	private String timeZone;

	private String uiLanguage;

	private boolean active;

	private @Nullable String passwordHash;

	// In batches: a list of agents (read for every customer message's translation)
	// would otherwise read each agent's languages with a query of its own.
	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 50)
	@CollectionTable(name = "agent_languages", joinColumns = @JoinColumn(name = "agent_id"))
	@OrderColumn(name = "position")
	private List<LanguageSkill> languages = new ArrayList<>();

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected Agent() {
	}

	Agent(AgentProfile profile, Instant now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		apply(profile, now);
	}

	void apply(AgentProfile profile, Instant now) {
		this.email = profile.email();
		this.displayName = profile.displayName().strip();
		this.role = profile.role();
		this.timeZone = profile.timeZone().getId();
		this.uiLanguage = profile.uiLanguage().value();
		this.active = profile.active();
		this.languages = new ArrayList<>(
				profile.skills().stream().map(s -> new LanguageSkill(s.language(), s.proficiency())).toList());
		this.updatedAt = now;
	}

	/**
	 * Raises the agent's skill in a language to at least {@code level}, as a reviewed
	 * certificate shows; never lowers it. The skill listed in exactly this tag is raised,
	 * else the one in the same language in another region ({@code pt-BR} for {@code pt}),
	 * else the language is added.
	 * @return whether anything changed
	 */
	boolean raiseSkill(LanguageTag language, Proficiency level, Instant now) {
		int index = -1;
		for (int i = 0; i < this.languages.size(); i++) {
			if (this.languages.get(i).language().equals(language)) {
				index = i;
				break;
			}
		}
		if (index < 0) {
			for (int i = 0; i < this.languages.size(); i++) {
				if (this.languages.get(i).language().language().equals(language.language())) {
					index = i;
					break;
				}
			}
		}
		if (index < 0) {
			this.languages.add(new LanguageSkill(language, level));
		}
		else if (!this.languages.get(index).proficiency().atLeast(level)) {
			this.languages.set(index, new LanguageSkill(this.languages.get(index).language(), level));
		}
		else {
			return false;
		}
		this.updatedAt = now;
		return true;
	}

	void changePasswordHash(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.updatedAt = now;
	}

	public AgentId id() {
		return new AgentId(this.id);
	}

	public String email() {
		return this.email;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	public ZoneId timeZone() {
		return ZoneId.of(this.timeZone);
	}

	public LanguageTag uiLanguage() {
		return LanguageTag.read(this.uiLanguage);
	}

	public boolean isActive() {
		return this.active;
	}

	public Optional<String> passwordHash() {
		return Optional.ofNullable(this.passwordHash);
	}

	/** What a session of this agent stands on; see {@link AccessStamp}. */
	public AccessStamp accessStamp() {
		return new AccessStamp(this.role, this.active, this.email, this.passwordHash);
	}

	public List<LanguageSkill> languages() {
		return List.copyOf(this.languages);
	}

	/** The agent's languages as a value to keep beyond this transaction. */
	public AgentLanguages languageProfile() {
		return new AgentLanguages(id(), uiLanguage(), this.languages);
	}

	/** Whether the agent handles the language (ignoring region) at least this well. */
	public boolean speaks(LanguageTag language, Proficiency minimum) {
		return languageProfile().speaks(language, minimum);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
