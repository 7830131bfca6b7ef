/*
 * The agents' live console: on a chat ticket's screen, new messages appear without a
 * reload (each notice fetches the conversation again, rendered by the server), the
 * visitor's typing and page show, and the agent's typing reaches the visitor; on the
 * inbox, chat activity refreshes the list. STOMP over the workspace's WebSocket
 * (/app/ws), the session's CSRF token in CONNECT.
 */
(function () {
  'use strict';
  // "Insert" on an article link: its title and address go at the end of the reply.
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('.insert-article-link');
    var box = document.getElementById('reply-body');
    if (!button || !box) {
      return;
    }
    box.value += (box.value && !/\s$/.test(box.value) ? '\n' : '') + button.getAttribute('data-text');
    box.focus();
  });
  var live = document.getElementById('live');
  if (!live || !window.WebSocket) {
    return;
  }
  var ticket = live.dataset.ticket;
  var socket = null;
  var typingSentAt = 0;
  var typingHide = null;
  var retry = 1000;

  function frame(command, headers, body) {
    var text = command + '\n';
    Object.keys(headers).forEach(function (name) { text += name + ':' + headers[name] + '\n'; });
    socket.send(text + '\n' + (body || '') + '\0');
  }

  function say(what, body) {
    if (socket && socket.readyState === 1 && ticket) {
      frame('SEND', { destination: '/live/ticket.' + ticket + '.' + what, 'content-type': 'application/json' },
        JSON.stringify(body));
    }
  }

  function lastMessageId() {
    var messages = document.querySelectorAll('#conversation-messages article.message');
    var last = messages[messages.length - 1];
    return last ? last.id.replace('message-', '') : null;
  }

  // One refresh of a part at a time: a notice that comes while one is on its way asks for
  // another once it has landed. (htmx would queue the second on the element the first
  // replaces, and answer it into the detached one: the new message never showed.)
  var refreshing = {};

  function refresh(selector, then) {
    if (!window.htmx) {
      return;
    }
    if (refreshing[selector]) {
      refreshing[selector].again = true;
      return;
    }
    var state = refreshing[selector] = { again: false, done: false };
    function landed() {
      if (state.done) {
        return;
      }
      state.done = true;
      delete refreshing[selector];
      if (state.again) {
        refresh(selector, then);
      }
    }
    // a request that never answers must not stop every later refresh
    setTimeout(landed, 15000);
    window.htmx.ajax('GET', location.pathname + location.search, { target: selector, select: selector, swap: 'outerHTML' })
      .then(function () {
        (then || function () {})();
        landed();
      }, landed);
  }

  function read() {
    var id = lastMessageId();
    if (id && document.visibilityState === 'visible') {
      say('read', { message: id });
    }
  }

  function notice(n) {
    if (ticket) {
      if (n.type === 'message') {
        showTyping(false);
        refresh('#conversation-messages', read);
      } else if (n.type === 'typing') {
        showTyping(n.typing);
      } else if (n.type === 'viewing') {
        var viewing = document.getElementById('live-viewing');
        viewing.querySelector('.page').textContent = n.page;
        viewing.hidden = false;
      }
    } else if (document.getElementById('results')) {
      refresh('#results');
      var badge = document.getElementById('live-chats');
      badge.hidden = false;
    }
  }

  function showTyping(on) {
    var typing = document.getElementById('live-typing');
    clearTimeout(typingHide);
    typing.hidden = !on;
    if (on) {
      typingHide = setTimeout(function () { typing.hidden = true; }, 8000);
    }
  }

  function connect() {
    var ws = new WebSocket(location.origin.replace(/^http/, 'ws') + '/app/ws', ['v12.stomp']);
    var buffer = '';
    var beat = null;
    socket = ws;
    ws.onopen = function () {
      var headers = { 'accept-version': '1.2', host: location.host, 'heart-beat': '10000,0' };
      headers[live.dataset.csrfHeader] = live.dataset.csrfToken;
      frame('CONNECT', headers);
    };
    ws.onmessage = function (event) {
      buffer += event.data;
      var end;
      while ((end = buffer.indexOf('\0')) >= 0) {
        var text = buffer.slice(0, end).replace(/^[\r\n]+/, '');
        buffer = buffer.slice(end + 1);
        var command = text.slice(0, text.indexOf('\n'));
        if (command === 'CONNECTED') {
          retry = 1000;
          live.dataset.connected = 'true';
          beat = setInterval(function () { if (ws.readyState === 1) { ws.send('\n'); } }, 10000);
          frame('SUBSCRIBE', { id: 'live', destination: ticket ? '/topic/ticket.' + ticket : '/topic/chats' });
          if (ticket) {
            say('watching', {});
            // What came while the page loaded or the socket was away.
            refresh('#conversation-messages', read);
          }
        } else if (command === 'MESSAGE') {
          try { notice(JSON.parse(text.slice(text.indexOf('\n\n') + 2))); } catch (e) { /* not ours */ }
        }
      }
    };
    ws.onclose = function () {
      clearInterval(beat);
      delete live.dataset.connected;
      socket = null;
      // Signed out or the server restarting: try again, less and less often.
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 30000);
    };
  }

  var reply = document.getElementById('reply-body');
  if (ticket && reply) {
    reply.addEventListener('input', function () {
      if (Date.now() - typingSentAt > 3000) {
        typingSentAt = Date.now();
        say('typing', { typing: true });
      }
    });
    reply.form.addEventListener('submit', function () { say('typing', { typing: false }); });
  }
  document.addEventListener('visibilitychange', read);
  connect();
}());
