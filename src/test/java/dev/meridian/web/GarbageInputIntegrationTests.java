package dev.meridian.web;

import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.Workspace;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throws garbage at every endpoint the server maps, API and screens alike, read from the
 * running server's own mappings so a new endpoint is covered the day it is added: every
 * path variable, query parameter, header, form field and JSON member gets values a
 * careless or hostile client sends. Whatever comes in, the answer is never a 5xx, and no
 * page shows framework text or a stack trace.
 */
@IntegrationTest
class GarbageInputIntegrationTests {

	/** Values for text fields, path segments and parameters. */
	static final List<String> GARBAGE = List.of("", " ", "x", "-1", "0", "99999999999999999999", "1e309", "NaN", "null",
			"../../etc/passwd", "%", "%zz", "\u0000", "😀\u202e", "<script>alert(1)</script>",
			"00000000-0000-0000-0000-000000000000", "not-a-uuid", "2026-13-45", "25:99", "und", "x-x-x-x",
			"http://[::1", "//evil.example/app", "ONLINE\r\nX: y", "x".repeat(5000));

	/** The values each input gets alone, the others plausible. */
	static final List<String> GARBAGE_ALONE = List.of("", "x", "-1", "99999999999999999999", "http://[::1",
			"x".repeat(5000));

	/** Header values must be visible ASCII to be sent at all. */
	static final List<String> HEADER_GARBAGE = List.of("x", "-1", "http://[::1", "%zz", "//evil.example/app", "::::",
			"*;q=abc", "x".repeat(3000));

	/** Addresses that change the session or start heavy work: not thrown at. */
	static final Set<String> SKIPPED = Set.of("/login", "/logout", "/error", "/api/v1/knowledge/reindex");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final List<String> failures = new ArrayList<>();

	private final DefaultParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();

	@Test
	void noEndpointAnswersGarbageWithAServerError() {
		Api api = Api.on(this.port);
		JsonNode ticket = new Fixtures(api).aTicket().open();
		Workspace admin = Workspace.signedInAs(this.port, "admin", "de");
		Map<String, String> plausible = plausible(ticket);
		int requests = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			for (String pattern : mapping.getKey().getPatternValues()) {
				if (SKIPPED.contains(pattern) || pattern.contains("test-only") || !(pattern.startsWith("/api/")
						|| pattern.startsWith("/app") || pattern.startsWith("/help") || pattern.equals("/"))) {
					continue;
				}
				Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					Endpoint endpoint = endpoint(pattern, method.name(), mapping.getValue());
					for (String garbage : GARBAGE) {
						// Everything garbage at once, then each input alone among
						// plausible
						// values, so one refused input cannot hide another's failure.
						requests += send(api, admin, endpoint, garbage, null, plausible);
						if (GARBAGE_ALONE.contains(garbage) && endpoint.inputs().size() > 1) {
							for (String input : endpoint.inputs()) {
								requests += send(api, admin, endpoint, garbage, input, plausible);
							}
						}
					}
				}
			}
		}

		assertThat(requests).as("requests sent").isGreaterThan(1000);
		assertThat(this.failures).as("answers to garbage that were server errors or leaked internals").isEmpty();
	}

	/** What one handler takes from a request. */
	record Endpoint(String pattern, String method, List<String> pathVariables, List<String> params,
			List<String> headers, boolean jsonBody, List<String> bodyMembers) {

		boolean api() {
			return this.pattern.startsWith("/api/");
		}

		List<String> inputs() {
			List<String> inputs = new ArrayList<>();
			this.pathVariables.forEach(name -> inputs.add("path:" + name));
			this.params.forEach(name -> inputs.add("param:" + name));
			this.headers.forEach(name -> inputs.add("header:" + name));
			this.bodyMembers.forEach(name -> inputs.add("body:" + name));
			return inputs;
		}

	}

	private Endpoint endpoint(String pattern, String method, HandlerMethod handler) {
		List<String> pathVariables = new ArrayList<>();
		List<String> params = new ArrayList<>();
		List<String> headers = new ArrayList<>();
		List<String> members = new ArrayList<>();
		boolean body = false;
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(this.names);
			String name = String.valueOf(parameter.getParameterName());
			PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
			if (path != null) {
				pathVariables.add(first(path.name(), path.value(), name));
			}
			else if (param != null) {
				params.add(first(param.name(), param.value(), name));
			}
			else if (header != null) {
				headers.add(first(header.name(), header.value(), name));
			}
			else if (parameter.hasParameterAnnotation(RequestBody.class)) {
				body = true;
				members.addAll(members(parameter.getParameterType(), ""));
			}
			else if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
				params.addAll(members(parameter.getParameterType(), ""));
			}
		}
		if (!pattern.startsWith("/api/")) {
			// Screens read the Referer on their own too (the presence switch goes back).
			headers.add("Referer");
		}
		return new Endpoint(pattern, method, pathVariables, params, headers, body, members);
	}

	/** Form fields or JSON members of a record, nested records and list rows included. */
	private static List<String> members(Class<?> type, String prefix) {
		List<String> members = new ArrayList<>();
		if (!type.isRecord() || prefix.length() > 40) {
			return members;
		}
		for (RecordComponent component : type.getRecordComponents()) {
			String name = prefix + component.getName();
			members.add(name);
			if (component.getType().isRecord()) {
				members.addAll(members(component.getType(), name + "."));
			}
			else if (List.class.isAssignableFrom(component.getType())
					&& component.getGenericType() instanceof ParameterizedType list
					&& list.getActualTypeArguments()[0] instanceof Class<?> row) {
				members.add(name + "[0]");
				members.add(name + "[100000]");
				members.addAll(members(row, name + "[0].").stream().filter(m -> !m.contains("[100000]")).toList());
			}
		}
		return members;
	}

	/**
	 * Sends one request: {@code only} names the single input that gets the garbage (the
	 * others get plausible values), or is null for garbage everywhere.
	 */
	private int send(Api api, Workspace workspace, Endpoint endpoint, String garbage, String only,
			Map<String, String> plausible) {
		String path = endpoint.pattern();
		for (String variable : endpoint.pathVariables()) {
			String value = value("path:" + variable, variable, garbage, only, plausible);
			String segment = Workspace.encode(value).replace("+", "%20");
			path = path.replaceFirst("\\{" + java.util.regex.Pattern.quote(variable) + "(:[^}]*)?\\}",
					java.util.regex.Matcher.quoteReplacement(segment.isEmpty() ? "%20" : segment));
		}
		StringBuilder query = new StringBuilder();
		for (String param : endpoint.params()) {
			if (!query.isEmpty()) {
				query.append('&');
			}
			query.append(Workspace.encode(param))
				.append('=')
				.append(Workspace.encode(value("param:" + param, param, garbage, only, plausible)));
		}
		List<String> headers = new ArrayList<>();
		for (String header : endpoint.headers()) {
			String value = value("header:" + header, header, garbage, only, plausible);
			if (value.isBlank() || !value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
				value = HEADER_GARBAGE.get(Math.floorMod(garbage.hashCode(), HEADER_GARBAGE.size()));
			}
			headers.add(header);
			headers.add(value);
		}
		boolean form = !endpoint.method().equals("GET") && !endpoint.api();
		String target = path + (query.isEmpty() || form ? "" : (path.contains("?") ? "&" : "?") + query);
		String label = endpoint.method() + " " + target.substring(0, Math.min(target.length(), 200))
				+ (only == null ? "" : " [" + only + "]");
		Runnable attempt = () -> {
			if (endpoint.api()) {
				Api caller = api;
				for (int i = 0; i < headers.size(); i += 2) {
					caller = caller.withHeader(headers.get(i), headers.get(i + 1));
				}
				String body = endpoint.jsonBody() ? body(endpoint, garbage, only, plausible) : "";
				check(label,
						caller
							.send(endpoint.method(), target, body.getBytes(StandardCharsets.UTF_8), "application/json")
							.status(),
						"");
			}
			else if (form) {
				HttpResponse<String> response = workspace.send(endpoint.method(), target, query.toString(),
						headers.toArray(String[]::new));
				check(label, response.statusCode(), response.body());
			}
			else {
				HttpResponse<String> response = workspace.get(target, headers.toArray(String[]::new));
				check(label, response.statusCode(), response.body());
			}
		};
		try {
			try {
				attempt.run();
			}
			catch (UncheckedIOException ex) {
				// Not a byte of answer: a kept-alive connection that the server closed as
				// the request went out (HTTP/1.1 lets a server close an idle connection
				// at any time, and a client send the request again on a new one; this
				// client's connection idles while the workspace's client works). Seen
				// once in CI, on a PUT with a 200-character path segment. A server that
				// drops the connection for this input drops it again.
				attempt.run();
			}
		}
		catch (RuntimeException ex) {
			this.failures.add(label + " -> no answer: " + ex);
		}
		return 1;
	}

	private String body(Endpoint endpoint, String garbage, String only, Map<String, String> plausible) {
		if (only == null && garbage.length() < 3) {
			// Bodies that are not the object the endpoint reads at all.
			return switch (garbage) {
				case "" -> "";
				case " " -> "[]";
				case "x" -> "{\"a\":";
				case "-1" -> "-1";
				case "0" -> "null";
				default -> "{}";
			};
		}
		Map<String, Object> object = new LinkedHashMap<>();
		for (String member : endpoint.bodyMembers()) {
			if (member.contains("[") || member.contains(".")) {
				continue;
			}
			object.put(member, value("body:" + member, member, garbage, only, plausible));
		}
		return Fixtures.json(object);
	}

	private static String value(String input, String name, String garbage, String only, Map<String, String> plausible) {
		if (only == null || only.equals(input)) {
			return garbage;
		}
		String simple = name.replaceAll(".*[.\\]]", "").toLowerCase(java.util.Locale.ROOT);
		return plausible.getOrDefault(simple, "x");
	}

	private void check(String label, int status, String body) {
		if (status >= 500) {
			this.failures.add(label + " -> " + status);
		}
		else if (body.contains("Whitelabel") || body.contains("java.lang.") || body.contains("at dev.meridian.")
				|| body.contains("org.springframework.")) {
			this.failures.add(label + " -> " + status + " showing framework text");
		}
	}

	private static Map<String, String> plausible(JsonNode ticket) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("number", ticket.get("number").asString());
		values.put("id", ticket.get("id").asString());
		values.put("ticketid", ticket.get("id").asString());
		for (String language : List.of("language", "locale", "to", "from", "shown", "uilanguage", "sourcelocale")) {
			values.put(language, "de");
		}
		for (String country : List.of("market", "country", "code")) {
			values.put(country, "DE");
		}
		values.put("q", "Paket");
		values.put("limit", "10");
		values.put("cursor", "");
		values.put("year", "2026");
		values.put("status", "OPEN");
		values.put("priority", "HIGH");
		values.put("zone", "Europe/Berlin");
		values.put("timezone", "Europe/Berlin");
		values.put("week", "2026-W10");
		values.put("email", "garbage@example.com");
		values.put("presence", "ONLINE");
		values.put("helpful", "true");
		values.put("accept-language", "de");
		values.put("referer", "http://localhost/app");
		return values;
	}

	private static String first(String... candidates) {
		for (String candidate : candidates) {
			if (candidate != null && !candidate.isEmpty()) {
				return candidate;
			}
		}
		return "value";
	}

}
