// Macros in the reply box: the arrow keys move through the search's results, and an
// inserted macro's text goes into the reply (on a line of its own after what is already
// written) with the macro's status preselected for sending.
document.addEventListener('keydown', function (event) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  var inSearch = event.target.id === 'macro-q';
  var inList = event.target.closest && event.target.closest('#macro-results');
  if (!inSearch && !inList) return;
  var buttons = Array.prototype.slice.call(document.querySelectorAll('#macro-results .macro-button'));
  if (!buttons.length) return;
  event.preventDefault();
  var index = buttons.indexOf(event.target);
  var next = event.key === 'ArrowDown' ? index + 1 : index - 1;
  if (next < 0) { document.getElementById('macro-q').focus(); return; }
  buttons[Math.min(next, buttons.length - 1)].focus();
});

document.addEventListener('htmx:afterSwap', function (event) {
  if (!event.target || event.target.id !== 'macro-inserted') return;
  var inserted = event.target.querySelector('.macro-text');
  var reply = document.getElementById('reply-body');
  if (!inserted || !reply) return;
  var text = inserted.getAttribute('data-text');
  // A macro is a whole reply: it replaces the greeting-and-closing draft nobody typed in.
  if (reply.hasAttribute('data-draft') && reply.value === reply.getAttribute('data-draft')) reply.value = '';
  // The macro is already in the customer's language: it is sent as written, not
  // translated from the agent's language.
  var writtenIn = document.querySelector('form.reply input[name=writtenIn]');
  if (writtenIn && !reply.value.trim()) writtenIn.value = inserted.getAttribute('data-language');
  reply.value = reply.value + (reply.value && !/\n$/.test(reply.value) ? '\n\n' : '') + text;
  var status = inserted.getAttribute('data-status');
  var select = document.querySelector('form.reply select[name=status]');
  if (status && select) select.value = status;
  reply.dispatchEvent(new Event('input', { bubbles: true }));
  reply.focus();
});
