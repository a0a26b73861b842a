/*
 * The course-assignment form shows only the field of the chosen target (department, cohort or officer). Without
 * JavaScript every field stays visible and the server still reads only the one that matches the chosen kind.
 */
(function () {
  function sync(select) {
    var form = select.form;
    var fields = form.querySelectorAll('[data-target-kind]');
    for (var i = 0; i < fields.length; i++) {
      fields[i].hidden = fields[i].getAttribute('data-target-kind') !== select.value;
    }
  }
  var selects = document.querySelectorAll('select[data-target-switch]');
  for (var i = 0; i < selects.length; i++) {
    sync(selects[i]);
    selects[i].addEventListener('change', function (e) { sync(e.target); });
  }
})();
