/* site-gen: reader comforts. Loaded in <head> without defer, so a chosen theme applies before the first paint
   (the pages' CSP forbids inline scripts); the rest waits for the document. Pages work without it. */
(function () {
  'use strict';
  var KEY = 'site-gen-theme', root = document.documentElement, dark = matchMedia('(prefers-color-scheme: dark)');

  function load() { try { return localStorage.getItem(KEY); } catch (e) { return null; } }
  function save(v) { try { localStorage.setItem(KEY, v); } catch (e) { /* private mode: this page only */ } }
  var chosen = load();
  if (chosen === 'light' || chosen === 'dark') { root.setAttribute('data-theme', chosen); }
  function isDark() { var t = root.getAttribute('data-theme'); return t ? t === 'dark' : dark.matches; }
  function all(sel, el) { return Array.prototype.slice.call((el || document).querySelectorAll(sel)); }

  function initTheme() {
    var b = document.getElementById('theme-switch');
    if (!b) { return; }
    function show() { b.setAttribute('aria-pressed', String(isDark())); }
    b.hidden = false;
    show();
    b.addEventListener('click', function () {
      var next = isDark() ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      save(next);
      show();
    });
    dark.addEventListener('change', show);
  }

  function initCopy() {
    var status = document.createElement('p');
    status.className = 'visually-hidden copy-status';
    status.setAttribute('role', 'status');
    document.body.appendChild(status);
    all('pre > code').forEach(function (code) {
      var pre = code.parentNode, box = document.createElement('div'), b = document.createElement('button');
      box.className = 'code-block';
      pre.parentNode.insertBefore(box, pre);
      box.appendChild(pre);
      b.type = 'button';
      b.className = 'copy-code';
      b.innerHTML = 'Copy<span class="visually-hidden"> code</span>';
      box.appendChild(b);
      function done(ok) {
        b.textContent = ok ? 'Copied' : 'Select and copy';
        status.textContent = ok ? 'Copied' : 'Copying failed: the code is selected, copy it with your keyboard';
        if (!ok) { getSelection().selectAllChildren(code); }
        setTimeout(function () { b.innerHTML = 'Copy<span class="visually-hidden"> code</span>'; status.textContent = ''; }, 2000);
      }
      b.addEventListener('click', function () {
        var text = code.textContent;
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(legacyCopy(text)); });
        } else {
          done(legacyCopy(text));
        }
      });
    });
  }

  function legacyCopy(text) {
    var t = document.createElement('textarea'), ok = false;
    t.value = text;
    t.setAttribute('readonly', '');
    t.className = 'visually-hidden';
    document.body.appendChild(t);
    t.select();
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    t.remove();
    return ok;
  }

  /* <Tabs>: stacked labelled sections become a tablist (WAI-ARIA tabs pattern: arrows, Home, End). */
  function initTabs() {
    all('.tabs').forEach(function (box, n) {
      var panels = all(':scope > .tab', box);
      if (!panels.length) { return; }
      var list = document.createElement('div');
      list.className = 'tab-list';
      list.setAttribute('role', 'tablist');
      var tabs = panels.map(function (p, i) {
        var label = p.querySelector(':scope > .tab-label'), t = document.createElement('button');
        t.type = 'button';
        t.id = 'sg-tab-' + n + '-' + i;
        t.setAttribute('role', 'tab');
        t.textContent = label ? label.textContent : 'Tab ' + (i + 1);
        p.id = p.id || 'sg-tabpanel-' + n + '-' + i;
        t.setAttribute('aria-controls', p.id);
        p.setAttribute('role', 'tabpanel');
        p.setAttribute('aria-labelledby', t.id);
        p.tabIndex = 0;
        if (label) { label.hidden = true; }
        list.appendChild(t);
        return t;
      });
      box.insertBefore(list, box.firstChild);
      box.classList.add('tabs-live');
      function select(i, focus) {
        tabs.forEach(function (t, j) {
          t.setAttribute('aria-selected', String(i === j));
          t.tabIndex = i === j ? 0 : -1;
          panels[j].hidden = i !== j;
        });
        if (focus) { tabs[i].focus(); }
      }
      list.addEventListener('click', function (e) {
        var i = tabs.indexOf(e.target.closest('[role=tab]'));
        if (i >= 0) { select(i, false); }
      });
      list.addEventListener('keydown', function (e) {
        var i = tabs.indexOf(document.activeElement), last = tabs.length - 1;
        var to = { ArrowRight: i + 1 > last ? 0 : i + 1, ArrowLeft: i < 1 ? last : i - 1, Home: 0, End: last }[e.key];
        if (i < 0 || to === undefined) { return; }
        e.preventDefault();
        select(to, true);
      });
      select(0, false);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    initTheme();
    initCopy();
    initTabs();
  });
}());
