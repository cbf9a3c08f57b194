/*
 * site-gen serve: live reload and findings. Only `serve` sends this file (at __site-gen/live.js, into
 * the pages it serves); `build` never writes it into a site. It listens to the event stream, reloads the
 * page when a rebuild changed it (or rebuilt everything) and shows the findings for the page's
 * connectors, plus unresolved rebuild errors, in a dismissible panel. No framework and no inline script
 * (the pages' CSP allows same-origin scripts only); styles are set through the DOM, which that CSP
 * allows. The panel takes its colours from the theme's custom properties (--bg, --fg, ...), so it
 * follows the page's light or dark scheme; a page without them gets the fallbacks of the system's
 * prefers-color-scheme, switched live when that changes.
 */
(() => {
  'use strict';
  const marker = '__site-gen/live.js';
  const src = new URL(document.currentScript.src, location.href).pathname;
  const base = src.slice(0, src.length - marker.length);
  const page = currentPage();
  const storageKey = 'site-gen-dismissed:' + page;
  const darkScheme = window.matchMedia('(prefers-color-scheme: dark)');
  const fallbacks = {
    light: {bg: '#ffffff', fg: '#1f2328', muted: '#59636e', line: '#d1d9e0', soft: '#f6f8fa', danger: '#b42318',
      warn: '#8a5a00', shadow: 'rgba(0, 0, 0, 0.25)'},
    dark: {bg: '#0d1117', fg: '#e6edf3', muted: '#9aa5b1', line: '#30363d', soft: '#161b22', danger: '#ff8a80',
      warn: '#e3b341', shadow: 'rgba(0, 0, 0, 0.6)'}
  };
  let panel = null;
  let generation = null;
  let lastData = null;

  function currentPage() {
    let p = decodeURIComponent(location.pathname);
    if (p.startsWith(base)) p = p.slice(base.length);
    if (p.endsWith('index.html')) p = p.slice(0, p.length - 'index.html'.length);
    if (p !== '' && !p.endsWith('/') && !p.endsWith('.html')) p += '/';
    return p;
  }

  /** The theme's colour when the page defines it, else the fallback for the system's scheme. */
  function color(name) {
    const scheme = darkScheme.matches ? fallbacks.dark : fallbacks.light;
    return name === 'shadow' ? scheme.shadow : 'var(--' + name + ', ' + scheme[name] + ')';
  }

  function refresh() {
    fetch(base + '__site-gen/diagnostics.json?page=' + encodeURIComponent(page), {cache: 'no-store'})
      .then((r) => r.json()).then(show).catch(() => {});
  }

  function element(tag, text, style) {
    const e = document.createElement(tag);
    if (text) e.textContent = text;
    Object.assign(e.style, style || {});
    return e;
  }

  function show(data) {
    lastData = data;
    const findings = data.diagnostics || [];
    const errors = data.buildErrors || [];
    const signature = JSON.stringify([errors, findings]);
    if (panel) panel.remove();
    panel = null;
    if ((findings.length === 0 && errors.length === 0) || sessionStorage.getItem(storageKey) === signature) return;
    const urgent = errors.length > 0 || findings.some((f) => f.severity === 'error');
    panel = element('aside', '', {position: 'fixed', right: '1rem', bottom: '1rem', zIndex: '2147483647',
      maxWidth: '38rem', maxHeight: '60vh', overflow: 'auto', background: color('bg'), color: color('fg'),
      border: '2px solid ' + color(urgent ? 'danger' : 'warn'), borderRadius: '6px', padding: '0.75rem 1rem',
      boxShadow: '0 4px 16px ' + color('shadow'), font: '14px/1.4 system-ui, sans-serif', textAlign: 'left'});
    panel.setAttribute('role', urgent ? 'alert' : 'status');
    panel.setAttribute('aria-labelledby', 'site-gen-overlay-title');
    const title = element('h2', summaryText(data, errors), {margin: '0 5.5rem 0.5rem 0', padding: '0',
      border: '0', fontSize: '1rem', color: 'inherit'});
    title.id = 'site-gen-overlay-title';
    const close = element('button', 'Dismiss', {position: 'absolute', top: '0.5rem', right: '0.5rem',
      font: 'inherit', cursor: 'pointer', color: color('fg'), background: color('soft'),
      border: '1px solid ' + color('line'), borderRadius: '4px', padding: '0.1rem 0.5rem'});
    close.type = 'button';
    close.setAttribute('aria-label', 'Dismiss site-gen findings');
    close.addEventListener('click', () => dismiss(signature));
    const list = element('ul', '', {margin: '0', paddingLeft: '1.2rem'});
    errors.forEach((e) => list.append(item('rebuild failed', e.file, e.message,
      'the last good page is shown; fix the file and save again')));
    findings.slice(0, 50).forEach((f) => list.append(item(f.severity + '[' + f.rule + ']',
      f.file + (f.line > 0 ? ':' + f.line + ':' + Math.max(f.column, 1) : ''), f.message, f.hint)));
    if (findings.length > 50) list.append(element('li', (findings.length - 50) + ' more in the terminal'));
    panel.append(title, close, list);
    document.body.append(panel);
  }

  function summaryText(data, errors) {
    const s = data.summary;
    const parts = [];
    if (errors.length) parts.push(errors.length + ' rebuild error(s)');
    parts.push(s.errors + ' error(s)', s.warnings + ' warning(s)', s.infos + ' info');
    return 'site-gen: ' + parts.join(', ') + (data.connectors.length ? ' for ' + data.connectors.join(', ') : '');
  }

  function item(label, where, message, hint) {
    const li = element('li', '', {margin: '0.25rem 0'});
    li.append(element('strong', label + ' '), element('code', where), document.createTextNode(': ' + message));
    if (hint) li.append(element('div', 'help: ' + hint, {color: color('muted')}));
    return li;
  }

  function dismiss(signature) {
    sessionStorage.setItem(storageKey, signature);
    if (panel) panel.remove();
    panel = null;
  }

  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && panel) panel.querySelector('button').click();
  });

  // The theme's own colours switch by themselves; the fallbacks are chosen when the panel is drawn.
  darkScheme.addEventListener('change', () => {
    if (panel && lastData) show(lastData);
  });

  const events = new EventSource(base + '__site-gen/events');
  events.addEventListener('hello', (e) => {
    const g = JSON.parse(e.data).generation;
    if (generation !== null && g !== generation) location.reload();
    generation = g;
  });
  events.addEventListener('rebuild', (e) => {
    const data = JSON.parse(e.data);
    generation = data.generation;
    if (data.full || data.pages.includes(page)) location.reload();
    else refresh();
  });
  refresh();
})();
