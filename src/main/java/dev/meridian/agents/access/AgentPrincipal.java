package dev.meridian.agents.access;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import dev.meridian.agents.AccessStamp;
import dev.meridian.agents.Actor;
import dev.meridian.agents.Agent;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.Role;
import dev.meridian.web.Viewer;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * An agent signed in to the workspace: screens use their language and zone.
 */
public record AgentPrincipal(AgentId id, String email, String displayName, Role role, Locale locale, ZoneId zone,
		String passwordHash, boolean active, AccessStamp access) implements UserDetails, Viewer {

	static AgentPrincipal of(Agent agent) {
		return new AgentPrincipal(agent.id(), agent.email(), agent.displayName(), agent.role(),
				agent.uiLanguage().locale(), agent.timeZone(), agent.passwordHash().orElse(""), agent.isActive(),
				agent.accessStamp());
	}

	@Override
	public String name() {
		return this.displayName;
	}

	public Actor actor() {
		return new Actor(this.id, this.role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + this.role.name()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.active && !this.passwordHash.isEmpty();
	}

	/** Never put the password hash in a log or a session dump. */
	@Override
	public String toString() {
		return "AgentPrincipal[" + this.id + ", " + this.role + "]";
	}

}
