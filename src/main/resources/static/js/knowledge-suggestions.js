// "Insert link" on a suggested article puts the article's address into the reply being written.
document.addEventListener('click', function (event) {
  var button = event.target.closest && event.target.closest('.insert-link');
  if (!button) return;
  var reply = document.getElementById('reply-body');
  if (!reply) return;
  var link = window.location.origin + button.getAttribute('data-link');
  var draft = reply.getAttribute('data-draft');
  if (draft && reply.value === draft && draft.indexOf('\n\n\n\n') >= 0) {
    // Untouched greeting-and-closing draft: the link goes between them.
    reply.value = draft.replace('\n\n\n\n', '\n\n' + link + '\n\n');
  } else {
    reply.value = reply.value + (reply.value && !/\s$/.test(reply.value) ? '\n' : '') + link;
  }
  reply.focus();
});
