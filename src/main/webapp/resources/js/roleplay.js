/* Role-play page: replies by ajax, the countdown of a timed reply, and the visitor's new words brought into view.
   Bound here rather than by f:ajax, whose inline handlers the Content-Security-Policy forbids. Without this script the
   reply buttons still submit their form and the whole page comes back. */
(function () {
  'use strict';
  // While a reply is on its way the page says so and its reply buttons are disabled, so that a second tap cannot be
  // sent from the same view; the answer redraws the talk with fresh buttons, and an error gives the buttons back.
  // (The server refuses a reply to a turn already answered in any case: each request carries the turn it was for.)
  var BUTTONS = '#typed input[type=submit], #reply button.choice';

  function busy(on, scoring) {
    Array.prototype.forEach.call(document.querySelectorAll(BUTTONS), function (b) { b.disabled = on; });
    var talk = document.getElementById('talk'), waiting = document.getElementById('waiting');
    if (talk) { talk.setAttribute('aria-busy', on ? 'true' : 'false'); }
    if (waiting) {
      // a typed reply is scored on the server (the first one takes about a second): say so rather than just "sending"
      waiting.textContent = on ? waiting.getAttribute(scoring ? 'data-msg-scoring' : 'data-msg-sending') : '';
      waiting.className = 'meta waiting' + (on && scoring ? ' scoring' : '');
    }
  }

  document.addEventListener('click', function (e) {
    var button = e.target.closest ? e.target.closest(BUTTONS) : null;
    if (!button || !window.faces) { return; }
    e.preventDefault();
    if (button.disabled) { return; }
    var typed = button.form.id === 'typed';
    if (typed) {
      // a typed reply sends its text area (and the turn it answers)
      faces.ajax.request(button, e, {execute: '@form', render: 'talk messages'});
    } else {
      // a chosen reply goes through the form's one reply command, with the id of the reply clicked (not its
      // position); the form's turn field goes with it as it stands now
      faces.ajax.request(document.getElementById('reply:send'), e, {
        execute: '@this',
        render: 'talk messages',
        params: {'reply:send': button.value}
      });
    }
    busy(true, typed);
  });

  // Countdown of the reply's time limit; the server measures the seconds itself, this only shows them. The element is
  // replaced by each ajax render, and then counts from its new data attributes.
  var shown = null, since = 0;
  setInterval(function () {
    var c = document.getElementById('countdown');
    if (!c) { shown = null; return; }
    if (c !== shown) { shown = c; since = Date.now(); }
    var left = Math.max(0, +c.getAttribute('data-limit') - +c.getAttribute('data-elapsed')
        - Math.floor((Date.now() - since) / 1000));
    document.getElementById('secondsLeft').textContent = left;
    document.getElementById('timeUp').hidden = left > 0;
    c.className = left > 0 ? 'countdown' : 'countdown over';
  }, 500);

  // After each reply the visitor's new words come into view, below the mood bars that stay on top.
  if (window.faces) {
    faces.ajax.addOnError(function () { busy(false); });
    faces.ajax.addOnEvent(function (data) {
      // the redrawn talk brings fresh buttons; the status line outside it is emptied here
      if (data.status === 'success') { busy(false); }
      var line = data.status === 'success' ? document.getElementById('visitorLine') : null;
      if (line) {
        line.scrollIntoView({block: 'start'});
      }
    });
  }
})();
