package dev.meridian.channels.email.mailbox;

import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.meridian.support.TestMailbox;
import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * IMAP IDLE against a real server (GreenMail): new mail becomes a ticket as soon as the
 * server announces it, with no scheduled poll (polling is off in the tests).
 */
@IntegrationTest
class MailboxIdleIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(
			new ServerSetup[] { ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort() });

	@LocalServerPort
	int port;

	@Autowired
	MailboxIdler idler;

	@Test
	void newMailIsFetchedAsSoonAsTheServerAnnouncesIt() throws Exception {
		Api api = Api.on(this.port);
		String unique = Long.toString(System.nanoTime(), 36);
		String support = "idle-" + unique + "@shop.example";
		mail.setUser(support, "idle-" + unique, "secret");
		UUID mailbox = UUID.fromString(TestMailbox.at(api, "Idle " + unique, support, "idle-" + unique)
			.imap(mail.getImap().getPort())
			.create()
			.get("id")
			.asString());
		try {
			this.idler.start(mailbox);
			Eventually.holds("the mailbox idling", () -> this.idler.isIdling(mailbox));

			GreenMailUtil.sendTextEmail(support, "kim-" + unique + "@customer.example", "Idle " + unique,
					"Hello, is my order on its way?", mail.getSmtp().getServerSetup());

			Eventually.holds("the announced mail stored as a ticket", () -> {
				for (JsonNode ticket : api.get("/api/v1/tickets?limit=100").json().get("items")) {
					if (ticket.get("subject").asString().equals("Idle " + unique)) {
						return true;
					}
				}
				return false;
			});
		}
		finally {
			this.idler.stop(mailbox);
		}
	}

}
