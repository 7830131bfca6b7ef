// Copies the widget's embed tag on the chat settings screen (no inline script: the CSP allows none).
(function () {
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button[data-copy]');
    if (!button || !navigator.clipboard) return;
    var source = document.querySelector(button.dataset.copy);
    if (source) navigator.clipboard.writeText(source.textContent);
  });
})();
