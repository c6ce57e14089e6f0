/*
 * Live updates: keeps the open page's figures current without a reload. Progressive
 * enhancement: every page is whole without it (and without JavaScript), this only
 * changes what the page already shows. A file of its own: the Content-Security-Policy
 * forbids inline scripts.
 *
 * One STOMP connection over a WebSocket at /ws, signed in by the page session's cookie;
 * its CONNECT frame carries the session's CSRF token from the page's <meta> tags (the
 * server refuses a CONNECT without it). The page subscribes only to what it shows:
 *   /topic/stock-levels        cells marked data-live-level="product:warehouse" (on hand),
 *                              data-live-reserved and data-live-available (the same key),
 *                              data-live-low="product:warehouse" (the low-stock and
 *                              shortage badges: available below zero),
 *                              data-live-total="product" (a product's total), and regions
 *                              marked data-live-region (re-read from the server);
 *   /user/queue/imports        a progress bar marked data-live-import="id";
 *   /user/queue/notifications  the header's unread count, on every signed-in page.
 * STOMP is a few lines of text per frame, so a client library is not worth its weight.
 */
(function () {
  'use strict';

  var csrf = document.querySelector('meta[name="live-csrf"]');
  var csrfHeader = document.querySelector('meta[name="live-csrf-header"]');
  if (!csrf || !csrfHeader || !window.WebSocket) {
    return;
  }
  var HEARTBEAT_MS = 25000;
  var NUMBER = new Intl.NumberFormat('en');

  var wantsStock = document.querySelector('[data-live-level], [data-live-region]') !== null;
  var importBar = document.querySelector('[data-live-import]');
  var socket = null;
  var connected = false;
  var retryMs = 1000;
  var heartbeat = null;
  // The newest figures shown per level, by the level's version (a reservation changes
  // the figures without a ledger row): they arrive in any order across instances.
  var sequences = {};

  function frame(command, headers, body) {
    var text = command + '\n';
    Object.keys(headers).forEach(function (name) {
      text += name + ':' + headers[name] + '\n';
    });
    return text + '\n' + (body || '') + '\u0000';
  }

  function connect() {
    var scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    socket = new WebSocket(scheme + '//' + location.host + '/ws');
    socket.onopen = function () {
      var headers = { 'accept-version': '1.2', host: location.hostname, 'heart-beat': HEARTBEAT_MS + ',' + HEARTBEAT_MS };
      headers[csrfHeader.content] = csrf.content;
      socket.send(frame('CONNECT', headers));
    };
    socket.onmessage = function (event) {
      String(event.data).split('\u0000').forEach(received);
    };
    socket.onclose = function () {
      var wasConnected = connected;
      connected = false;
      document.documentElement.removeAttribute('data-live');
      clearInterval(heartbeat);
      // Try again, waiting longer each time up to half a minute; what was missed
      // meanwhile is read afresh once connected again.
      setTimeout(function () { connect(); if (wasConnected) { refreshRegions(); } }, retryMs);
      retryMs = Math.min(retryMs * 2, 30000);
    };
  }

  function received(text) {
    var raw = text.replace(/^[\r\n]+/, '');
    if (!raw) {
      return; // a heartbeat
    }
    var split = raw.indexOf('\n\n');
    var head = (split < 0 ? raw : raw.slice(0, split)).split('\n');
    var body = split < 0 ? '' : raw.slice(split + 2);
    var headers = {};
    head.slice(1).forEach(function (line) {
      var colon = line.indexOf(':');
      if (colon > 0 && !(line.slice(0, colon) in headers)) {
        headers[line.slice(0, colon)] = line.slice(colon + 1);
      }
    });
    if (head[0] === 'CONNECTED') {
      connected = true;
      retryMs = 1000;
      // Tests and styles can tell a live page from one that is not (yet).
      document.documentElement.setAttribute('data-live', 'connected');
      heartbeat = setInterval(function () { socket.send('\n'); }, HEARTBEAT_MS);
      subscribe('notifications', '/user/queue/notifications');
      if (wantsStock) {
        subscribe('stock', '/topic/stock-levels');
      }
      if (importBar) {
        subscribe('imports', '/user/queue/imports');
      }
    }
    else if (head[0] === 'MESSAGE') {
      var message;
      try {
        message = JSON.parse(body);
      }
      catch (e) {
        return;
      }
      if (headers.subscription === 'stock') {
        stockChanged(message.levels || []);
      }
      else if (headers.subscription === 'imports') {
        importProgressed(message);
      }
      else if (headers.subscription === 'notifications') {
        unreadChanged(message);
      }
    }
  }

  function subscribe(id, destination) {
    socket.send(frame('SUBSCRIBE', { id: id, destination: destination }));
  }

  function stockChanged(levels) {
    var missing = false;
    var totals = {};
    levels.forEach(function (level) {
      var key = level.productId + ':' + level.warehouseId;
      if (sequences[key] !== undefined && sequences[key] >= level.sequence) {
        return;
      }
      sequences[key] = level.sequence;
      var cells = document.querySelectorAll('[data-live-level="' + key + '"]');
      cells.forEach(function (cell) {
        cell.textContent = NUMBER.format(level.onHand);
        flash(cell);
      });
      ['reserved', 'available'].forEach(function (figure) {
        document.querySelectorAll('[data-live-' + figure + '="' + key + '"]').forEach(function (cell) {
          cell.textContent = NUMBER.format(level[figure]);
          flash(cell);
        });
      });
      document.querySelectorAll('[data-live-low="' + key + '"]').forEach(function (cell) {
        cell.querySelectorAll('.low-stock').forEach(function (badge) { badge.hidden = !level.lowStock; });
        cell.querySelectorAll('.shortage').forEach(function (badge) { badge.hidden = !(level.available < 0); });
      });
      if (document.querySelector('[data-live-total="' + level.productId + '"]')) {
        totals[level.productId] = true;
        missing = missing || cells.length === 0;
      }
    });
    Object.keys(totals).forEach(function (productId) {
      var sum = 0;
      document.querySelectorAll('[data-live-level^="' + productId + ':"]').forEach(function (cell) {
        sum += parseInt(cell.textContent.replace(/[^0-9-]/g, ''), 10) || 0;
      });
      document.querySelectorAll('[data-live-total="' + productId + '"]').forEach(function (total) {
        total.textContent = NUMBER.format(sum);
        flash(total);
      });
    });
    // A level the page does not show yet (a first receipt into a warehouse), or figures
    // only the server can work out (the dashboard's): read those parts of the page afresh.
    if (missing || document.querySelector('[data-live-region="stock"]')) {
      refreshSoon();
    }
  }

  var refreshTimer = null;
  function refreshSoon() {
    if (refreshTimer === null) {
      refreshTimer = setTimeout(function () { refreshTimer = null; refreshRegions(); }, 500);
    }
  }

  function refreshRegions() {
    var regions = document.querySelectorAll('[data-live-region][id]');
    if (regions.length === 0) {
      return;
    }
    fetch(location.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html === null) {
          return;
        }
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        regions.forEach(function (region) {
          var replacement = fresh.getElementById(region.id);
          if (replacement) {
            region.replaceWith(document.importNode(replacement, true));
          }
        });
      })
      .catch(function () { /* the next update tries again */ });
  }

  function importProgressed(progress) {
    if (!importBar || String(progress.id) !== importBar.getAttribute('data-live-import')) {
      return;
    }
    if (progress.status !== 'RUNNING') {
      location.reload(); // the finished page shows the counts and errors
      return;
    }
    importBar.max = progress.total;
    importBar.value = progress.processed;
    importBar.textContent = progress.percent + '%';
    var text = document.querySelector('[data-live-import-text]');
    if (text) {
      text.textContent = NUMBER.format(progress.processed) + ' of ' + NUMBER.format(progress.total) + ' rows ('
        + progress.percent + '%).';
    }
  }

  function unreadChanged(message) {
    var link = document.querySelector('.notifications-link');
    if (!link) {
      return;
    }
    var badge = link.querySelector('.unread-count');
    if (message.unreadCount > 0) {
      if (!badge) {
        badge = document.createElement('span');
        badge.className = 'badge rounded-pill text-bg-danger unread-count';
        var words = document.createElement('span');
        words.className = 'visually-hidden';
        words.textContent = ' unread';
        link.appendChild(document.createTextNode(' '));
        link.appendChild(badge);
        link.appendChild(words);
      }
      badge.textContent = message.unreadCount;
      flash(badge);
    }
    else if (badge) {
      if (badge.nextSibling) {
        badge.nextSibling.remove();
      }
      badge.remove();
    }
  }

  function flash(element) {
    element.classList.remove('live-updated');
    void element.offsetWidth; // restarts the animation
    element.classList.add('live-updated');
  }

  // Without a connection, a page that follows work in progress falls back to reloading.
  var fallback = document.querySelector('meta[name="live-fallback-refresh"]');
  if (fallback) {
    setInterval(function () { if (!connected) { location.reload(); } }, Math.max(2, +fallback.content) * 1000);
  }

  connect();
}());
