/* Reading progress: the page tells the server whether it is visible and which sections are on screen, when that
   changes and every few seconds (data-report) while the reader is active. The server times the gaps with its own
   clock and decides what is read; this script sends no durations. The server answers with the progress panel in JSON,
   from which the contents, the bar and the section ends are updated. Plain script, no library. */
(function () {
  var module = document.getElementById('module');
  if (!module) {
    return;
  }
  var every = (+module.getAttribute('data-report') || 30) * 1000;
  var order = {}, shown = [], first = 1, active = Date.now(), on = false, timer = null;
  var sections = document.querySelectorAll('.module-section');
  // A table wider than a phone scrolls sideways (academy.css): it takes the keyboard focus, so that it can be
  // scrolled without a mouse too.
  module.querySelectorAll('table').forEach(function (t) { t.tabIndex = 0; });
  sections.forEach(function (el, i) { order[el.getAttribute('data-section')] = i; });

  // Visible and touched in the last three minutes: an open tab nobody reads stops counting.
  function reading() {
    return document.visibilityState === 'visible' && Date.now() - active < 180000;
  }
  function send() {
    clearTimeout(timer);
    timer = null;
    on = reading();
    window.academyReadCmd({v: on ? 1 : 0, s: shown.join(' '), n: first});
    first = 0;
  }
  function soon() {
    if (!timer) {
      timer = setTimeout(send, 1500);
    }
  }

  ['scroll', 'wheel', 'touchstart', 'keydown', 'mousemove'].forEach(function (type) {
    window.addEventListener(type, function () { active = Date.now(); }, {passive: true});
  });
  document.addEventListener('visibilitychange', send);
  setInterval(function () {
    if (reading() || on) {
      send();
    }
  }, every);

  if ('IntersectionObserver' in window) {
    var seen = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        var key = e.target.getAttribute('data-section'), at = shown.indexOf(key);
        if (e.isIntersecting && at < 0) {
          shown.push(key);
        } else if (!e.isIntersecting && at >= 0) {
          shown.splice(at, 1);
        }
      });
      shown.sort(function (a, b) { return order[a] - order[b]; });
      soon();
    });
    sections.forEach(function (el) { seen.observe(el); });
  } else {
    shown = Object.keys(order);
    soon();
  }

  // The section ends follow the contents, which say what this officer has read (the body is the same for everyone).
  function markEnds() {
    document.querySelectorAll('#toc li[data-section]').forEach(function (li) {
      var end = document.querySelector('.section-end[data-section="' + li.getAttribute('data-section') + '"]');
      if (end) {
        end.classList[li.classList.contains('read') ? 'add' : 'remove']('done');
      }
    });
  }
  function text(id, value) {
    var el = document.getElementById(id);
    if (el) {
      el.textContent = value;
    }
  }
  function show(panel) {
    document.querySelector('#progressBar span').style.width = panel.percent + '%';
    text('percentText', panel.progress);
    text('timeSpent', panel.spent);
    var left = document.getElementById('timeLeft');
    if (panel.left && !left) {
      left = document.createElement('span');
      left.id = 'timeLeft';
      document.getElementById('progressText').appendChild(left);
    }
    if (panel.left) {
      left.textContent = ' · ' + panel.left;
    } else if (left) {
      left.remove();
    }
    panel.sections.forEach(function (s) {
      var li = document.querySelector('#toc li[data-section="' + s.key + '"]');
      if (!li) {
        return;
      }
      li.classList[s.read ? 'add' : 'remove']('read');
      li.setAttribute('data-left', s.left);
      var meta = li.querySelector('span.meta');
      if (s.read && meta) {
        meta.remove();
      } else if (!s.read) {
        if (!meta) {
          meta = document.createElement('span');
          meta.className = 'meta';
          li.appendChild(meta);
        }
        meta.textContent = ' ' + s.leftText;
      }
    });
    markEnds();
  }
  // One report: v (1 when visible), s (section ids on screen), n (1 on the page's first report). Reports that could
  // not count come back DROPPED and change nothing.
  window.academyReadCmd = function (report) {
    var body = 'id=' + encodeURIComponent(module.getAttribute('data-id'))
        + '&token=' + encodeURIComponent(module.getAttribute('data-token'))
        + '&v=' + encodeURIComponent(report.v) + '&s=' + encodeURIComponent(report.s) + '&n=' + encodeURIComponent(report.n);
    var xhr = new XMLHttpRequest();
    xhr.open('POST', module.getAttribute('data-url'));
    xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
    xhr.onload = function () {
      if (xhr.status === 200) {
        var panel = JSON.parse(xhr.responseText);
        if (panel.status === 'SAVED') {
          show(panel);
        }
      }
    };
    xhr.send(body);
  };
  markEnds();

  var last = module.getAttribute('data-last-section');
  if (last && !location.hash) {
    var target = document.getElementById(last);
    if (target) {
      target.scrollIntoView();
    }
  }
})();
