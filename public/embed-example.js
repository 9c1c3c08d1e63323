// Host side of the Thaw Monitor embed protocol (see the README).
(function () {
  var params = new URLSearchParams(window.location.search);
  var app = new URL(params.get('app') || '/', window.location.href);
  app.searchParams.set('mode', 'embed');
  if (!app.searchParams.has('panels')) app.searchParams.set('panels', 'map,topics,thaw,events');
  var frame = document.getElementById('thaw-frame');
  frame.src = app.href;

  window.addEventListener('message', function (event) {
    // Only listen to the dashboard's own frame.
    if (event.origin !== app.origin || event.source !== frame.contentWindow) return;
    var message = event.data;
    if (!message || typeof message.type !== 'string') return;
    if (message.type === 'thaw-monitor:height' && typeof message.height === 'number' && isFinite(message.height)) {
      var height = Math.max(200, Math.min(5000, Math.ceil(message.height)));
      frame.style.height = height + 'px';
      document.getElementById('height').textContent = height + ' px';
    } else if (message.type === 'thaw-monitor:filters') {
      document.getElementById('filters').textContent = JSON.stringify(message.filters);
    }
  });

  document.querySelectorAll('[data-filters]').forEach(function (button) {
    button.addEventListener('click', function () {
      var filters = JSON.parse(button.getAttribute('data-filters'));
      frame.contentWindow.postMessage({ type: 'thaw-monitor:set-filters', filters: filters }, app.origin);
    });
  });
})();
