/* Reading progress: a section counts as read when its end scrolls into view after the reader has scrolled, or when
   they confirm it. Time is reported every 30 s while the page is visible. Plain script, no library. */
(function () {
  var sent = {};
  var scrolled = false;
  var current = null;

  window.academyMarkRead = function (key, confirmed) {
    if (sent[key] || (!confirmed && !scrolled)) {
      return;
    }
    sent[key] = true;
    var end = document.querySelector('.section-end[data-section="' + key + '"]');
    if (end) {
      end.classList.add('done');
    }
    academyMarkReadCmd({section: key});
  };

  // "Mark as read" buttons; bound here because inline handlers break the Content-Security-Policy.
  document.addEventListener('click', function (e) {
    var button = e.target.closest ? e.target.closest('button.mark-read[data-section]') : null;
    if (button) {
      academyMarkRead(button.getAttribute('data-section'), true);
    }
  });

  document.querySelectorAll('.section-end.done').forEach(function (el) {
    sent[el.getAttribute('data-section')] = true;
  });
  // Only the reader's own scrolling counts (wheel, touch, keys), not the jump to where they left off. Ends already
  // reached when they start (visible since the page loaded, or passed in the first move) never cross the viewport
  // edge again, so the observer alone would miss them.
  var intent = false;
  ['wheel', 'touchmove', 'keydown'].forEach(function (type) {
    window.addEventListener(type, function () { intent = true; }, {passive: true});
  });
  window.addEventListener('scroll', function () {
    if (intent && !scrolled) {
      scrolled = true;
      document.querySelectorAll('.section-end').forEach(function (el) {
        if (el.getBoundingClientRect().top < window.innerHeight) {
          academyMarkRead(el.getAttribute('data-section'), false);
        }
      });
    }
  }, {passive: true});

  if ('IntersectionObserver' in window) {
    var ends = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (e.isIntersecting) {
          academyMarkRead(e.target.getAttribute('data-section'), false);
        }
      });
    });
    document.querySelectorAll('.section-end').forEach(function (el) { ends.observe(el); });
    var inView = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (e.isIntersecting) {
          current = e.target.getAttribute('data-section');
        }
      });
    }, {rootMargin: '0px 0px -70% 0px'});
    document.querySelectorAll('.module-section').forEach(function (el) { inView.observe(el); });
  }

  var module = document.getElementById('module');
  var last = module && module.getAttribute('data-last-section');
  if (last && !location.hash) {
    var target = document.getElementById(last);
    if (target) {
      target.scrollIntoView();
    }
  }

  var since = Date.now();
  setInterval(function () {
    if (document.visibilityState === 'visible') {
      var seconds = Math.round((Date.now() - since) / 1000);
      academyBeatCmd({seconds: seconds, section: current || ''});
    }
    since = Date.now();
  }, 30000);
})();
