/*
 * Attempt page: every answer goes to the server as soon as it is given. Answers not yet confirmed by the server are
 * kept in localStorage and sent again (after a lost connection, a server restart or a reload), so nothing an officer
 * answered is lost on a poor network. The server decides what counts: time limit, locked answers, submission.
 */
(function () {
  'use strict';
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
    store();
    mark(li, 'saving');
    flush();
  }

  load();
  // Answers given before a lost connection or a reload: show them again and send them.
  Object.keys(pending).forEach(function (position) {
    var li = question(position);
    if (li && li.getAttribute('data-checked') !== 'true') { apply(li, pending[position].r); mark(li, 'unsaved'); }
    else { delete pending[position]; }
  });
  store();
  flush();

  root.addEventListener('change', function (e) {
    var li = e.target.closest('li.q');
    if (li) { answered(li, false); }
  });
  root.addEventListener('click', function (e) {
    if (e.target.classList.contains('check')) { answered(e.target.closest('li.q'), true); }
  });
  // a typed answer is sent after a pause in typing too, not only when the field is left
  var typing = {};
  root.addEventListener('input', function (e) {
    var li = e.target.closest('li.q');
    if (!li || !e.target.classList.contains('fill')) { return; }
    var position = li.getAttribute('data-position');
    window.clearTimeout(typing[position]);
    typing[position] = window.setTimeout(function () { answered(li, false); }, 1500);
  });
  window.addEventListener('online', function () { flush(); });

  window.academyQuiz = {
    /** Submit only once every answer is saved; otherwise say so and keep the page. */
    beforeSubmit: function (button) {
      if (button.getAttribute('data-ready') === 'true') { return true; }
      flush(function (ok) {
        if (ok && window.confirm(text('confirmSubmit'))) { button.setAttribute('data-ready', 'true'); button.click(); }
        else if (!ok) { banner('unsavedSubmit'); }
      });
      return false;
    }
  };

  // the submit button waits for unsaved answers (bound here: inline handlers break the Content-Security-Policy)
  var submit = document.getElementById('submitForm:submit');
  if (submit) {
    submit.addEventListener('click', function (e) {
      if (!window.academyQuiz.beforeSubmit(submit)) { e.preventDefault(); }
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
