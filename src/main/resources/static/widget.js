/*
 * Meridian's chat widget. A shop embeds it with one tag:
 *
 *   <script src="https://support.example/widget.js" async
 *           data-locale="ar"                      (optional: else the browser's languages)
 *           data-market="DE"                      (optional: the market whose widget settings apply)
 *           data-identity-email="ana@example.com" (optional, with the next one: a customer the
 *           data-identity-signature="…"></script>  shop vouches for, HMAC-SHA256 hex of the email)
 *
 * No framework and no build step. Everything lives in a shadow root, so the shop's styles
 * and ours never meet. Texts come from Meridian in the visitor's language; right-to-left
 * languages lay the whole panel out right to left (logical CSS properties throughout).
 * The conversation survives page loads: its id and visitor token stay in localStorage.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.__meridianChat) {
    return;
  }
  window.__meridianChat = true;
  var base = new URL(script.src, location.href).origin;
  var key = 'meridian-chat:' + base;
  var data = script.dataset;
  var RETRY_MS = 9000;
  var BUSY_RETRIES = 3;
  var BUSY_RETRY_MS = 1000;
  var WAIT_S = 25;
  // A line goes over the open socket when its frame stays well inside the server's 4 KB
  // (three bytes a character at worst); a longer one by HTTP.
  var SOCKET_LINE_CHARS = 1300;
  var LINE_WAIT_MS = 15000;

  var state = read();
  var locale = data.locale || state.locale || (navigator.languages && navigator.languages[0]) || navigator.language || '';
  var zone = '';
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { /* no zone: UTC */ }

  var texts = {};
  var seen = {};
  var timer = null;
  var ui = {};
  var loaded = false;
  var answers = {};
  // Live transport: STOMP over a plain WebSocket; long polling when sockets fail.
  var socket = null;
  var live = false;
  var socketFailures = 0;
  var typingSentAt = 0;
  var typingHide = null;
  // Lines sent over the socket, waiting for the server's answer, by ref.
  var pending = {};
  var lines = 0;
  // The visitor's other tabs on this site: a line sent over the socket is answered to
  // the sending tab alone, which passes it on to them here.
  var tabs = null;

  request('GET', '/chat/v1/widget?locale=' + encodeURIComponent(locale) + '&zone=' + encodeURIComponent(zone)
      + (data.market ? '&market=' + encodeURIComponent(data.market) : ''))
    .then(function (widget) {
      if (widget.enabled === false) {
        return;
      }
      texts = widget.texts;
      build(widget);
      extend(widget);
      bot(widget);
      if (state.conversationId) {
        connect();
      }
    })
    .catch(function () { /* Meridian unreachable: the page goes on without the chat. */ });

  function read() {
    try { return JSON.parse(localStorage.getItem(key)) || {}; } catch (e) { return {}; }
  }

  function save() {
    try { localStorage.setItem(key, JSON.stringify(state)); } catch (e) { /* private mode: this page only */ }
  }

  function request(method, path, body) {
    var headers = { 'Accept': 'application/json', 'Accept-Language': locale || 'und' };
    var form = body instanceof FormData;
    if (body !== undefined && !form) {
      headers['Content-Type'] = 'application/json';
    }
    if (state.token) {
      headers['Authorization'] = 'Visitor ' + state.token;
    }
    return fetch(base + path, { method: method, headers: headers, body: body === undefined || form ? body : JSON.stringify(body) })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (json) {
          if (!response.ok) {
            var error = new Error(json.note || json.detail || response.statusText);
            error.status = response.status;
            error.note = json.note;
            throw error;
          }
          return json;
        });
      });
  }

  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function build(widget) {
    var host = el('div', { id: 'meridian-chat' });
    var root = host.attachShadow({ mode: 'open' });
    root.appendChild(el('style', {}, CSS));
    var frame = el('div', { 'class': 'frame', dir: widget.dir, lang: widget.language });
    ui.launcher = el('button', { 'class': 'launcher', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'panel',
      'aria-label': texts.open });
    ui.launcher.appendChild(el('span', { 'aria-hidden': 'true' }, '💬'));
    ui.panel = el('section', { id: 'panel', 'class': 'panel', role: 'dialog', 'aria-labelledby': 'title', hidden: '' });
    var header = el('header');
    header.appendChild(el('h2', { id: 'title' }, texts.title));
    ui.close = el('button', { 'class': 'close', type: 'button', 'aria-label': texts.close }, '×');
    header.appendChild(ui.close);
    ui.panel.appendChild(header);
    ui.panel.appendChild(el('p', { 'class': 'availability' + (widget.availability.staffed ? ' staffed' : '') },
      widget.availability.text));
    ui.log = el('ol', { 'class': 'log', role: 'log', 'aria-live': 'polite', 'aria-label': texts.log });
    ui.log.appendChild(el('li', { 'class': 'message system greeting' }, texts.greeting));
    ui.panel.appendChild(ui.log);
    ui.typing = el('p', { 'class': 'typing', 'aria-live': 'polite', hidden: '' }, texts.typing);
    ui.panel.appendChild(ui.typing);
    ui.read = el('span', { 'class': 'read' }, texts.read);
    ui.error = el('p', { 'class': 'error', role: 'alert' });
    ui.panel.appendChild(ui.error);
    ui.form = el('form', { 'class': 'composer' });
    ui.input = el('textarea', { name: 'text', rows: '2', dir: 'auto', maxlength: '4000', 'aria-label': texts.placeholder,
      placeholder: texts.placeholder });
    ui.send = el('button', { type: 'submit' }, texts.send);
    // A file: the paperclip is a real button (keyboard, label); the file input stays hidden.
    ui.file = el('input', { type: 'file', hidden: '', accept: 'image/png,image/jpeg,image/gif,image/webp,application/pdf,text/plain' });
    ui.attach = el('button', { type: 'button', 'class': 'attach', 'aria-label': texts.attach, title: texts.attach });
    ui.attach.appendChild(el('span', { 'aria-hidden': 'true' }, '📎'));
    ui.form.appendChild(ui.file);
    ui.form.appendChild(ui.attach);
    ui.form.appendChild(ui.input);
    ui.form.appendChild(ui.send);
    ui.panel.appendChild(ui.form);
    frame.appendChild(ui.panel);
    frame.appendChild(ui.launcher);
    root.appendChild(frame);
    document.body.appendChild(host);

    ui.launcher.addEventListener('click', function () { toggle(ui.panel.hidden); });
    ui.close.addEventListener('click', function () { toggle(false); });
    ui.panel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') { toggle(false); }
    });
    ui.input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        ui.form.requestSubmit();
      }
    });
    ui.input.addEventListener('input', function () {
      if (live && Date.now() - typingSentAt > 3000) {
        typingSentAt = Date.now();
        say('typing', { typing: true });
      }
    });
    ui.attach.addEventListener('click', function () { ui.file.click(); });
    ui.file.addEventListener('change', function () {
      if (ui.file.files.length) {
        upload(ui.file.files[0]);
      }
    });
    ui.form.addEventListener('submit', function (event) {
      event.preventDefault();
      send(ui.input.value);
    });
    if (state.open) {
      toggle(true);
    }
  }

  function toggle(open) {
    ui.panel.hidden = !open;
    ui.launcher.setAttribute('aria-expanded', String(open));
    state.open = open;
    save();
    (open ? ui.input : ui.launcher).focus();
  }

  function start() {
    if (state.conversationId) {
      return Promise.resolve();
    }
    var body = { locale: locale || undefined, page: location.href, market: data.market || undefined,
      zone: zone || undefined };
    Object.keys(answers).forEach(function (name) { body[name] = answers[name]; });
    if (data.identityEmail && data.identitySignature) {
      body.identity = { email: data.identityEmail, signature: data.identitySignature };
    }
    return request('POST', '/chat/v1/conversations', body).then(function (started) {
      state = { conversationId: started.conversationId, token: started.visitorToken, locale: locale, open: true,
        email: started.email || undefined };
      save();
      offer();
    });
  }

  function send(text, attempt) {
    text = text.trim();
    attempt = attempt || 0;
    if (!text) {
      return;
    }
    ui.error.textContent = '';
    ui.send.disabled = true;
    start()
      .then(function () {
        return deliver({ text: text, page: location.href });
      })
      .then(function (created) {
        if (ui.input.value.trim() === text) {
          ui.input.value = '';
        }
        show({ id: created.id, author: { type: 'customer' }, text: text, language: '' });
        if (live) {
          typingSentAt = 0;
          say('typing', { typing: false });
        } else if (!socket && !timer) {
          connect();
        }
      })
      .catch(function (error) {
        if (error.status === 401) {
          forget();
        }
        // A busy server stored nothing and asks for a moment: the line is sent again by
        // itself a few times before the visitor is told.
        if (error.status === 503 && attempt < BUSY_RETRIES) {
          setTimeout(function () { send(text, attempt + 1); }, BUSY_RETRY_MS * (attempt + 1));
          return true;
        }
        ui.error.textContent = error.message || texts.failed;
      })
      .then(function (retrying) {
        if (!retrying) {
          ui.send.disabled = false;
        }
      });
  }

  // Over the open socket when there is one, else by HTTP: either way the stored message's
  // id, or an error with the HTTP API's status and note.
  function deliver(body) {
    var json = JSON.stringify(body);
    if (!live || !socket || json.length > SOCKET_LINE_CHARS) {
      return request('POST', messagesPath(), body);
    }
    return new Promise(function (resolve, reject) {
      var ref = 'l' + (++lines) + '-' + Date.now();
      var wait = setTimeout(function () { answered(ref, { type: 'refused', status: 0 }); }, LINE_WAIT_MS);
      pending[ref] = function (answer) {
        clearTimeout(wait);
        if (answer.type === 'accepted') {
          resolve(answer);
          return;
        }
        var error = new Error(answer.note || texts.failed);
        error.status = answer.status;
        reject(error);
      };
      body.ref = ref;
      frame('SEND', { destination: '/live/chat.' + state.conversationId + '.say', 'content-type': 'application/json' },
        JSON.stringify(body));
    });
  }

  function answered(ref, answer) {
    var waiting = pending[ref];
    if (waiting) {
      delete pending[ref];
      waiting(answer);
    }
  }

  function upload(file) {
    ui.error.textContent = '';
    ui.attach.disabled = true;
    var body = new FormData();
    body.append('file', file, file.name);
    start()
      .then(function () { return request('POST', '/chat/v1/conversations/' + state.conversationId + '/attachments', body); })
      .then(function (item) {
        show(item);
        if (!live && !socket && !timer) {
          connect();
        }
      })
      .catch(function (error) {
        if (error.status === 401) {
          forget();
        }
        ui.error.textContent = error.note || (error.status === 413 ? texts.fileTooLarge : error.message || texts.failed);
      })
      .then(function () {
        ui.attach.disabled = false;
        ui.file.value = '';
        ui.attach.focus();
      });
  }

  // A file of the conversation: fetched with the visitor's token, handed over as a download.
  function download(file) {
    fetch(base + '/chat/v1/conversations/' + state.conversationId + '/attachments/' + file.id,
      { headers: { 'Authorization': 'Visitor ' + state.token } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(texts.failed);
        }
        return response.blob();
      })
      .then(function (blob) {
        var a = el('a', { href: URL.createObjectURL(blob), download: file.name });
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(function () { URL.revokeObjectURL(a.href); }, 60000);
      })
      .catch(function (error) { ui.error.textContent = error.message; });
  }

  // Agents' text with its http(s) addresses as links; everything else stays text.
  function linked(node, text) {
    var pattern = /https?:\/\/[^\s<>"']+/g;
    var at = 0;
    var match;
    while ((match = pattern.exec(text))) {
      var url = match[0].replace(/[.,;:!?)\]]+$/, '');
      node.appendChild(document.createTextNode(text.slice(at, match.index)));
      node.appendChild(el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, url));
      at = match.index + url.length;
      pattern.lastIndex = at;
    }
    node.appendChild(document.createTextNode(text.slice(at)));
    return node;
  }

  function messagesPath() {
    return '/chat/v1/conversations/' + state.conversationId + '/messages';
  }

  // The first read of a page reads the whole conversation: a reload shows it all again.
  function fetchMessages(wait) {
    var query = [];
    if (loaded && state.last) {
      query.push('after=' + encodeURIComponent(state.last));
    }
    if (wait) {
      query.push('wait=' + WAIT_S);
    }
    return request('GET', messagesPath() + (query.length ? '?' + query.join('&') : '')).then(function (page) {
      loaded = true;
      page.items.forEach(show);
      // Solved while the socket was still subscribing: the live notice was missed.
      if (page.ended && !state.ended) {
        state.ended = true;
        save();
        ended();
      }
    });
  }

  function readFailed(error, retry) {
    if (error.status === 401) {
      forget();
    } else if (error.status === 400 && state.last) {
      state.last = null;
      timer = setTimeout(retry, 0);
    } else {
      timer = setTimeout(retry, RETRY_MS);
    }
  }

  // Networks that block WebSockets: a read held open until news arrives, then the next.
  function longPoll() {
    timer = null;
    if (!state.conversationId) {
      return;
    }
    fetchMessages(true).then(function () { timer = setTimeout(longPoll, 0); }, function (error) { readFailed(error, longPoll); });
  }

  function connect() {
    clearTimeout(timer);
    timer = null;
    if (!state.conversationId || socket) {
      return;
    }
    joinTabs();
    if (socketFailures >= 2 || !window.WebSocket) {
      longPoll();
      return;
    }
    var ws;
    try {
      ws = new WebSocket(base.replace(/^http/, 'ws') + '/chat/ws', ['v12.stomp']);
    } catch (e) {
      socketFailures = 2;
      longPoll();
      return;
    }
    var opened = false;
    var buffer = '';
    var beat = null;
    socket = ws;
    ws.onopen = function () {
      frame('CONNECT', { 'accept-version': '1.2', host: location.host, 'heart-beat': '10000,0',
        conversation: state.conversationId, 'visitor-token': state.token });
    };
    ws.onmessage = function (event) {
      buffer += event.data;
      var end;
      while ((end = buffer.indexOf('\0')) >= 0) {
        var text = buffer.slice(0, end).replace(/^[\r\n]+/, '');
        buffer = buffer.slice(end + 1);
        var split = text.indexOf('\n\n');
        var command = text.slice(0, text.indexOf('\n'));
        if (command === 'CONNECTED') {
          opened = live = true;
          socketFailures = 0;
          beat = setInterval(function () { if (ws.readyState === 1) { ws.send('\n'); } }, 10000);
          frame('SUBSCRIBE', { id: 'chat', destination: '/topic/chat.' + state.conversationId });
          say('viewing', { page: location.href });
          // Typing while the socket was down (a reconnect): the agent hears it now.
          if (ui.input.value) {
            typingSentAt = Date.now();
            say('typing', { typing: true });
          }
          // After subscribing: what came while away, read once (shown once, by id).
          fetchMessages(false).catch(function (error) { if (error.status === 401) { forget(); } });
        } else if (command === 'MESSAGE') {
          try { notice(JSON.parse(text.slice(split + 2))); } catch (e) { /* not ours */ }
        } else if (command === 'ERROR') {
          opened = false;
          ws.close();
        }
      }
    };
    ws.onclose = function () {
      clearInterval(beat);
      if (socket !== ws) {
        return;
      }
      socket = null;
      live = false;
      // Lines whose answer the closed socket will not bring: failed, the text kept.
      Object.keys(pending).forEach(function (ref) { answered(ref, { type: 'refused', status: 0 }); });
      if (!opened) {
        socketFailures++;
      }
      if (state.conversationId) {
        timer = setTimeout(connect, opened ? 1000 : 0);
      }
    };
  }

  function frame(command, headers, body) {
    var text = command + '\n';
    Object.keys(headers).forEach(function (name) { text += name + ':' + headers[name] + '\n'; });
    socket.send(text + '\n' + (body || '') + '\0');
  }

  function say(what, body) {
    if (live && socket) {
      frame('SEND', { destination: '/live/chat.' + state.conversationId + '.' + what, 'content-type': 'application/json' },
        JSON.stringify(body));
    }
  }

  function joinTabs() {
    if (!tabs && window.BroadcastChannel) {
      tabs = new BroadcastChannel('meridian-chat.' + state.conversationId);
      tabs.onmessage = function (event) {
        if (event.data && event.data.id && event.data.author) {
          show(event.data);
        }
      };
    }
  }

  function notice(n) {
    if (n.type === 'accepted' || n.type === 'refused') {
      // An accepted line comes with the line as every tab of the visitor shows it.
      if (n.item) {
        show(n.item);
        if (tabs && pending[n.ref]) {
          tabs.postMessage(n.item);
        }
      }
      answered(n.ref, n);
    } else if (n.type === 'message') {
      if (n.item.author.type !== 'customer') {
        typing(false);
      }
      show(n.item);
    } else if (n.type === 'subscribed') {
      // The broker has the subscription: what was pushed before it, read now.
      fetchMessages(false).catch(function (error) { if (error.status === 401) { forget(); } });
    } else if (n.type === 'ended') {
      state.ended = true;
      save();
      ended();
    } else if (n.type === 'typing') {
      typing(n.typing);
    } else if (n.type === 'watching') {
      say('viewing', { page: location.href });
    } else if (n.type === 'read') {
      // Read up to n.id: the visitor's last message at or before it carries the mark.
      var target = null;
      Array.prototype.some.call(ui.log.children, function (item) {
        if (item.classList.contains('customer')) {
          target = item;
        }
        return item.getAttribute('data-id') === n.id;
      });
      if (target) {
        target.appendChild(ui.read);
      }
    }
  }

  function typing(on) {
    clearTimeout(typingHide);
    ui.typing.hidden = !on;
    if (on) {
      typingHide = setTimeout(function () { ui.typing.hidden = true; }, 8000);
    }
  }

  function forget() {
    clearTimeout(timer);
    timer = null;
    if (tabs) {
      tabs.close();
      tabs = null;
    }
    var closing = socket;
    socket = null;
    live = false;
    if (closing) {
      closing.close();
    }
    state = { locale: locale, open: state.open };
    save();
  }

  function show(message) {
    if (seen[message.id]) {
      return;
    }
    seen[message.id] = true;
    if (message.author.type !== 'customer' || message.language) {
      state.last = message.id;
      save();
    }
    var own = message.author.type === 'customer';
    var item = el('li', { 'class': 'message ' + message.author.type, 'data-id': message.id });
    var fromBot = message.author.type === 'bot';
    item.appendChild(el('span', { 'class': 'who' }, own ? texts.you : fromBot ? texts.bot : texts.team));
    var body = own ? el('p', { 'class': 'text', dir: 'auto' }, message.text)
      : linked(el('p', { 'class': 'text', dir: 'auto' }), message.text);
    if (message.language) {
      body.setAttribute('lang', message.language);
    }
    item.appendChild(body);
    if (message.machineTranslated && message.original) {
      var original = el('p', { 'class': 'original', dir: 'auto', lang: message.original.language, hidden: '' },
        message.original.text);
      var toggleOriginal = el('button', { type: 'button', 'class': 'show-original', 'aria-expanded': 'false' },
        texts.machineTranslated + ' · ' + texts.showOriginal);
      toggleOriginal.addEventListener('click', function () {
        var showing = original.hidden;
        original.hidden = !showing;
        toggleOriginal.setAttribute('aria-expanded', String(showing));
        toggleOriginal.textContent = texts.machineTranslated + ' · ' + (showing ? texts.hideOriginal : texts.showOriginal);
      });
      item.appendChild(toggleOriginal);
      item.appendChild(original);
    }
    if (message.attachments && message.attachments.length) {
      var files = el('ul', { 'class': 'files' });
      message.attachments.forEach(function (file) {
        var li = el('li');
        var link = el('button', { type: 'button', 'class': 'file', dir: 'auto' }, file.name);
        link.setAttribute('aria-label', texts.download + ' ' + file.name + ' (' + Math.max(1, Math.round(file.size / 1024)) + ' KB)');
        link.addEventListener('click', function () { download(file); });
        li.appendChild(link);
        files.appendChild(li);
      });
      item.appendChild(files);
    }
    if (fromBot && message.bot) {
      botMarks(item, message);
    }
    ui.log.appendChild(item);
    ui.log.scrollTop = ui.log.scrollHeight;
  }

  // The bot (i14-chatbot): its answers' links, "Was this helpful?", and the way to a person
  // while it answers. The bot's words come from the server in the visitor's language.
  function bot(widget) {
    ui.person = el('button', { type: 'button', 'class': 'person' }, texts.person);
    ui.person.hidden = !widget.bot || state.handedOff;
    ui.panel.insertBefore(ui.person, ui.form);
    ui.person.addEventListener('click', function () {
      ui.person.disabled = true;
      start()
        .then(function () { return request('POST', '/chat/v1/conversations/' + state.conversationId + '/handoff', {}); })
        .then(function () {
          if (!socket && !timer) {
            connect();
          } else {
            fetchMessages(false).catch(function () { /* the next poll or push brings it */ });
          }
        })
        .catch(function (error) { ui.error.textContent = error.message || texts.failed; })
        .then(function () { ui.person.disabled = false; });
    });
  }

  function botMarks(item, message) {
    if (message.bot.handoff) {
      state.handedOff = true;
      save();
      if (ui.person) {
        ui.person.hidden = true;
      }
    } else if (ui.person && !state.handedOff) {
      ui.person.hidden = false;
    }
    if (!message.bot.feedback) {
      return;
    }
    var rate = el('p', { 'class': 'rate', role: 'group', 'aria-label': texts.helpful }, texts.helpful + ' ');
    [[true, texts.yes], [false, texts.no]].forEach(function (choice) {
      var button = el('button', { type: 'button' }, choice[1]);
      button.addEventListener('click', function () {
        request('POST', '/chat/v1/conversations/' + state.conversationId + '/messages/' + message.id + '/feedback',
          { helpful: choice[0] })
          .then(function () {
            rate.textContent = texts.rated;
            if (!choice[0] && !live) {
              fetchMessages(false).catch(function () { /* the next poll or push brings it */ });
            }
          })
          .catch(function (error) { ui.error.textContent = error.message || texts.failed; });
      });
      rate.appendChild(button);
    });
    item.appendChild(rate);
  }

  // The panel's content beyond writing: the shop's colour, the pre-chat form, the email
  // prompt when nobody can answer now, ending the chat and its transcript by email.
  function extend(widget) {
    ui.offline = !widget.availability.staffed;
    if (widget.colour) {
      ui.panel.parentNode.style.setProperty('--meridian-colour', widget.colour);
    }
    ui.notice = el('p', { 'class': 'notice', role: 'status' });
    ui.panel.insertBefore(ui.notice, ui.form);
    ui.actions = el('div', { 'class': 'actions', hidden: '' });
    ui.end = el('button', { type: 'button', 'class': 'end' }, texts.end);
    ui.transcript = el('button', { type: 'button', 'class': 'transcript', hidden: '' }, texts.transcript);
    ui.actions.appendChild(ui.end);
    ui.actions.appendChild(ui.transcript);
    ui.panel.insertBefore(ui.actions, ui.form);
    ui.end.addEventListener('click', endChat);
    ui.transcript.addEventListener('click', transcript);
    var fields = widget.preChat || {};
    var asked = ['name', 'email', 'orderNumber'].filter(function (f) { return fields[f] && fields[f] !== 'off'; });
    if (asked.length && !state.conversationId) {
      buildPreChat(asked, fields);
    }
    if (state.conversationId) {
      offer();
    }
    if (state.ended) {
      ended();
    }
  }

  function field(form, name, label, type, required) {
    var id = 'prechat-' + name;
    var wrap = el('label', { 'for': id });
    wrap.appendChild(el('span', {}, label + (required ? '' : ' ' + texts.optional)));
    var input = el('input', { id: id, name: name, type: type, dir: 'auto', maxlength: name === 'orderNumber' ? '58' : '320' });
    if (required) {
      input.setAttribute('required', '');
      input.setAttribute('aria-required', 'true');
    }
    wrap.appendChild(input);
    form.appendChild(wrap);
  }

  function buildPreChat(asked, fields) {
    ui.prechat = el('form', { 'class': 'prechat', novalidate: '' });
    ui.prechat.appendChild(el('p', {}, texts.prechatIntro));
    var labels = { name: texts.nameLabel, email: texts.emailLabel, orderNumber: texts.orderLabel };
    asked.forEach(function (name) {
      field(ui.prechat, name, labels[name], name === 'email' ? 'email' : 'text', fields[name] === 'required');
    });
    ui.prechat.appendChild(el('button', { type: 'submit' }, texts.start));
    ui.panel.insertBefore(ui.prechat, ui.notice);
    ui.form.hidden = true;
    // Opening the panel focuses the form's first field while the form is there.
    ui.launcher.addEventListener('click', function () {
      if (ui.prechat && ui.prechat.isConnected && !ui.panel.hidden) {
        ui.prechat.querySelector('input').focus();
      }
    });
    ui.prechat.addEventListener('submit', function (event) {
      event.preventDefault();
      var missing = null;
      answers = {};
      Array.prototype.forEach.call(ui.prechat.querySelectorAll('input'), function (input) {
        input.removeAttribute('aria-invalid');
        if (input.value.trim()) {
          answers[input.name] = input.value.trim();
        } else if (input.required && !missing) {
          missing = input;
        }
      });
      if (missing) {
        missing.setAttribute('aria-invalid', 'true');
        ui.error.textContent = texts.required;
        missing.focus();
        return;
      }
      ui.error.textContent = '';
      start().then(function () {
        ui.prechat.remove();
        ui.form.hidden = false;
        ui.input.focus();
        connect();
      }).catch(function (error) { ui.error.textContent = error.message || texts.failed; });
    });
  }

  /** The address form, put in the panel only when asked for (until then the panel has one form). */
  function showEmail() {
    if (!ui.email) {
      buildEmail();
    }
    ui.email.hidden = false;
  }

  function buildEmail() {
    ui.email = el('form', { 'class': 'email' });
    var label = el('label', { 'for': 'continue-email' }, texts.offlinePrompt);
    ui.emailInput = el('input', { id: 'continue-email', name: 'email', type: 'email', autocomplete: 'email',
      required: '', maxlength: '320' });
    ui.email.appendChild(label);
    ui.email.appendChild(ui.emailInput);
    ui.email.appendChild(el('button', { type: 'submit' }, texts.emailSave));
    ui.panel.insertBefore(ui.email, ui.notice);
    ui.email.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!ui.emailInput.value.trim()) {
        return;
      }
      request('PUT', '/chat/v1/conversations/' + state.conversationId + '/email', { email: ui.emailInput.value.trim() })
        .then(function (taken) {
          state.email = taken.outcome;
          save();
          ui.email.hidden = true;
          ui.notice.textContent = taken.note;
        })
        .catch(function (error) { ui.error.textContent = error.message || texts.failed; });
    });
  }

  /** Once there is a conversation: the email prompt if nobody can answer now, and "End chat". */
  function offer() {
    if (!ui.actions) {
      return;
    }
    ui.actions.hidden = false;
    if ((ui.offline || state.ended) && !state.email) {
      showEmail();
    }
  }

  function endChat() {
    request('POST', '/chat/v1/conversations/' + state.conversationId + '/end', {})
      .then(function (done) {
        state.ended = true;
        save();
        ended(done.note);
      })
      .catch(function (error) { ui.error.textContent = error.message || texts.failed; });
  }

  function ended(note) {
    ui.notice.textContent = note || texts.ended;
    ui.form.hidden = true;
    ui.end.hidden = true;
    ui.transcript.hidden = false;
    ui.actions.hidden = false;
    if (!state.email) {
      showEmail();
    }
    askSurvey();
  }

  // The CSAT question in the chat (i15): once the ticket is solved, while the widget is
  // open, the server gives the question in the conversation's language (204: none to ask,
  // e.g. answered by mail already). The answer is posted once; the reply says thanks.
  function askSurvey() {
    if (!state.conversationId || ui.survey) {
      return;
    }
    request('GET', '/chat/v1/conversations/' + state.conversationId + '/survey').then(function (question) {
      if (!question || !question.choices || ui.survey) {
        return;
      }
      ui.survey = el('fieldset', { 'class': 'survey', lang: question.language, dir: question.rtl ? 'rtl' : 'ltr' });
      ui.survey.appendChild(el('legend', {}, question.question));
      var choices = el('div', { 'class': 'choices', role: 'group' });
      question.choices.forEach(function (choice) {
        var button = el('button', { type: 'button', value: choice.value }, choice.label);
        button.addEventListener('click', function () { answerSurvey(choice.value); });
        choices.appendChild(button);
      });
      ui.survey.appendChild(choices);
      ui.panel.insertBefore(ui.survey, ui.notice);
    }).catch(function () { /* no question this time: the mailed survey still asks */ });
  }

  function answerSurvey(value) {
    Array.prototype.forEach.call(ui.survey.querySelectorAll('button'), function (b) { b.disabled = true; });
    request('POST', '/chat/v1/conversations/' + state.conversationId + '/survey', { rating: value })
      .then(function (answered) { done(answered.note); })
      .catch(function (error) {
        if (error.status === 409) {
          done(error.note || error.message);
        } else {
          ui.error.textContent = error.message || texts.failed;
          Array.prototype.forEach.call(ui.survey.querySelectorAll('button'), function (b) { b.disabled = false; });
        }
      });
    function done(note) {
      ui.survey.textContent = '';
      ui.survey.appendChild(el('p', { 'class': 'thanks', role: 'status' }, note));
    }
  }

  function transcript() {
    request('POST', '/chat/v1/conversations/' + state.conversationId + '/transcript', {})
      .then(function (queued) { ui.notice.textContent = queued.note; })
      .catch(function (error) {
        ui.error.textContent = error.message || texts.failed;
        if (error.status === 409) {
          showEmail();
        }
      });
  }

  var CSS = [
    ':host{all:initial}',
    '.frame{position:fixed;inset-block-end:20px;inset-inline-end:20px;z-index:2147483000;font:15px/1.4 system-ui,sans-serif;color:#1b1b1f}',
    '.launcher{display:block;margin-inline-start:auto;width:56px;height:56px;border-radius:50%;border:0;background:#1d4ed8;color:#fff;font-size:24px;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.3)}',
    '.launcher:focus-visible,button:focus-visible,textarea:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}',
    '.panel{display:flex;flex-direction:column;width:min(360px,calc(100vw - 40px));height:min(520px,calc(100vh - 120px));margin-block-end:12px;background:#fff;border-radius:12px;box-shadow:0 4px 24px rgba(0,0,0,.25);overflow:hidden}',
    '.panel[hidden]{display:none}',
    'header{display:flex;align-items:center;justify-content:space-between;padding:12px 16px;background:#1d4ed8;color:#fff}',
    'h2{margin:0;font-size:17px}',
    '.close{border:0;background:none;color:#fff;font-size:24px;cursor:pointer;padding-inline:8px}',
    '.availability{margin:0;padding:8px 16px;background:#f1f5f9;font-size:13px;color:#334155}',
    '.availability.staffed::before{content:"● ";color:#15803d}',
    '.log{flex:1;overflow-y:auto;margin:0;padding:12px 16px;list-style:none}',
    '.message{margin-block-end:10px;max-width:85%}',
    '.message.customer{margin-inline-start:auto;text-align:end}',
    '.message .text{margin:0;padding:8px 12px;border-radius:12px;background:#e2e8f0;white-space:pre-wrap;overflow-wrap:anywhere;text-align:start;display:inline-block}',
    '.message.customer .text{background:#1d4ed8;color:#fff}',
    '.who{display:block;font-size:12px;color:#475569}',
    '.greeting{padding:8px 12px;border-radius:12px;background:#e2e8f0}',
    '.show-original{display:block;border:0;background:none;padding:2px 0;font-size:12px;color:#1d4ed8;cursor:pointer;text-decoration:underline}',
    '.original{margin:0;padding:6px 12px;font-size:13px;color:#334155;border-inline-start:3px solid #cbd5e1;white-space:pre-wrap}',
    '.typing{margin:0;padding:0 16px 4px;font-size:13px;color:#475569;font-style:italic}',
    '.typing[hidden]{display:none}',
    '.read{display:block;font-size:11px;color:#475569}',
    '.error{margin:0;padding:0 16px;color:#b91c1c;font-size:13px}',
    '.error:empty{display:none}',
    '.composer{display:flex;gap:8px;padding:12px 16px;border-block-start:1px solid #e2e8f0}',
    'textarea{flex:1;resize:none;font:inherit;padding:8px;border:1px solid #94a3b8;border-radius:8px}',
    '.composer button{border:0;border-radius:8px;background:#1d4ed8;color:#fff;padding-inline:14px;cursor:pointer}',
    '.composer button:disabled{opacity:.6}',
    '.launcher,header,.composer button,.message.customer .text,.prechat button,.email button{background:var(--meridian-colour,#1d4ed8)}',
    '.prechat,.email{display:flex;flex-direction:column;gap:6px;padding:12px 16px;border-block-start:1px solid #e2e8f0;font-size:14px}',
    '.prechat p{margin:0}',
    '.prechat label,.email label{display:flex;flex-direction:column;gap:2px}',
    '.prechat input,.email input{font:inherit;padding:6px 8px;border:1px solid #94a3b8;border-radius:8px}',
    '.prechat input[aria-invalid=true]{border-color:#b91c1c}',
    '.prechat button,.email button{align-self:flex-end;border:0;border-radius:8px;color:#fff;padding:6px 14px;cursor:pointer}',
    '.prechat[hidden],.email[hidden],.actions[hidden],.composer[hidden],.actions button[hidden]{display:none}',
    '.notice{margin:0;padding:0 16px;font-size:13px;color:#14532d}',
    '.notice:empty{display:none}',
    '.message.bot .text a{color:#1d4ed8}',
    '.rate{margin:4px 0 0;font-size:13px;color:#334155}',
    '.rate button{margin-inline-start:6px;border:1px solid #94a3b8;border-radius:8px;background:#fff;padding:2px 10px;cursor:pointer}',
    '.person{margin:4px 16px;align-self:flex-start;border:1px solid #94a3b8;border-radius:8px;background:#fff;padding:4px 10px;font-size:13px;cursor:pointer}',
    '.person[hidden]{display:none}',
    '.actions{display:flex;gap:8px;justify-content:flex-end;padding:4px 16px}',
    '.actions button{border:1px solid #94a3b8;border-radius:8px;background:#fff;color:#1b1b1f;padding:4px 10px;font-size:13px;cursor:pointer}',
    'input:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}',
    '.composer .attach{background:none;color:#1b1b1f;border:1px solid #94a3b8;padding-inline:8px}',
    '.text a{color:inherit;text-decoration:underline}',
    '.files{list-style:none;margin:4px 0 0;padding:0}',
    '.file{border:0;background:none;padding:0;color:#1d4ed8;text-decoration:underline;cursor:pointer;font:inherit;font-size:13px}',
    '.file::before{content:"📎 "}',
    '.survey{margin:0;padding:8px 16px;border:0;border-block-start:1px solid #e2e8f0;font-size:14px}',
    '.survey legend{padding:0;margin-block-end:6px}',
    '.survey .choices{display:flex;flex-wrap:wrap;gap:6px}',
    '.survey button{border:1px solid #94a3b8;border-radius:8px;background:#fff;color:#1b1b1f;padding:4px 10px;font-size:13px;cursor:pointer}',
    '.survey button:disabled{opacity:.6}',
    '.survey .thanks{margin:0;color:#14532d}'
  ].join('');
}());
