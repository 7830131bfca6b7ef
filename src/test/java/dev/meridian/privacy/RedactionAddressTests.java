package dev.meridian.privacy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Street addresses as customers write them in each language are replaced before a text
 * goes to an outside engine, with the postcode and town next to them, and put back in the
 * translation; ordinary sentences with numbers and capitalized words are left alone; and
 * any text, however made, is read to its end.
 */
class RedactionAddressTests {

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			en | Please send it to 221B Baker Street, London NW1 6XE today.  | 221B Baker Street
			en | My address is 1600 Pennsylvania Avenue NW, Washington.     | 1600 Pennsylvania Avenue NW
			en | Deliver to 10 Downing St. please                           | 10 Downing St.
			fr | J'habite au 12 rue de la Paix, 75002 Paris depuis mai.     | 12 rue de la Paix, 75002 Paris
			fr | Envoyez-le au 3 bis boulevard Haussmann, merci             | 3 bis boulevard Haussmann
			es | Vivo en la Calle Mayor 5, 28013 Madrid, desde mayo.        | Calle Mayor 5, 28013 Madrid
			es | Mi dirección: C/ Alcalá 20, Madrid                         | C/ Alcalá 20
			pt | Moro na Rua das Flores, 12, 1200-195 Lisboa, há anos.      | Rua das Flores, 12, 1200-195 Lisboa
			pt | Entreguem na Avenida da Liberdade 110 amanhã               | Avenida da Liberdade 110
			it | Abito in Via Roma 1, 00184 Roma, da maggio.                | Via Roma 1, 00184 Roma
			it | Spedite a Corso Vittorio Emanuele II, 12 per favore         | Corso Vittorio Emanuele II, 12
			de | Bitte an Goethestraße 7, 04109 Leipzig liefern.             | Goethestraße 7, 04109 Leipzig
			de | Neue Adresse: Hauptstr. 12a ab Montag                       | Hauptstr. 12a
			de | Ich wohne jetzt Berliner Straße 5 in Potsdam               | Berliner Straße 5
			nl | Ik woon op Keizersgracht 123, 1015 CJ Amsterdam sinds mei. | Keizersgracht 123, 1015 CJ Amsterdam
			nl | Stuur het naar Damstraat 1 alstublieft                     | Damstraat 1
			""")
	void replacesAStreetAddressAndPutsItBack(String language, String text, String address) {
		Redaction redaction = Redaction.of(text);

		assertThat(redaction.values()).as(language).containsExactly(address);
		assertThat(redaction.text()).doesNotContain(address);
		assertThat(redaction.restore(redaction.text())).isEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I paid via PayPal 3 days ago and ordered 2 Large Shirts on 12 May.",
			"The Spring 2024 collection: Street style, 5 Ways to wear it, 10 Best Picks.",
			"J'ai commandé 3 écharpes le 12 mai pour 45 euros, rue ou pas.",
			"Ich habe am 3. Mai 2 Becher bestellt, Größe 42, Lieferung in 5 Tagen.",
			"Compré 2 camisetas el 5 de mayo por 30 euros en la tienda de la calle.",
			"Comprei 2 camisas no dia 5 de maio e paguei 40 reais.",
			"Ho ordinato 3 magliette il 12 maggio via email, arrivate in 4 giorni.",
			"Ik heb 2 truien besteld op 4 mei, maat 40.", "Version 2 of Windows 11 Home Edition is out." })
	void leavesOrdinaryTextAlone(String text) {
		assertThat(Redaction.of(text).values()).isEmpty();
	}

	/**
	 * A megabyte of the pieces addresses are made of (kinds of streets, capitalized
	 * words, small words, numbers) and of runs that make a pattern try every position:
	 * each is read to its end and comes back whole.
	 */
	@Test
	void aMegabyteOfAddressLikeTextIsReadToItsEnd() {
		StringBuilder mixed = new StringBuilder();
		while (mixed.length() < 1_000_000) {
			mixed.append("Rua A B C D E F G 12 calle de la de la de la Via Ab Cd 1 Hauptstraßestraße 3 12 rue ");
		}
		for (String text : List.of(mixed.toString(), "Rua ".repeat(250_000), "Ab-".repeat(333_334),
				"12 rue de ".repeat(100_000))) {
			Redaction redaction = Redaction.of(text);

			assertThat(redaction.restore(redaction.text())).isEqualTo(text);
		}
	}

}
