/* site-gen search, loaded on demand by search-box.js: the header box's suggestions (an ARIA combobox) and the
   results page. It reads the sharded index under search/ (format: meta.json, t/<key>.json term shards,
   e/<n>.json entry files; see the README) and fetches only the shards and entry files a query needs. */
(function () {
  'use strict';
  if (window.siteGenSearch) { return; }
  var STOP = Object.create(null);
  ('a an and are as at be by can for from has have in into is it its of on or that the their then there these ' +
   'this to was will with you your').split(' ').forEach(function (w) { STOP[w] = true; });
  var PREFIX_BYTES = 200 * 1024;
  var own = Object.prototype.hasOwnProperty;

  // --- words: the same normalization as the index writer (NFKD, no marks, lower case, tokens, stems) ---

  function fold(s) { return s.normalize('NFKD').replace(/\p{Mn}/gu, '').toLowerCase(); }
  function tokens(s) { return fold(s).match(/[\p{L}\p{Nd}]+/gu) || []; }

  function stem(t) {
    var c = Array.from(t);
    if (/\p{Nd}/u.test(t) || c.length <= 3) { return t; }
    if (/ies$/.test(t) && c.length > 4) { t = t.slice(0, -3) + 'y'; }
    else if (/(sses|xes|ches|shes)$/.test(t)) { t = t.slice(0, -2); }
    else if (/(ss|us)$/.test(t) || (/is$/.test(t) && c.length >= 5)) { /* a singular: kept */ }
    else if (/s$/.test(t)) { t = t.slice(0, -1); }
    c = Array.from(t);
    if (/ing$/.test(t) && c.length >= 6) {
      var b = c.slice(0, -3), last = b[b.length - 1];
      if (b.length >= 3 && /[aeiouy]/.test(b.join(''))) {
        if (last === b[b.length - 2] && 'aeiouylsz'.indexOf(last) < 0) { b.pop(); }
        t = b.join('');
      }
    }
    return t;
  }

  function normalize(text) {
    return tokens(text).filter(function (w) { return !STOP[w]; }).map(stem);
  }

  /** A shard key: characters outside [a-z0-9] as "_" and the code point in hex. */
  function encode(chars) {
    return chars.map(function (c) { return /^[a-z0-9]$/.test(c) ? c : '_' + c.codePointAt(0).toString(16); }).join('');
  }

  /** The shard holding term: the longest key that is a prefix of it, compared character by character. */
  function shardOf(keys, term) {
    var c = Array.from(term);
    for (var n = c.length; n > 0; n--) {
      var k = encode(c.slice(0, n));
      if (own.call(keys, k)) { return k; }
    }
    return null;
  }

  // --- the index ---

  function Index(root) {
    this.base = new URL(root || './', window.location.href);
    this.files = Object.create(null);
  }

  Index.prototype.get = function (path) {
    var files = this.files;
    if (!files[path]) {
      files[path] = fetch(new URL('search/' + path, this.base).href).then(function (r) {
        if (!r.ok) { throw new Error('search data ' + path + ': HTTP ' + r.status); }
        return r.json();
      });
      files[path].catch(function () { delete files[path]; });
    }
    return files[path];
  };

  /** id -> weight for one query term; as a prefix, the best weight of the terms it starts (exact ones first). */
  Index.prototype.postings = function (meta, term, prefix) {
    var keys = [], exact = shardOf(meta.terms, term);
    if (exact) { keys.push(exact); }
    if (prefix) {
      var enc = encode(Array.from(term)), bytes = exact ? meta.terms[exact] : 0;
      Object.keys(meta.terms).forEach(function (k) {
        if (k !== exact && k.length > enc.length && k.indexOf(enc) === 0) { keys.push(k); bytes += meta.terms[k]; }
      });
      if (bytes > PREFIX_BYTES) { keys = exact ? [exact] : []; prefix = false; }
    }
    var self = this;
    return Promise.all(keys.map(function (k) { return self.get('t/' + k + '.json'); })).then(function (shards) {
      var out = new Map();
      shards.forEach(function (shard) {
        var names = prefix ? Object.keys(shard).filter(function (t) { return t.indexOf(term) === 0; })
          : (own.call(shard, term) ? [term] : []);
        names.forEach(function (t) {
          var p = shard[t], bonus = t === term ? 0.5 : 0;
          for (var i = 0; i + 1 < p.length; i += 2) { out.set(p[i], Math.max(out.get(p[i]) || 0, p[i + 1] + bonus)); }
        });
      });
      return out;
    });
  };

  function parseQuery(q) {
    var raw = tokens(q), terms = raw.filter(function (w) { return !STOP[w]; }).map(stem);
    var last = terms[terms.length - 1] || '';
    var prefix = raw.length > 0 && !STOP[raw[raw.length - 1]] && !/\s$/.test(q) && Array.from(last).length >= 2;
    return { terms: terms, prefix: prefix };
  }

  function matches(words, term, prefix) {
    return words.some(function (w) { return w === term || (prefix && w.indexOf(term) === 0); });
  }

  function hasPhrase(words, q) {
    var n = q.terms.length;
    for (var i = 0; i + n <= words.length; i++) {
      var ok = true;
      for (var j = 0; j < n && ok; j++) {
        var w = words[i + j], t = q.terms[j];
        ok = w === t || (q.prefix && j === n - 1 && w.indexOf(t) === 0);
      }
      if (ok) { return true; }
    }
    return false;
  }

  /** Phrase and title/heading matches first: the score plus boosts read from the entry itself. */
  function boost(r, q) {
    var e = r.entry, n = q.terms.length, head = normalize(e.p + ' ' + e.h), b = 0;
    if (q.terms.every(function (t, i) { return matches(head, t, q.prefix && i === n - 1); })) { b += 64; }
    if (n > 1 && [e.p, e.h, e.t].some(function (x) { return hasPhrase(normalize(x), q); })) { b += 32; }
    return r.score + b;
  }

  /**
   * Searches q: every term must match (AND), the last also as a prefix while it is being typed. Returns
   * {query, total, ranked, next, results}; results carry their entry ({u,p,h,t,k,s}) and href.
   * opts: limit (results), files (entry files fetched at most), type and support (filters).
   */
  Index.prototype.search = function (text, opts) {
    var self = this, q = parseQuery(text);
    var state = { query: q, total: 0, ranked: [], next: 0, results: [], opts: opts };
    if (!q.terms.length) { return Promise.resolve(state); }
    return this.get('meta.json').then(function (meta) {
      state.meta = meta;
      return Promise.all(q.terms.map(function (t, i) {
        return self.postings(meta, t, q.prefix && i === q.terms.length - 1);
      }));
    }).then(function (lists) {
      lists.sort(function (a, b) { return a.size - b.size; });
      lists[0].forEach(function (w, id) {
        var score = w;
        for (var i = 1; i < lists.length; i++) {
          if (!lists[i].has(id)) { return; }
          score += lists[i].get(id);
        }
        state.ranked.push({ id: id, score: score });
      });
      state.ranked.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
      state.total = state.ranked.length;
      return self.more(state);
    });
  };

  /** The next results of a search: entry files fetched for the best candidates left, boosted, filtered. */
  Index.prototype.more = function (state) {
    var self = this, o = state.opts, per = state.meta ? state.meta.entryShard : 1, take = [], files = [];
    while (state.next < state.ranked.length && take.length < (o.limit || 20)) {
      var c = state.ranked[state.next], f = Math.floor(c.id / per);
      if (files.indexOf(f) < 0) {
        if (files.length >= (o.files || 8)) { break; }
        files.push(f);
      }
      take.push(c);
      state.next++;
    }
    return Promise.all(files.map(function (f) { return self.get('e/' + f + '.json'); })).then(function (loaded) {
      var found = take.map(function (c) {
        var e = loaded[files.indexOf(Math.floor(c.id / per))][c.id % per];
        return { id: c.id, score: c.score, entry: e, href: new URL(e.u, self.base).href };
      }).filter(function (r) {
        return r.entry && (!o.type || r.entry.k === o.type) && (!o.support || r.entry.s === o.support);
      });
      found.forEach(function (r) { r.rank = boost(r, state.query); });
      found.sort(function (a, b) { return b.rank - a.rank || a.id - b.id; });
      state.results = found;
      return state;
    });
  };

  // --- rendering ---

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text) { e.textContent = text; }
    return e;
  }

  /** A window of text around the first match, matched words in <mark>; DOM nodes only, never markup. */
  function snippet(text, q, size) {
    var re = /[\p{L}\p{Nd}\p{M}]+/gu, m, hits = [], n = q.terms.length, frag = document.createDocumentFragment();
    while ((m = re.exec(text)) !== null) {
      var words = normalize(m[0]);
      if (q.terms.some(function (t, i) { return matches(words, t, q.prefix && i === n - 1); })) {
        hits.push([m.index, m.index + m[0].length]);
      }
    }
    var start = hits.length ? Math.max(0, hits[0][0] - Math.floor(size / 4)) : 0;
    if (start > 0) { start = text.indexOf(' ', start) + 1 || start; }
    var end = Math.min(text.length, start + size);
    if (end < text.length) { end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end; }
    var at = start;
    frag.appendChild(document.createTextNode(start > 0 ? '… ' : ''));
    hits.forEach(function (h) {
      if (h[0] < at || h[1] > end) { return; }
      frag.appendChild(document.createTextNode(text.slice(at, h[0])));
      frag.appendChild(el('mark', '', text.slice(h[0], h[1])));
      at = h[1];
    });
    frag.appendChild(document.createTextNode(text.slice(at, end) + (end < text.length ? ' …' : '')));
    return frag;
  }

  function describe(r) { return r.entry.h ? r.entry.p + ' › ' + r.entry.h : r.entry.p; }

  // --- the header box: an ARIA combobox ---

  function initBox(form, index) {
    var input = form.querySelector('input'), list = form.querySelector('[role=listbox]');
    var status = form.querySelector('[role=status]'), results = [], active = -1, seq = 0, timer = 0;

    function setActive(i) {
      active = i;
      Array.prototype.forEach.call(list.children, function (li, j) { li.setAttribute('aria-selected', String(j === i)); });
      if (i < 0) { input.removeAttribute('aria-activedescendant'); return; }
      input.setAttribute('aria-activedescendant', list.children[i].id);
      list.children[i].scrollIntoView({ block: 'nearest' });
    }
    function close() { setActive(-1); list.hidden = true; input.setAttribute('aria-expanded', 'false'); }
    function open() {
      if (!results.length) { return; }
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
    function show(state) {
      results = state.results;
      list.textContent = '';
      results.forEach(function (r, i) {
        var li = el('li', 'site-search-option');
        li.id = 'site-search-opt-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.appendChild(el('span', 'site-search-label', describe(r)));
        var s = el('span', 'site-search-snippet');
        s.appendChild(snippet(r.entry.t, state.query, 90));
        li.appendChild(s);
        list.appendChild(li);
      });
      status.textContent = results.length ? results.length + ' suggestions, arrow keys to choose'
        : 'No matches; Enter opens the search page';
      setActive(-1);
      if (results.length && document.activeElement === input) { open(); } else { close(); }
    }
    function update() {
      var text = input.value, n = ++seq;
      if (!text.trim()) { results = []; list.textContent = ''; status.textContent = ''; close(); return; }
      index.search(text, { limit: 8, files: 4 }).then(function (state) {
        if (n === seq) { show(state); }
      }, function () {
        if (n === seq) { results = []; close(); status.textContent = 'Search data could not be loaded'; }
      });
    }

    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(update, 60); });
    input.addEventListener('focus', open);
    input.addEventListener('blur', close);
    input.addEventListener('keydown', function (e) {
      var n = results.length;
      if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && n) {
        e.preventDefault();
        open();
        setActive(e.key === 'ArrowDown' ? (active + 1) % n : (active <= 0 ? n - 1 : active - 1));
      } else if (e.key === 'Enter' && active >= 0 && !list.hidden) {
        e.preventDefault();
        window.location.href = results[active].href;
      } else if (e.key === 'Escape' && (!list.hidden || input.value)) {
        e.preventDefault();
        if (list.hidden) { input.value = ''; update(); } else { close(); }
      }
    });
    // A click on a suggestion must not blur the box first (which would close the list under the pointer).
    list.addEventListener('mousedown', function (e) { e.preventDefault(); });
    list.addEventListener('click', function (e) {
      var li = e.target.closest('[role=option]');
      if (li) { window.location.href = results[Number(li.id.slice(16))].href; }
    });
    if (input.value) { update(); }
  }

  // --- the results page ---

  function initPage(form, index) {
    var $ = function (id) { return document.getElementById(id); };
    var q = $('search-page-q'), type = $('search-type'), support = $('search-support');
    var status = $('search-status'), list = $('search-results'), more = el('button', 'search-more', 'More results');
    var seq = 0, timer = 0, typing = false, title = document.title, state = null;
    more.type = 'button';
    more.hidden = true;
    list.parentNode.insertBefore(more, list.nextSibling);
    $('search-nojs').hidden = true;

    function fill(select, values) {
      values.forEach(function (v) {
        var o = el('option', '', v.charAt(0).toUpperCase() + v.slice(1));
        o.value = v;
        select.appendChild(o);
      });
    }
    function readUrl() {
      var p = new URLSearchParams(window.location.search);
      q.value = p.get('q') || '';
      [[type, 'type'], [support, 'support']].forEach(function (s) {
        s[0].value = p.get(s[1]) || '';
        if (s[0].selectedIndex < 0) { s[0].value = ''; }
      });
    }
    function writeUrl(push) {
      var p = new URLSearchParams();
      if (q.value.trim()) { p.set('q', q.value.trim()); }
      if (type.value) { p.set('type', type.value); }
      if (support.value) { p.set('support', support.value); }
      var url = window.location.pathname + (p.toString() ? '?' + p.toString() : '');
      if (url !== window.location.pathname + window.location.search) {
        history[push ? 'pushState' : 'replaceState'](null, '', url);
      }
    }
    function append(s) {
      s.results.forEach(function (r) {
        var li = el('li', 'search-result'), a = el('a', '');
        a.href = r.href;
        a.appendChild(el('span', 'search-result-page', r.entry.p));
        if (r.entry.h) { a.appendChild(el('span', 'search-result-heading', r.entry.h)); }
        li.appendChild(a);
        var p = el('p', 'search-result-snippet');
        p.appendChild(snippet(r.entry.t, s.query, 240));
        li.appendChild(p);
        list.appendChild(li);
      });
      more.hidden = s.next >= s.ranked.length;
    }
    function run() {
      var text = q.value.trim(), n = ++seq;
      document.title = text ? 'Search: ' + text + ' | ' + title : title;
      list.textContent = '';
      more.hidden = true;
      if (!text) { status.textContent = 'Type words to search every page of the docs.'; return; }
      status.textContent = 'Searching…';
      index.search(q.value, { limit: 20, files: 8, type: type.value, support: support.value }).then(function (s) {
        if (n !== seq) { return; }
        state = s;
        append(s);
        var filtered = type.value || support.value ? ' (filtered)' : '';
        status.textContent = s.results.length
          ? s.total + ' section' + (s.total === 1 ? '' : 's') + ' match “' + text + '”' + filtered + ', best first'
          : 'No section matches “' + text + '”' + filtered + '.';
      }, function () { if (n === seq) { status.textContent = 'The search data could not be loaded.'; } });
    }

    q.addEventListener('input', function () {
      // The first keystroke of a new query is a new history entry, the rest replace it: Back returns to the
      // query before, not to every prefix typed.
      writeUrl(!typing);
      typing = true;
      clearTimeout(timer);
      timer = setTimeout(run, 80);
    });
    [type, support].forEach(function (s) {
      s.addEventListener('change', function () { typing = false; writeUrl(true); run(); });
    });
    form.addEventListener('submit', function (e) { e.preventDefault(); typing = false; writeUrl(true); run(); });
    more.addEventListener('click', function () {
      var n = seq;
      index.more(state).then(function (s) { if (n === seq) { append(s); } });
    });
    window.addEventListener('popstate', function () { typing = false; readUrl(); run(); });

    index.get('meta.json').then(function (meta) {
      fill(type, meta.filters.type || []);
      fill(support, meta.filters.support || []);
      form.hidden = false;
      readUrl();
      run();
    }, function () { status.textContent = 'The search data could not be loaded.'; });
  }

  var box = document.querySelector('form.site-search');
  var index = new Index(box ? box.getAttribute('data-root') : '');
  window.siteGenSearch = { normalize: normalize, index: index };
  if (box) { initBox(box, index); }
  var page = document.querySelector('[data-search-page]');
  if (page) { initPage(page, index); }
}());
