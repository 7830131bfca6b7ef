package dev.meridian.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.meridian.agents.AgentRoster;
import dev.meridian.agents.LanguageSkill;
import dev.meridian.agents.Proficiency;

/**
 * A snapshot of everyone routing may choose, indexed by primary language subtag
 * ({@code pt} for a {@code pt-BR} skill), with their working periods over a window. Built
 * from the database, replaced whole when something changes: never mutated, so decisions
 * read it without locks.
 */
public final class RoutingTable {

	private static final Candidate[] NONE = new Candidate[0];

	private final Map<String, Candidate[]> byLanguage;

	private final Instant from;

	private final Instant until;

	private RoutingTable(Map<String, Candidate[]> byLanguage, Instant from, Instant until) {
		this.byLanguage = byLanguage;
		this.from = from;
		this.until = until;
	}

	/** A table of agents whose work periods cover [from, until). */
	public static RoutingTable of(Collection<AgentRoster> rosters, Instant from, Instant until) {
		Map<String, List<Candidate>> lists = new HashMap<>();
		for (AgentRoster roster : rosters) {
			// An agent listing pt-BR at C1 and pt-PT at B2 reads Portuguese at C1.
			Map<String, Proficiency> best = new LinkedHashMap<>();
			for (LanguageSkill skill : roster.languages()) {
				best.merge(primary(skill.language().value()), skill.proficiency(), (a, b) -> a.atLeast(b) ? a : b);
			}
			best.forEach((language, proficiency) -> lists.computeIfAbsent(language, l -> new ArrayList<>())
				.add(new Candidate(roster.agent(), roster.displayName(), roster.zone(), proficiency, roster.presence(),
						roster.capacity(), roster.workPeriods())));
		}
		Map<String, Candidate[]> byLanguage = new HashMap<>();
		lists.forEach((language, candidates) -> byLanguage.put(language, candidates.toArray(NONE)));
		return new RoutingTable(byLanguage, from, until);
	}

	/** Everyone who reads the language at some level. */
	public Candidate[] speakers(String languageTag) {
		return this.byLanguage.getOrDefault(primary(languageTag), NONE);
	}

	/** The languages anyone reads, sorted. */
	public Set<String> languages() {
		return new TreeSet<>(this.byLanguage.keySet());
	}

	public Instant from() {
		return this.from;
	}

	public Instant until() {
		return this.until;
	}

	/** Whether the table knows the working periods of [from, to). */
	public boolean covers(Instant from, Instant to) {
		return !from.isBefore(this.from) && !to.isAfter(this.until);
	}

	/**
	 * The earliest instant in [after, until) when someone who reads the language at the
	 * minimum level works, or empty.
	 */
	public java.util.Optional<Instant> nextCoverage(String languageTag, Proficiency minimum, Instant after,
			Instant until) {
		long from = after.getEpochSecond();
		long best = Long.MAX_VALUE;
		for (Candidate candidate : speakers(languageTag)) {
			if (candidate.proficiency().atLeast(minimum)) {
				long next = candidate.nextWorkSecond(from);
				if (next >= 0 && next < best) {
					best = next;
				}
			}
		}
		if (best == Long.MAX_VALUE || best >= until.getEpochSecond()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(best == from ? after : Instant.ofEpochSecond(best));
	}

	static String primary(String languageTag) {
		int dash = languageTag.indexOf('-');
		String primary = dash < 0 ? languageTag : languageTag.substring(0, dash);
		return primary.toLowerCase(Locale.ROOT);
	}

}
