// Order numbers written in a conversation ("my order TW-4818902") become links to the
// order on the customer's page. Only the numbers of this customer's own orders, which
// the 360's orders panel lists, are linked; text is matched in text nodes only, so the
// sanitized message HTML is never re-parsed.
document.addEventListener('DOMContentLoaded', function () {
  var panel = document.querySelector('section.customer-orders[data-customer-page]');
  if (!panel) return;
  var page = panel.getAttribute('data-customer-page');
  var numbers = Array.prototype.map.call(panel.querySelectorAll('li[data-order]'), function (li) {
    return li.getAttribute('data-order');
  }).filter(function (n) { return n && n.length >= 3; });
  if (numbers.length === 0) return;
  numbers.sort(function (a, b) { return b.length - a.length; });
  var escaped = numbers.map(function (n) { return n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); });
  var pattern = new RegExp('(^|[^\\w-])(' + escaped.join('|') + ')(?![\\w-])', 'g');
  document.querySelectorAll('article.message .body').forEach(function (body) {
    var walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    var nodes = [];
    while (walker.nextNode()) {
      if (!walker.currentNode.parentNode.closest('a')) nodes.push(walker.currentNode);
    }
    nodes.forEach(function (node) {
      var text = node.nodeValue;
      pattern.lastIndex = 0;
      if (!pattern.test(text)) return;
      pattern.lastIndex = 0;
      var fragment = document.createDocumentFragment();
      var last = 0;
      var match;
      while ((match = pattern.exec(text)) !== null) {
        var start = match.index + match[1].length;
        fragment.appendChild(document.createTextNode(text.slice(last, start)));
        var link = document.createElement('a');
        link.className = 'order-link';
        link.href = page + '#order-' + encodeURIComponent(match[2]);
        link.textContent = match[2];
        fragment.appendChild(link);
        last = start + match[2].length;
      }
      fragment.appendChild(document.createTextNode(text.slice(last)));
      node.parentNode.replaceChild(fragment, node);
    });
  });
});
