// "Insert into reply" on a panel (e.g. the customs explanation of a shipment) puts the
// button's text at the end of the reply being written, on a line of its own.
document.addEventListener('click', function (event) {
  var button = event.target.closest && event.target.closest('.insert-text');
  if (!button) return;
  var reply = document.getElementById('reply-body');
  if (!reply) return;
  var text = button.getAttribute('data-text');
  reply.value = reply.value + (reply.value && !/\n$/.test(reply.value) ? '\n\n' : '') + text;
  reply.focus();
});
