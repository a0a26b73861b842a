/*
 * Attempt page: every answer goes to the server as soon as it is given. Answers not yet confirmed by the server are
 * kept in localStorage and sent again (after a lost connection, a server restart or a reload), so nothing an officer
 * answered is lost on a poor network. The server decides what counts: time limit, locked answers, submission.
 */
(function () {
  'use strict';
  // classList.toggle's second argument is not honoured everywhere (HtmlUnit ignores it): add or remove explicitly
  function setClass(el, name, on) { if (on) { el.classList.add(name); } else { el.classList.remove(name); } }
  var root = document.getElementById('attempt');
  if (!root) { return; }
  var attempt = root.getAttribute('data-attempt');
  var storeKey = 'academy.quiz.' + attempt;
  var pending = {};
  var sending = false;
  var retryTimer = null;

  function text(name) { return root.getAttribute('data-msg-' + name) || name; }

  function load() {
    try { pending = JSON.parse(window.localStorage.getItem(storeKey)) || {}; } catch (e) { pending = {}; }
  }
  function store() {
    try {
      if (Object.keys(pending).length) { window.localStorage.setItem(storeKey, JSON.stringify(pending)); }
      else { window.localStorage.removeItem(storeKey); }
    } catch (e) { /* private mode: the in-memory queue still retries */ }
  }

  function question(position) { return document.getElementById('q' + position); }

  function responseOf(li) {
    var type = li.getAttribute('data-type');
    var inputs, i, parts = [];
    if (type === 'single' || type === 'case' || type === 'truefalse') {
      var checked = li.querySelector('input[type=radio]:checked');
      if (!checked) { return ''; }
      return (type === 'truefalse' ? 'T:' : 'S:') + checked.value;
    }
    if (type === 'multiple') {
      inputs = li.querySelectorAll('input[type=checkbox]');
      for (i = 0; i < inputs.length; i++) { if (inputs[i].checked) { parts.push(inputs[i].value); } }
      return parts.length ? 'M:' + parts.join(',') : '';
    }
    if (type === 'fill') {
      var value = li.querySelector('input[type=text]').value;
      return value.trim() ? 'F:' + value : '';
    }
    inputs = li.querySelectorAll('select');
    var any = false;
    for (i = 0; i < inputs.length; i++) { parts.push(inputs[i].value); if (inputs[i].value !== '-1') { any = true; } }
    return any ? 'P:' + parts.join(',') : '';
  }

  function apply(li, response) {
    var type = li.getAttribute('data-type');
    var body = response.length > 2 ? response.substring(2) : '';
    var i, inputs;
    if (type === 'fill') { li.querySelector('input[type=text]').value = body; return; }
    if (type === 'matching' || type === 'ordering') {
      inputs = li.querySelectorAll('select');
      var places = body ? body.split(',') : [];
      for (i = 0; i < inputs.length; i++) { inputs[i].value = places[i] || '-1'; }
      return;
    }
    var chosen = body ? body.split(',') : [];
    inputs = li.querySelectorAll('input');
    for (i = 0; i < inputs.length; i++) { inputs[i].checked = chosen.indexOf(inputs[i].value) >= 0; }
  }

  function mark(li, state) {
    var span = li.querySelector('.q-state');
    if (span) { span.textContent = text(state); span.className = 'q-state ' + state; }
  }

  function banner(state) {
    var el = document.getElementById('saveState');
    if (el) { el.textContent = state ? text(state) : ''; el.className = 'save-state ' + (state || ''); }
  }

  function lock(li) {
    var inputs = li.querySelectorAll('input, select, button.check');
    for (var i = 0; i < inputs.length; i++) { inputs[i].disabled = true; }
  }

  function showFeedback(li, f) {
    var box = li.querySelector('.feedback');
    if (!box || !f) { return; }
    box.innerHTML = '';
    var head = document.createElement('p');
    head.className = f.correct ? 'right' : 'wrong';
    head.textContent = (f.correct ? text('right') : text('wrong')) + ' (' + f.score + '%)';
    box.appendChild(head);
    f.choices.forEach(function (c) { var p = document.createElement('p'); p.textContent = c; box.appendChild(p); });
    var answer = document.createElement('p');
    answer.textContent = text('answer') + f.right;
    box.appendChild(answer);
    var explanation = document.createElement('div');
    explanation.className = 'explanation';
    if (f.explanation === null) {
      explanation.textContent = text('unrenderable'); // stored before the Markdown limits; a trainer must fix it
    } else {
      explanation.innerHTML = f.explanation; // sanitised Markdown rendered by the server
    }
    box.appendChild(explanation);
    if (f.section) {
      var a = document.createElement('a');
      a.href = root.getAttribute('data-context') + f.section;
      a.textContent = text('readAgain');
      box.appendChild(a);
    }
    box.hidden = false;
  }

  function scheduleRetry(delay) {
    if (!retryTimer) { retryTimer = window.setTimeout(function () { retryTimer = null; flush(); }, delay || 5000); }
  }

  /** Sends the pending answers one at a time; calls done(true) once none is left, done(false) on a failure. */
  function flush(done) {
    var positions = Object.keys(pending);
    if (!positions.length) { banner(null); if (done) { done(true); } return; }
    if (sending) { if (done) { window.setTimeout(function () { flush(done); }, 300); } return; }
    sending = true;
    var position = positions[0];
    var item = pending[position];
    var li = question(position);
    var xhr = new XMLHttpRequest();
    xhr.open('POST', root.getAttribute('data-url'));
    xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
    xhr.timeout = 15000;
    xhr.onload = function () {
      sending = false;
      var json = null;
      try { json = JSON.parse(xhr.responseText); } catch (e) { json = null; }
      if (!json && xhr.status === 403) {
        // Payara 6 can refuse a signed-in user's request under load (payara/Payara#6145): the next try passes
        mark(li, 'unsaved'); scheduleRetry(1500); if (done) { done(false); } return;
      }
      if (!json) { // the login page instead of JSON: the session ended (for example a server restart)
        banner('login'); mark(li, 'unsaved'); if (done) { done(false); } return;
      }
      if (json.status === 'SAVED' || json.status === 'CHECKED' || json.status === 'LOCKED') {
        if (pending[position] === item) { delete pending[position]; store(); }
        mark(li, 'saved');
        if (json.feedback) { showFeedback(li, json.feedback); lock(li); }
        flush(done);
      } else if (json.status === 'TIME_UP' || json.status === 'SUBMITTED') {
        pending = {}; store(); window.location.reload();
      } else {
        delete pending[position]; store(); mark(li, 'refused'); flush(done);
      }
    };
    xhr.onerror = xhr.ontimeout = function () {
      sending = false; banner('offline'); mark(li, 'unsaved'); scheduleRetry(); if (done) { done(false); }
    };
    xhr.send('attempt=' + encodeURIComponent(attempt) + '&position=' + encodeURIComponent(position)
      + '&response=' + encodeURIComponent(item.r) + '&check=' + (item.c ? '1' : '0')
      + '&token=' + encodeURIComponent(root.getAttribute('data-token')));
  }

  function answered(li, check) {
    var position = li.getAttribute('data-position');
    pending[position] = { r: responseOf(li), c: !!check };
    questionNav.refresh();
    store();
    mark(li, 'saving');
    flush();
  }

  /*
   * The question questionNav, the answered count and the flags. Answered means the page holds an answer (saved or
   * waiting to be sent: quiz.js keeps both). Flags are a private reading aid for this sitting: they change no grade,
   * so they stay in this tab's sessionStorage, per attempt, and cost no request on a slow network.
   */
  var questionNav = (function () {
    var flagKey = 'academy.quiz.flags.' + attempt;
    var flags = {};
    try { flags = JSON.parse(window.sessionStorage.getItem(flagKey)) || {}; } catch (e) { flags = {}; }
    var items = document.querySelectorAll('#qnav .q-nav-list .q-nav-item');
    var count = document.getElementById('answeredCount');

    function format(name, args) {
      return text(name).replace(/\{(\d)\}/g, function (m, i) { return args[parseInt(i, 10)]; });
    }
    function saveFlags() {
      try { window.sessionStorage.setItem(flagKey, JSON.stringify(flags)); } catch (e) { /* private mode: kept in memory */ }
    }
    function isAnswered(position) {
      var li = question(position);
      return !!li && responseOf(li) !== '';
    }
    function refresh() {
      var done = 0;
      for (var i = 0; i < items.length; i++) {
        var position = items[i].getAttribute('data-position');
        var answered = isAnswered(position);
        if (answered) { done++; }
        var state = answered ? 'answered' : 'unanswered';
        setClass(items[i], 'answered', answered);
        setClass(items[i], 'unanswered', !answered);
        setClass(items[i], 'flagged', !!flags[position]);
        var words = format('number', [parseInt(position, 10) + 1]) + ' ' + text(answered ? 'navAnswered' : 'navUnanswered')
          + (flags[position] ? ' ' + text('navFlagged') : '');
        items[i].setAttribute('aria-label', words);
        items[i].setAttribute('data-state', state);
        var li = question(position);
        var button = li && li.querySelector('button.flag');
        if (button) {
          button.setAttribute('aria-pressed', flags[position] ? 'true' : 'false');
          button.textContent = text(flags[position] ? 'unflag' : 'flag');
          setClass(li, 'flagged', !!flags[position]);
        }
      }
      if (count) { count.textContent = format('answeredCount', [done, items.length]); }
    }
    function current(position) {
      for (var i = 0; i < items.length; i++) {
        var here = items[i].getAttribute('data-position') === String(position);
        setClass(items[i], 'current', here);
        if (here) { items[i].setAttribute('aria-current', 'step'); } else { items[i].removeAttribute('aria-current'); }
      }
    }
    function toggleFlag(position) {
      if (flags[position]) { delete flags[position]; } else { flags[position] = true; }
      saveFlags();
      refresh();
    }
    /** Numbers of the questions still unanswered and of those flagged, for the warning before submit. */
    function open() {
      var unanswered = [], flagged = [];
      for (var i = 0; i < items.length; i++) {
        var position = items[i].getAttribute('data-position');
        if (!isAnswered(position)) { unanswered.push(parseInt(position, 10) + 1); }
        if (flags[position]) { flagged.push(parseInt(position, 10) + 1); }
      }
      return { unanswered: unanswered, flagged: flagged };
    }
    // the question in view is the current one; without IntersectionObserver the last one touched is
    if ('IntersectionObserver' in window) {
      var observer = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (entry.isIntersecting) { current(entry.target.getAttribute('data-position')); }
        });
      }, { rootMargin: '-40% 0px -55% 0px' });
      document.querySelectorAll('li.q').forEach(function (li) { observer.observe(li); });
    }
    root.addEventListener('focusin', function (e) {
      var li = e.target.closest && e.target.closest('li.q');
      if (li) { current(li.getAttribute('data-position')); }
    });
    document.getElementById('qnav').addEventListener('click', function (e) {
      var item = e.target.closest('.q-nav-item');
      if (!item || !item.getAttribute('data-position')) { return; }
      e.preventDefault();
      var position = item.getAttribute('data-position');
      var li = question(position);
      li.scrollIntoView({ block: 'start' });
      current(position);
      // focus goes to the question so that keyboard and screen-reader users land there too
      li.setAttribute('tabindex', '-1');
      li.focus({ preventScroll: true });
    });
    return { refresh: refresh, toggleFlag: toggleFlag, open: open, current: current, format: format };
  }());

  load();
  // Answers given before a lost connection or a reload: show them again and send them.
  Object.keys(pending).forEach(function (position) {
    var li = question(position);
    if (li && li.getAttribute('data-checked') !== 'true') { apply(li, pending[position].r); mark(li, 'unsaved'); }
    else { delete pending[position]; }
  });
  store();
  questionNav.refresh();
  flush();

  root.addEventListener('change', function (e) {
    var li = e.target.closest('li.q');
    if (li) { answered(li, false); }
  });
  root.addEventListener('click', function (e) {
    if (e.target.classList.contains('check')) { answered(e.target.closest('li.q'), true); }
    if (e.target.classList.contains('flag')) { questionNav.toggleFlag(e.target.closest('li.q').getAttribute('data-position')); }
  });
  // a typed answer is sent after a pause in typing too, not only when the field is left
  var typing = {};
  root.addEventListener('input', function (e) {
    var li = e.target.closest('li.q');
    if (!li || !e.target.classList.contains('fill')) { return; }
    var position = li.getAttribute('data-position');
    window.clearTimeout(typing[position]);
    typing[position] = window.setTimeout(function () { answered(li, false); }, 1500);
    questionNav.refresh();
  });
  window.addEventListener('online', function () { flush(); });

  var warning = document.getElementById('submitWarning');

  function list(id, name, numbers) {
    var p = document.getElementById(id);
    p.hidden = !numbers.length;
    p.textContent = numbers.length ? questionNav.format(name, [numbers.join(text('listSeparator'))]) : '';
  }

  window.academyQuiz = {
    /**
     * Submit only once every answer is saved; otherwise say so and keep the page. Unanswered or flagged questions
     * are listed first, with the choice to go back or submit anyway; with none, the usual confirmation.
     */
    beforeSubmit: function (button, anyway) {
      if (button.getAttribute('data-ready') === 'true') { return true; }
      flush(function (ok) {
        if (!ok) { banner('unsavedSubmit'); return; }
        var open = questionNav.open();
        if (!anyway && (open.unanswered.length || open.flagged.length)) {
          list('unansweredList', 'unansweredList', open.unanswered);
          list('flaggedList', 'flaggedList', open.flagged);
          warning.hidden = false;
          warning.scrollIntoView({ block: 'center' });
          return;
        }
        if (anyway || window.confirm(text('confirmSubmit'))) { button.setAttribute('data-ready', 'true'); button.click(); }
      });
      return false;
    }
  };

  // the submit button waits for unsaved answers (bound here: inline handlers break the Content-Security-Policy)
  var submit = document.getElementById('submitForm:submit');
  if (submit) {
    submit.addEventListener('click', function (e) {
      if (!window.academyQuiz.beforeSubmit(submit, false)) { e.preventDefault(); }
    });
    document.getElementById('submitAnyway').addEventListener('click', function () {
      window.academyQuiz.beforeSubmit(submit, true);
    });
    document.getElementById('keepChecking').addEventListener('click', function () {
      warning.hidden = true;
      var open = questionNav.open();
      var first = open.unanswered.length ? open.unanswered[0] : open.flagged[0];
      if (first) { document.getElementById('nav' + (first - 1)).click(); }
    });
  }

  var deadline = parseInt(root.getAttribute('data-deadline'), 10);
  var timer = document.getElementById('timer');
  if (deadline && timer) {
    var skew = parseInt(root.getAttribute('data-now'), 10) - Date.now();
    var tick = function () {
      var left = Math.max(0, Math.round((deadline - (Date.now() + skew)) / 1000));
      timer.textContent = text('timeLeft') + Math.floor(left / 60) + ':' + ('0' + (left % 60)).slice(-2);
      if (left <= 60) { timer.className = 'timer urgent'; }
      if (left === 0) {
        window.clearInterval(handle);
        // the server submits at the deadline; reloading shows the result once pending answers had their chance
        var grace = parseInt(root.getAttribute('data-grace'), 10) || 0;
        flush(function () { window.setTimeout(function () { window.location.reload(); }, (grace + 1) * 1000); });
      }
    };
    var handle = window.setInterval(tick, 1000);
    tick();
  }
}());
