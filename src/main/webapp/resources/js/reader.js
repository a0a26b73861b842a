/* Reading progress: the page tells the server whether it is visible and which sections are on screen, when that
   changes and every few seconds (data-report) while the reader is active. The server times the gaps with its own
   clock and decides what is read; this script sends no durations. Plain script, no library. */
(function () {
  var module = document.getElementById('module');
  if (!module) {
    return;
  }
  var every = (+module.getAttribute('data-report') || 30) * 1000;
  var order = {}, shown = [], first = 1, active = Date.now(), on = false, timer = null;
  var sections = document.querySelectorAll('.module-section');
  sections.forEach(function (el, i) { order[el.getAttribute('data-section')] = i; });

  // Visible and touched in the last three minutes: an open tab nobody reads stops counting.
  function reading() {
    return document.visibilityState === 'visible' && Date.now() - active < 180000;
  }
  function send() {
    clearTimeout(timer);
    timer = null;
    on = reading();
    academyReadCmd({v: on ? 1 : 0, s: shown.join(' '), n: first});
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

  // When the server re-renders the contents after a section was read, the section ends follow.
  if (window.faces) {
    faces.ajax.addOnEvent(function (data) {
      if (data.status === 'success') {
        document.querySelectorAll('#toc li[data-section]').forEach(function (li) {
          var end = document.querySelector('.section-end[data-section="' + li.getAttribute('data-section') + '"]');
          if (end) {
            end.classList[li.classList.contains('read') ? 'add' : 'remove']('done');
          }
        });
      }
    });
  }

  var last = module.getAttribute('data-last-section');
  if (last && !location.hash) {
    var target = document.getElementById(last);
    if (target) {
      target.scrollIntoView();
    }
  }
})();
