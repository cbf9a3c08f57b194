/* site-gen search, loaded on first use by search-box.js: header suggestions (ARIA combobox) and the results
   page, read from the sharded index in search/ (meta.json, t/<key>.json, e/<n>.json; see the README). */
(function () {
  'use strict';
  if (window.siteGenSearch) { return; }
  var STOP = Object.create(null), own = Object.prototype.hasOwnProperty;
  ('a an and are as at be by can for from has have in into is it its of on or that the their then there these ' +
   'this to was will with you your').split(' ').forEach(function (w) { STOP[w] = 1; });

  // Words as the index writer makes them: NFKD, no marks, lower case, letter/digit runs, plural and -ing stems.
  function words(s) { return s.normalize('NFKD').replace(/\p{Mn}/gu, '').toLowerCase().match(/[\p{L}\p{Nd}]+/gu) || []; }
  function stem(t) {
    var c = Array.from(t), b, z;
    if (/\p{Nd}/u.test(t) || c.length <= 3) { return t; }
    if (/ies$/.test(t) && c.length > 4) { t = t.slice(0, -3) + 'y'; }
    else if (/(sses|xes|ches|shes)$/.test(t)) { t = t.slice(0, -2); }
    else if (!/(ss|us)$/.test(t) && !(/is$/.test(t) && c.length >= 5) && /s$/.test(t)) { t = t.slice(0, -1); }
    b = Array.from(t).slice(0, -3);
    if (/ing$/.test(t) && b.length >= 3 && /[aeiouy]/.test(b.join(''))) {
      z = b[b.length - 1];
      if (z === b[b.length - 2] && 'aeiouylsz'.indexOf(z) < 0) { b.pop(); }
      t = b.join('');
    }
    return t;
  }
  function normalize(s) { return words(s).filter(function (w) { return !STOP[w]; }).map(stem); }
  function encode(chars) {
    return chars.map(function (c) { return /[a-z0-9]/.test(c) ? c : '_' + c.codePointAt(0).toString(16); }).join('');
  }
  /** A term's shard: the longest key that is a prefix of it, compared character by character. */
  function shardOf(keys, term) {
    for (var c = Array.from(term), n = c.length; n > 0; n--) {
      if (own.call(keys, encode(c.slice(0, n)))) { return encode(c.slice(0, n)); }
    }
    return null;
  }
  /** Whether word w matches query term i (the last one as a prefix while it is being typed). */
  function hit(q, w, i) { return w === q.terms[i] || (q.prefix && i === q.terms.length - 1 && w.indexOf(q.terms[i]) === 0); }
  function hasAll(q, ws) { return q.terms.every(function (t, i) { return ws.some(function (w) { return hit(q, w, i); }); }); }
  function hasPhrase(q, ws) {
    return ws.some(function (w, s) { return q.terms.every(function (t, i) { return s + i < ws.length && hit(q, ws[s + i], i); }); });
  }

  function Index(root) { this.base = new URL(root || './', location.href); this.files = {}; }
  Index.prototype.get = function (path) {
    var files = this.files;
    if (!own.call(files, path)) {
      files[path] = fetch(new URL('search/' + path, this.base).href).then(function (r) {
        if (!r.ok) { throw new Error('search/' + path + ': HTTP ' + r.status); }
        return r.json();
      });
      files[path].catch(function () { delete files[path]; });
    }
    return files[path];
  };

  /** id -> weight of term i; as a prefix, the best of the terms it starts (the term itself a little ahead). */
  Index.prototype.postings = function (meta, q, i) {
    var self = this, term = q.terms[i], exact = shardOf(meta.terms, term), keys = exact ? [exact] : [];
    var prefix = q.prefix && i === q.terms.length - 1, enc = encode(Array.from(term));
    if (prefix) {
      Object.keys(meta.terms).forEach(function (k) { if (k !== exact && k.indexOf(enc) === 0) { keys.push(k); } });
      if (keys.reduce(function (n, k) { return n + meta.terms[k]; }, 0) > 200 * 1024) { keys = exact ? [exact] : []; prefix = false; }
    }
    return Promise.all(keys.map(function (k) { return self.get('t/' + k + '.json'); })).then(function (shards) {
      var out = new Map();
      shards.forEach(function (shard) {
        Object.keys(shard).forEach(function (t) {
          if (t !== term && !(prefix && t.indexOf(term) === 0)) { return; }
          for (var p = shard[t], j = 0; j + 1 < p.length; j += 2) {
            out.set(p[j], Math.max(out.get(p[j]) || 0, p[j + 1] + (t === term ? 0.5 : 0)));
          }
        });
      });
      return out;
    });
  };

  /**
   * Every term must match; score = sum of weights. Resolves to a state whose results (entry, href) are the
   * best of the first batch; more(state) gives the next. opts: limit, files (entry files per batch), type, support.
   */
  Index.prototype.search = function (text, opts) {
    var self = this, raw = words(text), terms = normalize(text), len = function () { return Array.from(terms[terms.length - 1] || '').length; };
    var typing = raw.length > 0 && !STOP[raw[raw.length - 1]] && !/\s$/.test(text);
    // A one-character word being typed after others would match nothing yet: it waits for its next key.
    if (typing && terms.length > 1 && len() < 2) { terms.pop(); typing = false; }
    var q = { terms: terms, prefix: typing && len() >= 2 };
    var state = { query: q, total: 0, ranked: [], next: 0, results: [], opts: opts, per: 1 };
    if (!terms.length) { return Promise.resolve(state); }
    return this.get('meta.json').then(function (meta) {
      state.per = meta.entryShard;
      return Promise.all(terms.map(function (t, i) { return self.postings(meta, q, i); }));
    }).then(function (lists) {
      lists.sort(function (a, b) { return a.size - b.size; });
      lists[0].forEach(function (w, id) {
        for (var i = 1; i < lists.length; i++) {
          if (!lists[i].has(id)) { return; }
          w += lists[i].get(id);
        }
        state.ranked.push({ id: id, score: w });
      });
      state.ranked.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
      state.total = state.ranked.length;
      return self.more(state);
    });
  };

  /** The next batch: entry files of the best candidates left, filtered, phrase and title/heading matches first. */
  Index.prototype.more = function (state) {
    var self = this, o = state.opts, q = state.query, take = [], files = [];
    while (state.next < state.ranked.length && take.length < o.limit) {
      var f = Math.floor(state.ranked[state.next].id / state.per);
      if (files.indexOf(f) < 0) {
        if (files.length >= o.files) { break; }
        files.push(f);
      }
      take.push(state.ranked[state.next++]);
    }
    return Promise.all(files.map(function (f) { return self.get('e/' + f + '.json'); })).then(function (loaded) {
      state.results = take.map(function (c) {
        var e = loaded[files.indexOf(Math.floor(c.id / state.per))][c.id % state.per];
        var rank = c.score + (hasAll(q, normalize(e.p + ' ' + e.h)) ? 64 : 0)
          + (q.terms.length > 1 && [e.p, e.h, e.t].some(function (x) { return hasPhrase(q, normalize(x)); }) ? 32 : 0);
        return { id: c.id, rank: rank, entry: e, href: new URL(e.u, self.base).href };
      }).filter(function (r) {
        // Links stay on the web (never javascript: or data:), whatever an entry says.
        return /^(https?|file):$/.test(new URL(r.href).protocol)
          && (!o.type || r.entry.k === o.type) && (!o.support || r.entry.s === o.support);
      }).sort(function (a, b) { return b.rank - a.rank || a.id - b.id; });
      return state;
    });
  };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    e.className = cls;
    e.textContent = text || '';
    return e;
  }

  /** About size characters of text around its first match, matched words in <mark>; DOM nodes, never markup. */
  function snippet(text, q, size) {
    var re = /[\p{L}\p{Nd}\p{M}]+/gu, m, hits = [], frag = document.createDocumentFragment();
    while ((m = re.exec(text)) !== null) {
      if (normalize(m[0]).some(function (w) { return q.terms.some(function (t, i) { return hit(q, w, i); }); })) {
        hits.push([m.index, m.index + m[0].length]);
      }
    }
    var at = hits.length ? Math.max(0, hits[0][0] - (size >> 2)) : 0, end = Math.min(text.length, at + size);
    if (at > 0) { at = text.indexOf(' ', at) + 1 || at; }
    if (end < text.length && text.lastIndexOf(' ', end) > at) { end = text.lastIndexOf(' ', end); }
    frag.appendChild(document.createTextNode(at > 0 ? '… ' : ''));
    hits.forEach(function (h) {
      if (h[0] >= at && h[1] <= end) {
        frag.appendChild(document.createTextNode(text.slice(at, h[0])));
        frag.appendChild(el('mark', '', text.slice(h[0], h[1])));
        at = h[1];
      }
    });
    frag.appendChild(document.createTextNode(text.slice(at, end) + (end < text.length ? ' …' : '')));
    return frag;
  }

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
    function expand(on) {
      if (!on) { setActive(-1); }
      list.hidden = !(on && results.length);
      input.setAttribute('aria-expanded', String(!list.hidden));
    }
    function update() {
      var text = input.value, n = ++seq;
      if (!text.trim()) { results = []; status.textContent = ''; expand(false); return; }
      index.search(text, { limit: 8, files: 4 }).then(function (state) {
        if (n !== seq) { return; }
        results = state.results;
        list.textContent = '';
        list.setAttribute('data-query', text);
        results.forEach(function (r, i) {
          var li = el('li', 'site-search-option'), s = el('span', 'site-search-snippet');
          li.id = 'site-search-opt-' + i;
          li.setAttribute('role', 'option');
          li.appendChild(el('span', 'site-search-label', r.entry.p + (r.entry.h ? ' › ' + r.entry.h : '')));
          s.appendChild(snippet(r.entry.t, state.query, 90));
          li.appendChild(s);
          list.appendChild(li);
        });
        status.textContent = results.length ? results.length + ' suggestions, arrow keys to choose' : 'No matches';
        setActive(-1);
        expand(document.activeElement === input);
      }, function () { if (n === seq) { results = []; expand(false); status.textContent = 'Search is unavailable'; } });
    }
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(update, 60); });
    input.addEventListener('focus', function () { expand(true); });
    input.addEventListener('blur', function () { expand(false); });
    input.addEventListener('keydown', function (e) {
      var n = results.length, k = e.key;
      if ((k === 'ArrowDown' || k === 'ArrowUp') && n) {
        e.preventDefault();
        expand(true);
        setActive(k === 'ArrowDown' ? (active + 1) % n : (active <= 0 ? n - 1 : active - 1));
      } else if (k === 'Enter' && active >= 0) {
        e.preventDefault();
        location.href = results[active].href;
      } else if (k === 'Escape' && (!list.hidden || input.value)) {
        e.preventDefault();
        clearTimeout(timer);
        seq++;
        if (list.hidden) { input.value = ''; update(); } else { expand(false); }
      }
    });
    // A press on a suggestion must not blur the box first, which would close the list under the pointer.
    list.addEventListener('mousedown', function (e) { e.preventDefault(); });
    list.addEventListener('click', function (e) {
      var li = e.target.closest('[role=option]');
      if (li) { location.href = results[Number(li.id.slice(16))].href; }
    });
    if (input.value) { update(); }
  }

  function initPage(form, index) {
    var $ = function (id) { return document.getElementById(id); }, q = $('search-page-q'), type = $('search-type');
    var support = $('search-support'), status = $('search-status'), list = $('search-results');
    var more = el('button', 'search-more', 'More results'), seq = 0, timer = 0, typing = false, title = document.title, state;
    more.type = 'button';
    more.hidden = true;
    list.parentNode.insertBefore(more, list.nextSibling);
    $('search-nojs').hidden = true;

    function readUrl() {
      var p = new URLSearchParams(location.search);
      q.value = p.get('q') || '';
      [type, support].forEach(function (s) {
        s.value = p.get(s.name) || '';
        if (s.selectedIndex < 0) { s.value = ''; }
      });
    }
    function writeUrl(push) {
      var p = new URLSearchParams(), url;
      [q, type, support].forEach(function (f) { if (f.value.trim()) { p.set(f.name, f.value.trim()); } });
      url = location.pathname + (p.toString() ? '?' + p : '');
      if (url !== location.pathname + location.search) { history[push ? 'pushState' : 'replaceState'](null, '', url); }
    }
    function append(s) {
      s.results.forEach(function (r) {
        var li = el('li', 'search-result'), a = el('a', ''), p = el('p', 'search-result-snippet');
        a.href = r.href;
        a.appendChild(el('span', 'search-result-page', r.entry.p));
        if (r.entry.h) { a.appendChild(el('span', 'search-result-heading', r.entry.h)); }
        p.appendChild(snippet(r.entry.t, s.query, 240));
        li.appendChild(a);
        li.appendChild(p);
        list.appendChild(li);
      });
      more.hidden = s.next >= s.ranked.length;
    }
    function run() {
      var text = q.value.trim(), n = ++seq, f = type.value || support.value ? ' (filtered)' : '';
      document.title = text ? 'Search: ' + text + ' | ' + title : title;
      list.textContent = '';
      more.hidden = true;
      status.textContent = text ? 'Searching…' : 'Type words to search every page of the docs.';
      if (!text) { return; }
      index.search(text, { limit: 20, files: 8, type: type.value, support: support.value }).then(function (s) {
        if (n !== seq) { return; }
        state = s;
        append(s);
        status.textContent = s.results.length ? s.total + ' section' + (s.total === 1 ? '' : 's') + ' match “' + text
          + '”' + f + ', best first' : 'No section matches “' + text + '”' + f + '.';
      }, function () { if (n === seq) { status.textContent = 'The search data could not be loaded.'; } });
    }
    function commit(e) {
      if (e.type === 'submit') { e.preventDefault(); }
      typing = false;
      writeUrl(true);
      run();
    }
    // The first key of a new query makes a history entry, the rest replace it: Back goes to the query before.
    q.addEventListener('input', function () {
      writeUrl(!typing);
      typing = true;
      clearTimeout(timer);
      timer = setTimeout(run, 80);
    });
    type.addEventListener('change', commit);
    support.addEventListener('change', commit);
    form.addEventListener('submit', commit);
    more.addEventListener('click', function () {
      var n = seq;
      index.more(state).then(function (s) { if (n === seq) { append(s); } });
    });
    addEventListener('popstate', function () { typing = false; readUrl(); run(); });
    index.get('meta.json').then(function (meta) {
      [[type, meta.filters.type], [support, meta.filters.support]].forEach(function (f) {
        (f[1] || []).forEach(function (v) {
          var o = el('option', '', v.charAt(0).toUpperCase() + v.slice(1));
          o.value = v;
          f[0].appendChild(o);
        });
      });
      form.hidden = false;
      readUrl();
      run();
    }, function () { status.textContent = 'The search data could not be loaded.'; });
  }

  var box = document.querySelector('form.site-search'), page = document.querySelector('[data-search-page]');
  var index = new Index(box ? box.getAttribute('data-root') : '');
  window.siteGenSearch = { normalize: normalize, index: index };
  if (box) { initBox(box, index); }
  if (page) { initPage(page, index); }
}());
