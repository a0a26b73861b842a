/*
 * "Copy" on the report's reminder list puts the prepared message on the clipboard. The Clipboard API needs a secure
 * context (HTTPS or localhost); elsewhere the text is selected so that the user can copy it with the keyboard.
 */
(function () {
  var button = document.querySelector('[data-copy]');
  if (!button) {
    return;
  }
  var status = document.getElementById('copyStatus');
  button.addEventListener('click', function () {
    var area = document.getElementById(button.getAttribute('data-copy'));
    function done() {
      if (status) {
        status.textContent = button.getAttribute('data-copied');
      }
    }
    area.focus();
    area.select();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(area.value).then(done, function () {
        document.execCommand('copy');
        done();
      });
    } else {
      document.execCommand('copy');
      done();
    }
  });
})();
