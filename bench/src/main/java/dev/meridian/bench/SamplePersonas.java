package dev.meridian.bench;

import java.util.List;

import dev.meridian.bench.Persona.Text;

/** Realistic, multilingual support requests in the languages of {@link Market#ALL}. */
final class SamplePersonas {

	private SamplePersonas() {
	}

	private static final List<Text> GERMAN = List.of(
			new Text("Bestellung {order} noch nicht angekommen", """
					Hallo,

					ich habe am Montag die Bestellung {order} aufgegeben, laut Sendungsverfolgung liegt das Paket \
					aber seit drei Tagen im Verteilzentrum in Leipzig. Können Sie bitte beim Versanddienstleister \
					nachfragen, wann die Zustellung erfolgt? Ich brauche die Ware dringend bis Freitag.

					Vielen Dank und freundliche Grüße"""),
			new Text("Rechnung zu {order}: falscher Betrag", """
					Guten Tag,

					auf der Rechnung zur Bestellung {order} wurde mir der volle Preis berechnet, obwohl der \
					Gutscheincode beim Bezahlen akzeptiert wurde. Bitte korrigieren Sie die Rechnung und erstatten \
					Sie die Differenz von 15,90 € auf meine Kreditkarte.

					Mit freundlichen Grüßen"""),
			new Text("Rücksendung – Größe passt nicht", """
					Hallo Support-Team,

					leider passen die Schuhe aus Bestellung {order} nicht, sie fallen eine Nummer zu klein aus. \
					Wie kann ich sie zurückschicken, und kann ich direkt ein Paar in Größe 43 bekommen? Ein \
					Rücksendeetikett lag dem Paket nicht bei.

					Danke im Voraus!"""),
			new Text("Passwort zurücksetzen funktioniert nicht", """
					Hallo,

					ich bekomme beim Zurücksetzen meines Passworts keine E-Mail, auch nicht im Spam-Ordner. Ich \
					habe es seit gestern viermal versucht. Meine letzte Bestellung war {order}. Können Sie mir \
					bitte helfen?

					Gruß"""));

	private static final List<Text> FRENCH = List.of(
			new Text("Commande {order} toujours pas livrée", """
					Bonjour,

					J'ai passé la commande {order} il y a dix jours et le suivi indique toujours « en cours \
					d'acheminement ». Pourriez-vous vérifier auprès du transporteur où se trouve mon colis ? \
					C'est un cadeau d'anniversaire pour samedi.

					Cordialement"""),
			new Text("Double prélèvement sur ma carte", """
					Bonjour,

					Je constate que ma carte bancaire a été débitée deux fois pour la commande {order} \
					(2 × 89,99 €). Merci de bien vouloir procéder au remboursement du doublon dans les plus \
					brefs délais.

					Bien à vous"""),
			new Text("Article reçu endommagé", """
					Bonjour,

					Le vase reçu avec la commande {order} est arrivé cassé, le carton était écrasé. Je vous \
					joins les photos. Est-il possible d'obtenir un remplacement plutôt qu'un remboursement ?

					Merci d'avance"""),
			new Text("Impossible de modifier mon adresse de livraison", """
					Bonjour,

					Depuis l'application, je n'arrive pas à modifier l'adresse de livraison de mon compte : le \
					bouton « Enregistrer » reste grisé. J'ai déménagé à Lyon et je voudrais passer une commande \
					cette semaine (la précédente était {order}).

					Merci pour votre aide"""));

	private static final List<Text> SPANISH = List.of(
			new Text("Pedido {order} sin entregar", """
					Hola:

					Realicé el pedido {order} hace una semana y el seguimiento no se ha actualizado desde el \
					martes. ¿Podrían consultar con la empresa de transporte qué ha pasado con el paquete?

					Un saludo"""),
			new Text("Factura con datos fiscales incorrectos", """
					Buenos días:

					Necesito que me envíen de nuevo la factura del pedido {order} con el NIF de mi empresa, \
					porque la que recibí está a nombre particular. Los datos correctos son los de mi perfil.

					Gracias de antemano"""),
			new Text("Devolución de un producto defectuoso", """
					Hola:

					Los auriculares del pedido {order} han dejado de funcionar a los pocos días: el lado \
					izquierdo no suena. ¿Cómo puedo tramitar la devolución o el cambio por garantía?

					Saludos cordiales"""),
			new Text("No puedo iniciar sesión en la app", """
					Hola:

					Desde la última actualización, la aplicación me dice «credenciales no válidas» aunque la \
					contraseña es correcta y en la web sí puedo entrar. Uso un Android 14. Mi último pedido \
					fue el {order}.

					Gracias"""));

	private static final List<Text> PORTUGUESE = List.of(
			new Text("Pedido {order} atrasado", """
					Olá,

					Meu pedido {order} deveria ter chegado na sexta-feira, mas o rastreamento mostra que ainda \
					está em Curitiba. Vocês conseguem verificar com a transportadora e me dar uma nova \
					previsão de entrega?

					Obrigada"""),
			new Text("Cobrança duplicada no Pix", """
					Boa tarde,

					Fiz o pagamento do pedido {order} via Pix e o valor foi debitado duas vezes da minha conta. \
					Segue o comprovante. Gostaria do estorno da segunda cobrança, por favor.

					Atenciosamente"""),
			new Text("Troca de produto", """
					Oi,

					Recebi a camiseta do pedido {order} na cor errada: pedi azul-marinho e veio preta. Como \
					faço para trocar? Preciso enviar pelos Correios?

					Abraço"""),
			new Text("Não recebo o código de verificação", """
					Olá,

					Quando tento entrar na minha conta, o código de verificação por SMS nunca chega. Já \
					conferi o número de celular no cadastro. Preciso acompanhar o pedido {order}.

					Obrigado"""));

	private static final List<Text> JAPANESE = List.of(
			new Text("注文番号 {order} の配送状況について", """
					お世話になっております。

					先週注文した {order} の商品がまだ届いておりません。追跡番号で確認したところ、三日前から\
					「配達中」のままです。配達予定日を教えていただけますでしょうか。

					よろしくお願いいたします。"""),
			new Text("請求金額の誤りについて", """
					いつもご利用させていただいております。

					注文 {order} の請求金額が、カートに表示されていた金額より 1,200 円高くなっていました。\
					クーポンが適用されていないようです。ご確認のうえ、差額を返金していただけますか。

					よろしくお願いします。"""),
			new Text("商品の返品方法を教えてください", """
					こんにちは。

					注文 {order} で購入したジャケットのサイズが合わなかったため、返品または交換を希望します。\
					返送用の伝票はどのように入手すればよいでしょうか。

					お手数ですが、よろしくお願いいたします。"""),
			new Text("ログインできません", """
					お世話になります。

					パスワードを再設定したのですが、新しいパスワードでもログインできません。「アカウントが\
					ロックされています」と表示されます。注文 {order} の確認ができず困っています。

					以上、よろしくお願いいたします。"""));

	private static final List<Text> POLISH = List.of(
			new Text("Zamówienie {order} nie dotarło", """
					Dzień dobry,

					zamówienie {order} miało zostać dostarczone w środę, ale paczka nadal jest w sortowni \
					w Strykowie. Czy mogą Państwo sprawdzić u przewoźnika, co się dzieje?

					Pozdrawiam"""),
			new Text("Prośba o fakturę VAT", """
					Dzień dobry,

					proszę o wystawienie faktury VAT do zamówienia {order} na firmę — NIP podałem w uwagach \
					do zamówienia. Fakturę proszę przesłać na ten adres e-mail.

					Z poważaniem"""),
			new Text("Zwrot towaru", """
					Cześć,

					chciałabym zwrócić sukienkę z zamówienia {order}, bo rozmiar jest za duży. Czy zwrot jest \
					bezpłatny i ile czasu trwa zwrot pieniędzy na konto?

					Dziękuję"""),
			new Text("Nie mogę zmienić hasła", """
					Dzień dobry,

					link do zmiany hasła wygasa, zanim zdążę go otworzyć — od razu pokazuje się komunikat \
					„Link jest nieaktualny”. Próbowałem kilka razy w różnych przeglądarkach. Numer ostatniego \
					zamówienia: {order}.

					Pozdrawiam serdecznie"""));

	private static final List<Text> ITALIAN = List.of(
			new Text("Ordine {order} in ritardo", """
					Buongiorno,

					l'ordine {order} risulta spedito da otto giorni ma il tracking è fermo al centro di \
					smistamento di Bologna. Potreste verificare con il corriere? Mi serve entro la fine della \
					settimana.

					Grazie mille"""),
			new Text("Addebito non riconosciuto", """
					Salve,

					sul mio estratto conto compare un addebito di 49,00 € collegato all'ordine {order}, che \
					però avevo annullato prima della spedizione. Vi chiedo gentilmente il rimborso.

					Cordiali saluti"""),
			new Text("Prodotto arrivato danneggiato", """
					Buongiorno,

					la macchina del caffè dell'ordine {order} è arrivata con il serbatoio crepato. Allego le \
					foto dell'imballo. Preferirei una sostituzione.

					Resto in attesa di un vostro riscontro"""),
			new Text("Problema con la newsletter", """
					Ciao,

					nonostante mi sia disiscritto due volte, continuo a ricevere la vostra newsletter ogni \
					giorno. Potete rimuovere definitivamente il mio indirizzo? (cliente dall'ordine {order})

					Grazie"""));

	private static final List<Text> DUTCH = List.of(
			new Text("Bestelling {order} niet ontvangen", """
					Hallo,

					volgens de track & trace is bestelling {order} gisteren bezorgd, maar ik heb niets \
					ontvangen en de buren ook niet. Kunnen jullie dit uitzoeken met de vervoerder?

					Met vriendelijke groet"""),
			new Text("Verkeerd bedrag afgeschreven", """
					Goedemiddag,

					er is € 34,50 te veel afgeschreven voor bestelling {order}; de kortingscode werd wel \
					getoond maar niet verrekend. Graag het verschil terugstorten.

					Groeten"""),
			new Text("Retour aanmelden lukt niet", """
					Hoi,

					ik wil de lamp uit bestelling {order} retourneren, maar het retourformulier geeft steeds \
					een foutmelding. Kunnen jullie mij een retourlabel mailen?

					Bedankt!"""),
			new Text("Account verwijderen", """
					Beste klantenservice,

					ik wil graag mijn account en alle bijbehorende gegevens laten verwijderen, conform de AVG. \
					Mijn laatste bestelling was {order}. Kunnen jullie bevestigen wanneer dit is gebeurd?

					Met vriendelijke groet"""));

	private static final List<Text> ENGLISH = List.of(
			new Text("Order {order} hasn't arrived", """
					Hi there,

					My order {order} was due on Tuesday but the tracking has said "out for delivery" for three \
					days now. Could you chase the courier and let me know when it will actually turn up?

					Many thanks"""),
			new Text("Charged twice for my order", """
					Hello,

					I've been charged twice for order {order} — two identical payments of 42.00 on my card \
					statement. Please refund the duplicate payment.

					Kind regards"""),
			new Text("Return label missing", """
					Hi,

					I'd like to return the jumper from order {order} as it's the wrong colour, but there was no \
					returns label in the parcel. Can you email me one?

					Cheers"""),
			new Text("Can't update my payment card", """
					Hello,

					Every time I try to update the card on my account I get "Something went wrong, please try \
					again later". My subscription renews on Friday (last order {order}), so I'd like to sort \
					this before then.

					Thanks"""));

	static final List<Persona> ALL = List.of(
			new Persona("de", "DE", "Europe/Berlin",
					List.of("Anna", "Lukas", "Sophie", "Jonas", "Marie", "Felix", "Lena", "Maximilian", "Hannah",
							"Jürgen"),
					List.of("Schmidt", "Müller", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer",
							"Koch", "Wagner"),
					GERMAN, false),
			new Persona("fr", "FR", "Europe/Paris",
					List.of("Camille", "Louis", "Léa", "Hugo", "Chloé", "Gabriel", "Manon", "Théo", "Inès",
							"Raphaël"),
					List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
							"Leroy", "Moreau"),
					FRENCH, false),
			new Persona("es", "ES", "Europe/Madrid",
					List.of("Lucía", "Hugo", "Martina", "Mateo", "Sofía", "Daniel", "Paula", "Alejandro",
							"Carmen", "Javier"),
					List.of("García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez",
							"Pérez", "Gómez", "Martín"),
					SPANISH, false),
			new Persona("it", "IT", "Europe/Rome",
					List.of("Giulia", "Leonardo", "Sofia", "Francesco", "Aurora", "Alessandro", "Ginevra",
							"Lorenzo", "Beatrice", "Mattia"),
					List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
							"Marino", "Greco"),
					ITALIAN, false),
			new Persona("nl", "NL", "Europe/Amsterdam",
					List.of("Emma", "Noah", "Julia", "Sem", "Tess", "Liam", "Sophie", "Lucas", "Anna", "Daan"),
					List.of("de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",
							"Visser", "Smit", "Meijer"),
					DUTCH, false),
			new Persona("pl", "PL", "Europe/Warsaw",
					List.of("Zuzanna", "Jakub", "Julia", "Antoni", "Maja", "Szymon", "Hanna", "Łukasz", "Oliwia",
							"Michał"),
					List.of("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
							"Zieliński", "Szymański", "Woźniak"),
					POLISH, false),
			new Persona("en", "GB", "Europe/London",
					List.of("Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Mia", "Charlie",
							"Grace"),
					List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
							"Evans", "O'Brien"),
					ENGLISH, false),
			new Persona("en", "US", "America/New_York",
					List.of("James", "Olivia", "Michael", "Emma", "William", "Charlotte", "Ethan", "Sophia",
							"Benjamin", "Harper"),
					List.of("Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Wilson", "Anderson", "Taylor",
							"Thomas", "Moore"),
					ENGLISH, false),
			new Persona("es", "US", "America/Los_Angeles",
					List.of("José", "María", "Luis", "Guadalupe", "Carlos", "Rosa", "Miguel", "Ana", "Jorge",
							"Elena"),
					List.of("Hernández", "García", "Martínez", "López", "González", "Ramírez", "Flores", "Cruz",
							"Torres", "Reyes"),
					SPANISH, false),
			new Persona("pt-BR", "BR", "America/Sao_Paulo",
					List.of("Ana", "João", "Maria", "Pedro", "Beatriz", "Lucas", "Júlia", "Gabriel", "Larissa",
							"Rafael"),
					List.of("Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira",
							"Lima", "Gomes"),
					PORTUGUESE, false),
			new Persona("ja", "JP", "Asia/Tokyo",
					List.of("陽翔|haruto", "さくら|sakura", "蓮|ren", "結衣|yui", "大翔|hiroto", "美咲|misaki",
							"悠真|yuma", "葵|aoi", "翔太|shota", "花子|hanako"),
					List.of("佐藤|sato", "鈴木|suzuki", "高橋|takahashi", "田中|tanaka", "伊藤|ito", "渡辺|watanabe",
							"山本|yamamoto", "中村|nakamura", "小林|kobayashi", "加藤|kato"),
					JAPANESE, true));

}
