// Live preview of an article while it is edited: the form is sent to the preview address a moment after typing
// stops, and the reader's view of the article is shown below the form. Without JavaScript the Preview button
// opens the same view in another tab.
(function () {
  'use strict';
  var button = document.querySelector('[data-live-preview]');
  var section = document.querySelector('.live-preview');
  if (!button || !section || !window.fetch || !window.DOMParser) {
    return;
  }
  var form = button.form;
  var body = section.querySelector('.live-preview-body');
  var timer = null;
  var running = null;

  function refresh() {
    if (running) {
      running.abort();
    }
    running = new AbortController();
    fetch(button.getAttribute('data-live-preview'), {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      credentials: 'same-origin',
      signal: running.signal
    }).then(function (response) {
      return response.text();
    }).then(function (html) {
      var doc = new DOMParser().parseFromString(html, 'text/html');
      var content = doc.querySelector('article') || doc.querySelector('main');
      if (content) {
        body.replaceChildren(document.importNode(content, true));
        section.hidden = false;
      }
    }).catch(function () { /* a newer request replaced this one, or the network failed: keep the last view */ });
  }

  form.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(refresh, 800);
  });
  refresh();
})();
