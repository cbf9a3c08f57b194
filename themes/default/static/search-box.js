/* site-gen: the header search box on every page. It shows the box (useless without JavaScript), makes "/"
   focus it, and loads search.js the first time the box is used or on the search page, so pages that are
   only read never fetch the search script. Enter without a chosen suggestion opens the results page. */
(function () {
  'use strict';
  var form = document.querySelector('form.site-search');
  if (!form) { return; }
  var input = form.querySelector('input');
  var requested = false;
  form.hidden = false;

  function loadSearch() {
    if (requested) { return; }
    requested = true;
    var s = document.createElement('script');
    s.src = form.getAttribute('data-script');
    document.head.appendChild(s);
  }

  input.addEventListener('focus', loadSearch);
  input.addEventListener('input', loadSearch);
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var q = input.value.trim();
    window.location.href = form.getAttribute('data-results') + (q ? '?q=' + encodeURIComponent(q) : '');
  });
  document.addEventListener('keydown', function (e) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) { return; }
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) { return; }
    e.preventDefault();
    input.focus();
  });
  if (document.querySelector('[data-search-page]')) { loadSearch(); }
}());
