package dev.meridian.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.agents.Actor;
import dev.meridian.agents.Agent;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.AgentProfile;
import dev.meridian.agents.AvailabilityManagement;
import dev.meridian.agents.AvailabilitySettings;
import dev.meridian.agents.Capacity;
import dev.meridian.agents.Presence;
import dev.meridian.agents.Proficiency;
import dev.meridian.agents.Role;
import dev.meridian.agents.Team;
import dev.meridian.agents.TeamDefinition;
import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.customers.CustomerProfile;
import dev.meridian.customers.Organization;
import dev.meridian.database.DatabaseMode;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.CurrencyCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.markets.LaunchStatus;
import dev.meridian.markets.MarketDefinition;
import dev.meridian.markets.MarketManagement;
import dev.meridian.sla.SlaManagement;
import dev.meridian.sla.SlaPolicyDefinition;
import dev.meridian.tickets.Author;
import dev.meridian.tickets.Channel;
import dev.meridian.tickets.MessageDraft;
import dev.meridian.tickets.MessageId;
import dev.meridian.tickets.NewTicket;
import dev.meridian.tickets.Priority;
import dev.meridian.tickets.Status;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketChanges;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.time.HolidayRegion;
import dev.meridian.time.OpenInterval;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads {@code demo/demo-data.json} on the first start (no agents yet) of the embedded
 * mode, or of any mode with {@code MERIDIAN_DEMO_ENABLED=true}. Everything goes through
 * the modules' own operations, so the demo obeys the same rules as real data.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final String ADMIN_EMAIL = "admin@meridian.example";

	private final DemoSettings settings;

	private final DatabaseMode mode;

	private final MarketManagement markets;

	private final AgentManagement agents;

	private final CustomerManagement customers;

	private final TicketManagement tickets;

	private final DemoTimeline timeline;

	private final JsonMapper json;

	private final Clock clock;

	private final AvailabilityManagement availability;

	private final SlaManagement sla;

	private final DemoPassword password;

	DemoData(DemoSettings settings, DatabaseMode mode, MarketManagement markets, AgentManagement agents,
			CustomerManagement customers, TicketManagement tickets, DemoTimeline timeline, JsonMapper json, Clock clock,
			AvailabilityManagement availability, SlaManagement sla, DemoPassword password) {
		this.password = password;
		this.availability = availability;
		this.sla = sla;
		this.settings = settings;
		this.mode = mode;
		this.markets = markets;
		this.agents = agents;
		this.customers = customers;
		this.tickets = tickets;
		this.timeline = timeline;
		this.json = json;
		this.clock = clock;
	}

	boolean wanted() {
		return wanted(this.settings, this.mode);
	}

	/** Whether the demo is on: as configured, else in the embedded mode only. */
	static boolean wanted(DemoSettings settings, DatabaseMode mode) {
		return settings.enabled() == null ? mode == DatabaseMode.EMBEDDED : settings.enabled();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!wanted() || !this.agents.all().isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		DemoDataset dataset = read();
		dataset.markets().forEach(this::market);
		Map<String, Agent> agentByEmail = new HashMap<>();
		String password = this.password.forNewDemo();
		dataset.agents().forEach(agent -> agentByEmail.put(agent.email(), agent(agent, password)));
		Actor admin = Actor.of(agentByEmail.get(ADMIN_EMAIL));
		dataset.agents().forEach(agent -> availability(agent, agentByEmail.get(agent.email()), admin));
		Map<String, Team> teamByName = new HashMap<>();
		dataset.teams().forEach(team -> teamByName.put(team.name(), team(team, agentByEmail)));
		for (int i = 0; i < dataset.slaPolicies().size(); i++) {
			slaPolicy(dataset.slaPolicies().get(i), i);
		}
		Map<String, Organization> organizationByName = new HashMap<>();
		dataset.organizations()
			.forEach(org -> organizationByName.put(org.name(),
					this.customers.createOrganization(org.name(), org.domains(), new CountryCode(org.market()))));
		Map<String, Customer> customerByEmail = new HashMap<>();
		dataset.customers()
			.forEach(customer -> customerByEmail.put(customer.email(), customer(customer, organizationByName)));
		dataset.tickets().forEach(ticket -> ticket(ticket, customerByEmail, agentByEmail, teamByName, admin));
		log.info("Loaded demo data: {} markets, {} agents, {} customers, {} tickets in {} ms", dataset.markets().size(),
				dataset.agents().size(), dataset.customers().size(), dataset.tickets().size(),
				Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

	private DemoDataset read() {
		try (InputStream in = new ClassPathResource("demo/demo-data.json").getInputStream()) {
			return this.json.readValue(in, DemoDataset.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The demo data cannot be read", ex);
		}
	}

	private void market(DemoDataset.MarketData market) {
		this.markets.create(new MarketDefinition(new CountryCode(market.code()), market.name(),
				market.languages().stream().map(LanguageTag::new).toList(), new CurrencyCode(market.currency()),
				java.time.ZoneId.of(market.timeZone()), LaunchStatus.valueOf(market.launchStatus())));
	}

	private Agent agent(DemoDataset.AgentData agent, String password) {
		List<AgentProfile.Skill> skills = agent.languages()
			.stream()
			.map(skill -> new AgentProfile.Skill(new LanguageTag(skill.language()),
					Proficiency.valueOf(skill.proficiency())))
			.toList();
		return this.agents.create(
				new AgentProfile(agent.email(), agent.displayName(), Role.valueOf(agent.role()),
						java.time.ZoneId.of(agent.timeZone()), new LanguageTag(agent.uiLanguage()), skills, true),
				password);
	}

	/**
	 * Office hours in each agent's own zone, their country's holidays and "online", so
	 * routing and the coverage view have a follow-the-sun roster to work with.
	 */
	private void availability(DemoDataset.AgentData data, Agent agent, Actor admin) {
		List<OpenInterval> shifts = data.shifts()
			.stream()
			.map(shift -> new OpenInterval(DayOfWeek.valueOf(shift.day()), LocalTime.parse(shift.start()),
					LocalTime.parse(shift.end())))
			.toList();
		this.availability.change(agent.id(),
				new AvailabilitySettings(shifts,
						data.holidayRegion() == null ? null : HolidayRegion.of(new CountryCode(data.holidayRegion())),
						Capacity.DEFAULT));
		if (data.presence() != null) {
			this.availability.changePresence(agent.id(), Presence.valueOf(data.presence()), admin);
		}
	}

	private void slaPolicy(DemoDataset.SlaPolicyData policy, int position) {
		this.sla.create(new SlaPolicyDefinition(policy.name(), position,
				policy.priorities().stream().map(Priority::valueOf).collect(java.util.stream.Collectors.toSet()),
				java.util.Set.of(), java.util.Set.of(), policy.firstReplyMinutes(), policy.nextReplyMinutes(),
				policy.resolutionMinutes(), policy.warningLeadMinutes()));
	}

	private Team team(DemoDataset.TeamData team, Map<String, Agent> agentByEmail) {
		return this.agents.createTeam(new TeamDefinition(team.name(),
				team.members().stream().map(email -> agentByEmail.get(email).id()).toList(),
				team.markets().stream().map(CountryCode::new).toList(),
				team.languages().stream().map(LanguageTag::new).toList()));
	}

	private Customer customer(DemoDataset.CustomerData customer, Map<String, Organization> organizationByName) {
		return this.customers
			.create(new CustomerProfile(customer.givenName(), customer.familyName(), null, List.of(customer.email()),
					customer.phones(), new LanguageTag(customer.language()), new LanguageTag(customer.locale()),
					java.time.ZoneId.of(customer.timeZone()), new CountryCode(customer.market()),
					customer.organization() == null ? null : organizationByName.get(customer.organization()).id()));
	}

	private void ticket(DemoDataset.TicketData data, Map<String, Customer> customerByEmail,
			Map<String, Agent> agentByEmail, Map<String, Team> teamByName, Actor admin) {
		Customer customer = customerByEmail.get(data.customer());
		DemoDataset.MessageData first = data.messages().get(0);
		Ticket ticket = this.tickets.open(new NewTicket(data.subject(), customer.id(), Channel.valueOf(data.channel()),
				Priority.valueOf(data.priority()), customer.preferredLanguage(), customer.market().orElse(null),
				data.tags(), data.team() == null ? null : teamByName.get(data.team()).id(), null,
				MessageDraft.text(first.body())), admin);
		List<MessageId> messageIds = new ArrayList<>();
		messageIds.add(this.tickets.messages(ticket.id()).get(0).id());
		for (DemoDataset.MessageData message : data.messages().subList(1, data.messages().size())) {
			MessageDraft draft = "NOTE".equals(message.from()) ? MessageDraft.note(message.body())
					: MessageDraft.text(message.body());
			Author author = "CUSTOMER".equals(message.from()) ? Author.customer(customer.id())
					: author(message, agentByEmail);
			messageIds.add(this.tickets.addMessage(ticket.id(), author, draft).id());
		}
		TicketChanges changes = TicketChanges.none();
		if (data.assignee() != null) {
			changes = changes.withAssignee(agentByEmail.get(data.assignee()).id());
		}
		Status target = Status.valueOf(data.status());
		if (target == Status.CLOSED) {
			this.tickets.update(ticket.id(), changes.withStatus(Status.SOLVED), admin);
			changes = TicketChanges.none();
		}
		if (target != Status.NEW) {
			changes = changes.withStatus(target);
		}
		this.tickets.update(ticket.id(), changes, admin);
		backdate(ticket, data, messageIds);
	}

	private Author author(DemoDataset.MessageData message, Map<String, Agent> agentByEmail) {
		AgentId agent = agentByEmail.get(message.agent()).id();
		return Author.agent(agent);
	}

	private void backdate(Ticket ticket, DemoDataset.TicketData data, List<MessageId> messageIds) {
		Instant now = this.clock.instant();
		Instant start = now.minus(Duration.ofSeconds((long) (data.hoursAgo() * 3600)));
		List<Instant> times = data.messages()
			.stream()
			.map(m -> start.plusSeconds((long) (m.minutesAfterStart() * 60)))
			.toList();
		Instant last = times.get(times.size() - 1);
		Instant firstResponse = null;
		for (int i = 0; i < data.messages().size(); i++) {
			if ("AGENT".equals(data.messages().get(i).from())) {
				firstResponse = times.get(i);
				break;
			}
		}
		Status status = Status.valueOf(data.status());
		Instant solved = status == Status.SOLVED || status == Status.CLOSED ? min(last.plusSeconds(1800), now) : null;
		Instant updated = solved != null ? solved : last;
		this.timeline.backdate(ticket.id(), start, updated, firstResponse, solved, messageIds, times);
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
