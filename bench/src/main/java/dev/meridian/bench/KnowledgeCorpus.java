package dev.meridian.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Generated text in the ten languages of the knowledge benchmark: random sentences from a
 * small help-desk vocabulary per language (German with compounds, Japanese without
 * spaces), plus order numbers. Enough variety for realistic term statistics, not prose.
 */
final class KnowledgeCorpus {

	static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "pt", "it", "nl", "sv", "pl", "ja");

	static final Map<String, String[]> WORDS = Map.of("en",
			"order parcel delivery shipping customs duties return refund payment card currency tracking number address invoice warehouse carrier courier package delay lost damaged exchange voucher discount account password subscription cancel change express standard international europe country region week days business holiday label receipt tax"
				.split(" "),
			"de",
			"Bestellung Paket Lieferung Versand Zoll Zollgebühren Rücksendung Erstattung Zahlung Karte Währung Sendungsverfolgung Sendungsnummer Adresse Rechnung Lager Paketdienst Verspätung verloren beschädigt Umtausch Gutschein Rabatt Konto Passwort Abonnement stornieren ändern Expressversand Standardversand international Europa Land Region Woche Werktage Feiertag Rücksendeetikett Quittung Steuer Lieferzeit Versandkosten"
				.split(" "),
			"fr",
			"commande colis livraison expédition douane droits retour remboursement paiement carte devise suivi numéro adresse facture entrepôt transporteur retard perdu endommagé échange bon réduction compte passe abonnement annuler modifier express standard international europe pays région semaine jours férié étiquette reçu taxe délai"
				.split(" "),
			"es",
			"pedido paquete entrega envío aduana aranceles devolución reembolso pago tarjeta moneda seguimiento número dirección factura almacén transportista retraso perdido dañado cambio cupón descuento cuenta contraseña suscripción cancelar modificar urgente estándar internacional europa país región semana días festivo etiqueta recibo impuesto plazo"
				.split(" "),
			"pt",
			"encomenda pacote entrega envio alfândega taxas devolução reembolso pagamento cartão moeda seguimento número morada fatura armazém transportadora atraso perdido danificado troca vale desconto conta senha assinatura cancelar alterar expresso normal internacional europa país região semana dias feriado etiqueta recibo imposto prazo"
				.split(" "),
			"it",
			"ordine pacco consegna spedizione dogana dazi reso rimborso pagamento carta valuta tracciamento numero indirizzo fattura magazzino corriere ritardo perso danneggiato cambio buono sconto account password abbonamento annullare modificare espresso standard internazionale europa paese regione settimana giorni festivo etichetta ricevuta tassa"
				.split(" "),
			"nl",
			"bestelling pakket levering verzending douane invoerrechten retour terugbetaling betaling kaart valuta volgen nummer adres factuur magazijn vervoerder vertraging verloren beschadigd ruilen bon korting account wachtwoord abonnement annuleren wijzigen express standaard internationaal europa land regio week dagen feestdag label bon belasting"
				.split(" "),
			"sv",
			"beställning paket leverans frakt tull tullavgift retur återbetalning betalning kort valuta spårning nummer adress faktura lager transportör försening förlorad skadad byte värdebevis rabatt konto lösenord prenumeration avbryta ändra express standard internationell europa land region vecka dagar helgdag etikett kvitto skatt"
				.split(" "),
			"pl",
			"zamówienie paczka dostawa wysyłka cło opłaty zwrot refundacja płatność karta waluta śledzenie numer adres faktura magazyn przewoźnik opóźnienie zgubiona uszkodzona wymiana bon rabat konto hasło subskrypcja anulować zmienić ekspres standard międzynarodowy europa kraj region tydzień dni święto etykieta paragon podatek"
				.split(" "),
			"ja",
			"注文 荷物 配送 発送 関税 税金 返品 返金 支払い カード 通貨 追跡 番号 住所 請求書 倉庫 配送業者 遅延 紛失 破損 交換 クーポン 割引 アカウント パスワード 定期購入 キャンセル 変更 速達 通常 国際 ヨーロッパ 国 地域 週 営業日 祝日 ラベル 領収書 税"
				.split(" "));

	private KnowledgeCorpus() {
	}

	static String language(long index) {
		return LANGUAGES.get((int) (index % LANGUAGES.size()));
	}

	static String words(String language, int count, ThreadLocalRandom random) {
		String[] words = WORDS.get(language);
		String separator = "ja".equals(language) ? "" : " ";
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				text.append(i % 12 == 0 ? ". " : separator);
			}
			if (random.nextInt(40) == 0) {
				text.append(100_000 + random.nextInt(900_000));
			}
			else {
				text.append(words[random.nextInt(words.length)]);
			}
		}
		return text.toString();
	}

	/** A query: one to three words of a language, now and then with a typo. */
	static String query(String language, ThreadLocalRandom random) {
		String[] words = WORDS.get(language);
		int count = 1 + random.nextInt(3);
		StringBuilder query = new StringBuilder();
		for (int i = 0; i < count; i++) {
			String word = words[random.nextInt(words.length)];
			if (!"ja".equals(language) && word.length() > 5 && random.nextInt(5) == 0) {
				int at = 1 + random.nextInt(word.length() - 2);
				word = word.substring(0, at) + word.substring(at + 1);
			}
			if (i > 0) {
				query.append(' ');
			}
			query.append(word);
		}
		return query.toString();
	}

}
