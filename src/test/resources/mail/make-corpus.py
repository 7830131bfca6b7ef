#!/usr/bin/env python3
"""Writes the mail corpus (src/test/resources/mail/corpus): messages shaped like real-world
mail in many charsets and with the usual defects, each with a sidecar .expected.json that
MailCorpusTests checks. Written by the project; run it again after changing a case."""
import base64, json, os, quopri

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
CRLF = "\r\n"

def b_word(text, charset, codec=None):
    return "=?%s?B?%s?=" % (charset, base64.b64encode(text.encode(codec or charset)).decode())

def q_word(text, charset, codec=None):
    raw = text.encode(codec or charset)
    out = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else ("_" if b == 32 else "=%02X" % b) for b in raw)
    return "=?%s?Q?%s?=" % (charset, out)

def write(name, raw, expected):
    with open(os.path.join(HERE, name + ".eml"), "wb") as f:
        f.write(raw)
    with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")

def simple(name, charset, person, address, subject, body, encoding="base64", codec=None, word="B", extra=""):
    codec = codec or charset
    enc = b_word if word == "B" else q_word
    payload = body.encode(codec)
    if encoding == "base64":
        data = base64.encodebytes(payload).decode().replace("\n", CRLF)
    elif encoding == "quoted-printable":
        data = quopri.encodestring(payload).decode("ascii").replace("\n", CRLF)
    else:
        data = payload.decode("latin-1")
    headers = [
        "From: %s <%s>" % (enc(person, charset, codec), address),
        "To: support@shop.example",
        "Subject: %s" % enc(subject, charset, codec),
        "Date: Mon, 16 Nov 2026 09:30:00 +0100",
        "Message-ID: <%s@corpus.example>" % name,
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=%s" % charset,
        "Content-Transfer-Encoding: %s" % encoding,
    ]
    raw = CRLF.join(headers) + CRLF + extra + CRLF + data + CRLF
    write(name, raw.encode("latin-1"), {"from": address, "name": person, "subject": subject, "text": body, "kind": "PERSONAL"})

os.makedirs(HERE, exist_ok=True)
simple("iso-2022-jp", "ISO-2022-JP", "山田 太郎", "taro@example.jp", "注文した商品について", "商品がまだ届きません。確認をお願いします。", encoding="7bit", codec="iso2022_jp")
simple("shift_jis", "Shift_JIS", "佐藤 花子", "hanako@example.jp", "返品の手続き", "先週購入したコートを返品したいです。①番の注文です。", codec="cp932")
simple("euc-kr", "EUC-KR", "김민준", "minjun@example.kr", "배송 문의", "주문한 상품이 아직 도착하지 않았습니다.", codec="cp949")
simple("ks_c_5601-1987", "ks_c_5601-1987", "이서연", "seoyeon@example.kr", "환불 요청", "환불을 요청합니다. 감사합니다.", codec="cp949")
simple("gb2312-really-gbk", "gb2312", "王喆", "wangzhe@example.cn", "退款申请", "我想申请退款，谢谢。——王喆", codec="gbk")
simple("gbk", "GBK", "欧阳娜娜", "nana@example.cn", "发票问题", "请把发票寄到我的公司地址。", codec="gbk")
simple("big5", "Big5", "陳小明", "xiaoming@example.tw", "訂單查詢", "我的訂單還沒有收到，請幫我查詢。", codec="big5")
simple("koi8-r", "KOI8-R", "Иван Петров", "ivan@example.ru", "Заказ не пришёл", "Здравствуйте! Мой заказ до сих пор не доставлен.", encoding="8bit", codec="koi8_r")
simple("windows-1250", "windows-1250", "Łukasz Żółtowski", "lukasz@example.pl", "Zwrot towaru", "Dzień dobry, chcę zwrócić zamówienie. Zażółć gęślą jaźń.", encoding="quoted-printable", codec="cp1250", word="Q")
simple("windows-1251", "windows-1251", "Олена Шевченко", "olena@example.ua", "Рахунок", "Добрий день! Надішліть, будь ласка, рахунок-фактуру.", encoding="8bit", codec="cp1251")
simple("windows-1252", "windows-1252", "Zoë O’Brien", "zoe@example.ie", "Refund – €49.90", "Hello, I was charged €49.90 twice – please refund one “payment”.", encoding="quoted-printable", codec="cp1252", word="Q")
simple("windows-1256", "windows-1256", "أحمد علي", "ahmed@example.sa", "طلب استرجاع", "مرحباً، أريد إرجاع الطلب رقم 1234.", codec="cp1256")
simple("iso-8859-1-really-1252", "iso-8859-1", "Hélène Dupont", "helene@example.fr", "Où est mon colis ?", "Bonjour, j’attends mon colis depuis 10 jours… Merci !", encoding="8bit", codec="cp1252", word="Q")
simple("iso-8859-2", "iso-8859-2", "Jiří Novák", "jiri@example.cz", "Objednávka nedorazila", "Dobrý den, objednávka č. 42 stále nedorazila. Děkuji.", encoding="quoted-printable", codec="iso8859_2", word="Q")
simple("iso-8859-7", "iso-8859-7", "Γιώργος Παπαδόπουλος", "giorgos@example.gr", "Επιστροφή χρημάτων", "Καλημέρα, θα ήθελα επιστροφή χρημάτων.", codec="iso8859_7")
simple("iso-8859-8-i", "iso-8859-8-i", "דוד כהן", "david@example.il", "הזמנה לא הגיעה", "שלום, ההזמנה שלי עדיין לא הגיעה.", codec="iso8859_8")
simple("iso-8859-15", "iso-8859-15", "Œdipe Lefèvre", "oedipe@example.fr", "Facture de 15 €", "Bonjour, la facture de 15 € pour l'œuvre est fausse.", encoding="quoted-printable", codec="iso8859_15", word="Q")
simple("utf-7", "unicode-1-1-utf-7", "Müller Jürgen", "juergen@example.de", "Rückgabe", "Grüße, ich möchte die Bestellung zurückgeben. 1+1=2", encoding="7bit", codec="utf-7")

# Broken encoded words: no blank between words, a character cut across two words, an
# encoded word inside quotes, raw UTF-8 in the Subject.
cafe = "Café crème".encode("utf-8")
raw = CRLF.join([
    'From: "=?UTF-8?Q?Fran=C3=A7ois?= =?UTF-8?Q?_Ch=C3=A9rel?=" <francois@example.fr>',
    "To: support@shop.example",
    "Subject: =?UTF-8?Q?Caf=C3=A9?==?UTF-8?Q?_cr=C3=A8me?= =?UTF-8?B?" + base64.b64encode(" bientôt".encode()[:6]).decode() + "?= =?UTF-8?B?" + base64.b64encode(" bientôt".encode()[6:]).decode() + "?=",
    "Message-ID: <broken-words@corpus.example>",
    "Content-Type: text/plain; charset=utf-8",
    "", "Le café était froid.", ""]).encode("latin-1")
write("broken-encoded-words", raw, {"from": "francois@example.fr", "name": "François Chérel", "subject": "Café crème bientôt", "text": "Le café était froid.", "kind": "PERSONAL"})
raw = ("From: Sören Ödegaard <soren@example.se>" + CRLF + "Subject: Ärende: leverans försenad" + CRLF + "Content-Type: text/plain; charset=utf-8" + CRLF + CRLF + "Hej, leveransen är försenad." + CRLF).encode("utf-8")
write("raw-utf8-headers", raw, {"from": "soren@example.se", "name": "Sören Ödegaard", "subject": "Ärende: leverans försenad", "text": "Hej, leveransen är försenad.", "kind": "PERSONAL"})
raw = ("From: =?utf-8?b?broken-base64!!?= <odd@example.com>" + CRLF + "Subject: =?x-unknown-charset?Q?caf=E9?=" + CRLF + CRLF + "Body" + CRLF).encode("latin-1")
write("unknown-charset-word", raw, {"from": "odd@example.com", "subject": "café", "text": "Body", "kind": "PERSONAL"})

# Missing and duplicate headers.
write("missing-headers", ("From: plain@example.org" + CRLF + CRLF + "No subject, no date, no id." + CRLF).encode(),
      {"from": "plain@example.org", "name": None, "subject": "", "text": "No subject, no date, no id.", "kind": "PERSONAL"})
write("duplicate-headers", CRLF.join(["From: First Sender <first@example.org>", "From: Second <second@example.org>", "Subject: One", "Subject: Two", "Message-ID: <dup@corpus.example>", "", "Twice everything.", ""]).encode(),
      {"from": "first@example.org", "name": "First Sender", "subject": "One", "text": "Twice everything.", "kind": "PERSONAL"})

# Quoted history and signature are cut; the full text stays in the source.
write("reply-with-quote-and-signature", CRLF.join(["From: Max Mustermann <max@example.de>", "Subject: AW: Ihre Bestellung", "In-Reply-To: <reply.x@meridian.localhost>",
      "Content-Type: text/plain; charset=utf-8; format=flowed", "", "Danke, das hat ", "geholfen.", "", "-- ", "Max Mustermann", "Musterstraße 1", "",
      "Am 15.11.2026 um 10:00 schrieb Support <support@shop.example>:", "> Wir haben nachgesehen.", ""]).encode("utf-8"),
      {"from": "max@example.de", "name": "Max Mustermann", "subject": "AW: Ihre Bestellung", "text": "Danke, das hat geholfen.", "kind": "PERSONAL"})

# HTML only, with Gmail's quote block.
html = '<div dir="ltr">¿Dónde está mi <b>pedido</b>?<br></div><br><div class="gmail_quote">El lun, 16 nov 2026, Soporte escribió:<blockquote>Hola</blockquote></div>'
write("html-only-gmail-quote", CRLF.join(["From: Lucía Fernández <lucia@example.es>", "Subject: Pedido", "MIME-Version: 1.0", "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: base64", "",
      base64.encodebytes(html.encode()).decode().replace("\n", CRLF)]).encode(),
      {"from": "lucia@example.es", "name": "Lucía Fernández", "subject": "Pedido", "text": "¿Dónde está mi pedido?", "kind": "PERSONAL"})

# Outlook out-of-office.
write("outlook-out-of-office", CRLF.join(["From: Anna Schmidt <anna@example.de>", "Subject: Automatische Antwort: Ihre Anfrage [#1001]", "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
      "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent", "Content-Type: text/plain; charset=utf-8", "", "Ich bin bis 30.11. nicht im Büro.", ""]).encode("utf-8"),
      {"from": "anna@example.de", "name": "Anna Schmidt", "subject": "Automatische Antwort: Ihre Anfrage [#1001]", "text": "Ich bin bis 30.11. nicht im Büro.", "kind": "AUTO_REPLY"})

def dsn(name, human, subject, charset, status, recipient, original, lang_text):
    body = CRLF.join([
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>",
        "To: support@shop.example",
        "Subject: " + b_word(subject, "UTF-8"),
        "Message-ID: <%s@mx.example.net>" % name,
        "MIME-Version: 1.0",
        'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn"',
        "", "--dsn", "Content-Type: text/plain; charset=%s" % charset, "Content-Transfer-Encoding: base64", "",
        base64.encodebytes(human.encode(charset)).decode().replace("\n", CRLF),
        "--dsn", "Content-Type: message/delivery-status", "",
        "Reporting-MTA: dns; mx.example.net", "",
        "Final-Recipient: rfc822; " + recipient, "Action: failed", "Status: " + status,
        "Diagnostic-Code: smtp; 550 " + status + " " + lang_text, "",
        "--dsn", "Content-Type: text/rfc822-headers", "",
        "From: Support <support@shop.example>", "To: " + recipient, "Subject: Re: Order", "Message-ID: <" + original + ">", "",
        "--dsn--", ""])
    write(name, body.encode("latin-1"), {"from": "MAILER-DAEMON@mx.example.net", "name": "Mail Delivery System", "subject": subject, "text": human,
          "kind": "BOUNCE", "bounced": recipient, "original": original})

dsn("dsn-english", "This is the mail system at host mx.example.net.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.", "Undelivered Mail Returned to Sender", "us-ascii", "5.1.1", "gone@example.com", "reply.aaa@meridian.localhost", "User unknown")
dsn("dsn-german", "Ihre Nachricht konnte nicht zugestellt werden.\n\nDer Empfänger ist unbekannt.", "Unzustellbar: Re: Bestellung", "iso-8859-1", "5.1.1", "weg@example.de", "reply.bbb@meridian.localhost", "Benutzer unbekannt")
dsn("dsn-french", "Votre message n’a pas pu être remis.\n\nLa boîte aux lettres est pleine.", "Non remis : Re: Commande", "utf-8", "5.2.2", "plein@example.fr", "reply.ccc@meridian.localhost", "Boîte pleine")
dsn("dsn-japanese", "メッセージを配信できませんでした。\n\n宛先のアドレスが存在しません。", "配信不能: Re: ご注文", "iso-2022-jp", "5.1.1", "nobody@example.jp", "reply.ddd@meridian.localhost", "unknown user")
# A non-standard bounce (qmail style): no report part, an X-Failed-Recipients header.
write("bounce-qmail-style", CRLF.join(["From: MAILER-DAEMON@old.example.org", "Subject: failure notice", "X-Failed-Recipients: lost@example.org", "", "Hi. This is the qmail-send program at old.example.org.",
      "I'm afraid I wasn't able to deliver your message to the following addresses.", "<lost@example.org>:", "Sorry, no mailbox here by that name. (#5.1.1)", "", "--- Below this line is a copy of the message.", "", "Message-ID: <reply.eee@meridian.localhost>", ""]).encode(),
      {"from": "MAILER-DAEMON@old.example.org", "name": None, "subject": "failure notice", "kind": "BOUNCE", "bounced": "lost@example.org", "original": "reply.eee@meridian.localhost"})

# Structure: deep nesting, a forwarded mail, a calendar invitation, uuencode, RFC 2231, bad QP and base64.
inner = CRLF.join(["From: Boss <boss@example.com>", "Subject: Original offer", "", "The offer.", ""])
deep = ["From: Nest <nest@example.com>", "Subject: Deep", "MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="l0"', ""]
for level in range(1, 6):
    deep += ["--l%d" % (level - 1), 'Content-Type: multipart/mixed; boundary="l%d"' % level, ""]
deep += ["--l5", "Content-Type: text/plain; charset=utf-8", "", "Deep inside.",
         "--l5", "Content-Type: message/rfc822", "", inner,
         "--l5", 'Content-Type: text/calendar; method=REQUEST; charset=utf-8', "", "BEGIN:VCALENDAR", "METHOD:REQUEST", "BEGIN:VEVENT", "SUMMARY:Call about the order", "DTSTART:20261120T100000Z", "END:VEVENT", "END:VCALENDAR",
         "--l5", "Content-Type: application/octet-stream", "Content-Disposition: attachment; filename*0*=utf-8''%E5%A5%91%E7%B4%84; filename*1=.pdf", "Content-Transfer-Encoding: base64", "", "JVBERi0x!!LjQK=",
         "--l5--"] + ["--l%d--" % level for level in range(4, -1, -1)]
write("deep-nesting-forward-invite", CRLF.join(deep + [""]).encode(),
      {"from": "nest@example.com", "name": "Nest", "subject": "Deep", "text": "Deep inside.", "kind": "PERSONAL",
       "attachments": ["Original offer.eml", "invite.ics", "契約.pdf"]})
write("bad-quoted-printable", CRLF.join(["From: qp@example.com", "Subject: QP", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", "Price =3D 10 =ZZ broken =C3=A9t=C3=A9 and a soft=", "break.", ""]).encode(),
      {"from": "qp@example.com", "name": None, "subject": "QP", "text": "Price = 10 =ZZ broken été and a softbreak.", "kind": "PERSONAL"})
write("uuencoded", CRLF.join(["From: uu@example.com", "Subject: UU", "", "See the file.", "", "begin 644 hello.txt", "%:&5L;&\\`", "`", "end", ""]).encode(),
      {"from": "uu@example.com", "name": None, "subject": "UU", "text": "See the file.", "kind": "PERSONAL", "attachments": ["hello.txt"]})
write("mailing-list", CRLF.join(["From: News <news@lists.example.com>", "Subject: Weekly deals", "List-Id: <deals.lists.example.com>", "List-Unsubscribe: <mailto:unsub@lists.example.com>", "Precedence: bulk", "", "Deals!", ""]).encode(),
      {"from": "news@lists.example.com", "name": "News", "subject": "Weekly deals", "text": "Deals!", "kind": "BULK"})
print("written to", HERE)
