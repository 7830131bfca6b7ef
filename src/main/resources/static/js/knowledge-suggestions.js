// "Insert link" on a suggested article puts the article's address into the reply being written.
document.addEventListener('click', function (event) {
  var button = event.target.closest && event.target.closest('.insert-link');
  if (!button) return;
  var reply = document.getElementById('reply-body');
  if (!reply) return;
  var link = window.location.origin + button.getAttribute('data-link');
  reply.value = reply.value + (reply.value && !/\s$/.test(reply.value) ? '\n' : '') + link;
  reply.focus();
});
