package dev.meridian.bench;

import java.net.http.HttpResponse;
import java.util.List;

/**
 * Prepares a fresh server for the benchmarks through its API: the markets the sample
 * customers live in, and an agent who can log in to the workspace. Already existing
 * (409) is fine; anything else unexpected fails the run.
 */
final class ApiSetup {

	private ApiSetup() {
	}

	static void main(Options options) throws Exception {
		MeridianApi api = new MeridianApi(options.get("base-url", "http://127.0.0.1:8080"), options.require("token"));
		int created = 0;
		for (Market market : Market.ALL) {
			created += expectCreatedOrConflict(api.createMarket(market)) ? 1 : 0;
		}
		System.out.println("Setup: " + created + " markets created, " + (Market.ALL.size() - created)
				+ " already there");
		String email = options.get("agent-email", "bench@meridian.example");
		String agent = Json.object("email", email, "displayName", "Bench Agent", "role", "ADMIN", "timeZone",
				"Europe/Lisbon", "uiLanguage", "en", "password", options.require("agent-password"), "languages",
				List.of(new Json.Raw(Json.object("language", "en", "proficiency", "NATIVE"))));
		boolean agentCreated = expectCreatedOrConflict(api.createAgent(agent));
		System.out.println("Setup: agent " + email + (agentCreated ? " created" : " already there"));
	}

	/** @return true when created, false when it already existed */
	private static boolean expectCreatedOrConflict(HttpResponse<String> response) {
		int status = response.statusCode();
		if (status == 200 || status == 201) {
			return true;
		}
		if (status == 409) {
			return false;
		}
		throw new IllegalStateException("Setup failed: " + MeridianApi.describe(response));
	}

}
