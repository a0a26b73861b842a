/* Buttons with a data-confirm text ask before they submit: an inline onclick would break the Content-Security-Policy. */
document.addEventListener('click', function (e) {
  var button = e.target.closest ? e.target.closest('[data-confirm]') : null;
  if (button && !window.confirm(button.getAttribute('data-confirm'))) {
    e.preventDefault();
  }
});
