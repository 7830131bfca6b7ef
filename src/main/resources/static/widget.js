/*
 * Meridian's chat widget. A shop embeds it with one tag:
 *
 *   <script src="https://support.example/widget.js" async
 *           data-locale="ar"                      (optional: else the browser's languages)
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
  var POLL_MS = 3000;

  var state = read();
  var locale = data.locale || state.locale || (navigator.languages && navigator.languages[0]) || navigator.language || '';
  var zone = '';
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { /* no zone: UTC */ }

  var texts = {};
  var seen = {};
  var timer = null;
  var ui = {};
  var loaded = false;

  request('GET', '/chat/v1/widget?locale=' + encodeURIComponent(locale) + '&zone=' + encodeURIComponent(zone))
    .then(function (widget) {
      texts = widget.texts;
      build(widget);
      if (state.conversationId) {
        poll();
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
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (state.token) {
      headers['Authorization'] = 'Visitor ' + state.token;
    }
    return fetch(base + path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (json) {
          if (!response.ok) {
            var error = new Error(json.note || json.detail || response.statusText);
            error.status = response.status;
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
    ui.error = el('p', { 'class': 'error', role: 'alert' });
    ui.panel.appendChild(ui.error);
    ui.form = el('form', { 'class': 'composer' });
    ui.input = el('textarea', { name: 'text', rows: '2', dir: 'auto', maxlength: '4000', 'aria-label': texts.placeholder,
      placeholder: texts.placeholder });
    ui.send = el('button', { type: 'submit' }, texts.send);
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
    var body = { locale: locale || undefined, page: location.href };
    if (data.identityEmail && data.identitySignature) {
      body.identity = { email: data.identityEmail, signature: data.identitySignature };
    }
    return request('POST', '/chat/v1/conversations', body).then(function (started) {
      state = { conversationId: started.conversationId, token: started.visitorToken, locale: locale, open: true };
      save();
    });
  }

  function send(text) {
    text = text.trim();
    if (!text) {
      return;
    }
    ui.error.textContent = '';
    ui.send.disabled = true;
    start()
      .then(function () {
        return request('POST', '/chat/v1/conversations/' + state.conversationId + '/messages', { text: text, page: location.href });
      })
      .then(function (created) {
        ui.input.value = '';
        show({ id: created.id, author: { type: 'customer' }, text: text, language: '' });
        schedule(0);
      })
      .catch(function (error) {
        if (error.status === 401) {
          forget();
        }
        ui.error.textContent = error.message || texts.failed;
      })
      .then(function () { ui.send.disabled = false; });
  }

  function poll() {
    // The first poll of a page reads the whole conversation: a reload shows it all again.
    var after = loaded && state.last ? '?after=' + encodeURIComponent(state.last) : '';
    request('GET', '/chat/v1/conversations/' + state.conversationId + '/messages' + after)
      .then(function (page) {
        loaded = true;
        page.items.forEach(show);
        schedule(POLL_MS);
      })
      .catch(function (error) {
        if (error.status === 401) {
          forget();
        } else if (error.status === 400 && state.last) {
          state.last = null;
          schedule(0);
        } else {
          schedule(POLL_MS * 3);
        }
      });
  }

  function schedule(delay) {
    clearTimeout(timer);
    if (state.conversationId) {
      timer = setTimeout(poll, delay);
    }
  }

  function forget() {
    clearTimeout(timer);
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
    item.appendChild(el('span', { 'class': 'who' }, own ? texts.you : texts.team));
    var body = el('p', { 'class': 'text', dir: 'auto' }, message.text);
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
    ui.log.appendChild(item);
    ui.log.scrollTop = ui.log.scrollHeight;
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
    '.error{margin:0;padding:0 16px;color:#b91c1c;font-size:13px}',
    '.error:empty{display:none}',
    '.composer{display:flex;gap:8px;padding:12px 16px;border-block-start:1px solid #e2e8f0}',
    'textarea{flex:1;resize:none;font:inherit;padding:8px;border:1px solid #94a3b8;border-radius:8px}',
    '.composer button{border:0;border-radius:8px;background:#1d4ed8;color:#fff;padding-inline:14px;cursor:pointer}',
    '.composer button:disabled{opacity:.6}'
  ].join('');
}());
