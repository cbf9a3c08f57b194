/* site-gen: catalog search and filters, and the upgrade planner. Pages work without it. */
(function () {
  'use strict';

  function $(sel, root) { return (root || document).querySelector(sel); }
  function $all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }

  function initCatalog() {
    var form = $('#catalog-filters');
    var table = $('#catalog');
    if (!form || !table) { return; }
    form.hidden = false;
    var tbody = table.tBodies[0];
    var rows = $all('tr[data-connector]', tbody);
    var selects = $all('select[data-facet]', form);
    var search = $('#q', form);
    var breaking = $('#f-breaking', form);
    var group = $('#f-group', form);
    var status = $('#catalog-status');
    var empty = $('#catalog-empty');
    var keyOf = { type: 'type', support: 'support', stage: 'stage', subtype: 'subtype' };

    readQuery();

    function readQuery() {
      var params = new URLSearchParams(window.location.search);
      search.value = params.get('q') || '';
      selects.forEach(function (s) { s.value = params.get(s.name) || ''; if (s.selectedIndex < 0) { s.value = ''; } });
      breaking.checked = params.get('breaking') === '1';
      group.value = params.get('group') === 'support' ? 'support' : '';
    }

    function state() {
      var st = { q: search.value.trim().toLowerCase(), breaking: breaking.checked, facets: {} };
      selects.forEach(function (s) { if (s.value) { st.facets[s.name] = s.value; } });
      return st;
    }

    function matches(row, st, skip) {
      if (st.breaking && row.dataset.breaking !== 'true') { return false; }
      for (var k in st.facets) {
        if (k !== skip && row.dataset[keyOf[k]] !== st.facets[k]) { return false; }
      }
      if (!st.q) { return true; }
      var hay = [row.dataset.name, row.dataset.connector, row.dataset.subtype, row.dataset.tags].join(' ');
      return st.q.split(/\s+/).every(function (w) { return hay.indexOf(w) >= 0; });
    }

    function writeQuery(st) {
      var params = new URLSearchParams();
      if (st.q) { params.set('q', search.value.trim()); }
      Object.keys(st.facets).sort().forEach(function (k) { params.set(k, st.facets[k]); });
      if (st.breaking) { params.set('breaking', '1'); }
      if (group.value) { params.set('group', group.value); }
      var qs = params.toString();
      history.replaceState(null, '', window.location.pathname + (qs ? '?' + qs : '') + window.location.hash);
    }

    function updateCounts(st) {
      selects.forEach(function (s) {
        $all('option', s).forEach(function (o) {
          if (!o.value) { return; }
          var n = rows.filter(function (r) { return r.dataset[keyOf[s.name]] === o.value && matches(r, st, s.name); }).length;
          o.textContent = o.dataset.label + ' (' + n + ')';
        });
      });
    }

    function regroup(visible) {
      $all('tr.group-row', tbody).forEach(function (g) { g.remove(); });
      var ordered = rows.slice();
      if (group.value === 'support') {
        var order = { Certified: 0, Community: 1, Archived: 2 };
        ordered.sort(function (a, b) {
          return (order[a.dataset.support] - order[b.dataset.support]) || (rows.indexOf(a) - rows.indexOf(b));
        });
      }
      var last = null;
      ordered.forEach(function (r) {
        if (group.value === 'support' && visible.indexOf(r) >= 0 && r.dataset.support !== last) {
          last = r.dataset.support;
          var g = document.createElement('tr');
          g.className = 'group-row';
          var th = document.createElement('th');
          th.colSpan = 5;
          th.scope = 'colgroup';
          th.textContent = last;
          g.appendChild(th);
          tbody.appendChild(g);
        }
        tbody.appendChild(r);
      });
    }

    function apply() {
      var st = state();
      var visible = rows.filter(function (r) { return matches(r, st, null); });
      rows.forEach(function (r) { r.hidden = visible.indexOf(r) < 0; });
      regroup(visible);
      updateCounts(st);
      status.textContent = visible.length + ' of ' + rows.length + ' connectors shown';
      empty.hidden = visible.length > 0;
      writeQuery(st);
    }

    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    apply();
  }

  function parseVersion(v) {
    var m = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?/.exec(v || '');
    return m ? { nums: [+m[1], +m[2], +m[3]], pre: m[4] ? m[4].split('.') : [] } : null;
  }

  function compareVersions(a, b) {
    var x = parseVersion(a), y = parseVersion(b);
    if (!x || !y) { return 0; }
    for (var i = 0; i < 3; i++) { if (x.nums[i] !== y.nums[i]) { return x.nums[i] - y.nums[i]; } }
    if (!x.pre.length || !y.pre.length) { return y.pre.length - x.pre.length; }
    for (var j = 0; j < Math.min(x.pre.length, y.pre.length); j++) {
      var p = x.pre[j], q = y.pre[j], pn = /^\d+$/.test(p), qn = /^\d+$/.test(q);
      if (p === q) { continue; }
      if (pn && qn) { return +p - +q; }
      if (pn !== qn) { return pn ? -1 : 1; }
      return p < q ? -1 : 1;
    }
    return x.pre.length - y.pre.length;
  }

  function initPlanners() {
    $all('.planner').forEach(function (planner) {
      var select = $('select', planner);
      var list = $('.planner-steps', planner);
      var summary = $('.planner-summary', planner);
      var staticList = $('.planner-static', planner);
      if (!select || !list) { return; }
      planner.classList.add('planner-live');
      if (staticList) { staticList.hidden = true; }
      var latest = planner.dataset.latest;
      function update() {
        var from = select.value;
        var shown = 0;
        $all('li[data-version]', list).forEach(function (li) {
          var v = li.dataset.version;
          var on = compareVersions(v, from) > 0 && compareVersions(v, latest) <= 0;
          li.hidden = !on;
          if (on) { shown++; }
        });
        list.hidden = false;
        summary.textContent = shown === 0
          ? 'No breaking changes between ' + from + ' and ' + latest + ': upgrade directly.'
          : shown + ' breaking change' + (shown > 1 ? 's' : '') + ' between ' + from + ' and ' + latest + ':';
      }
      select.addEventListener('change', update);
      update();
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    initCatalog();
    initPlanners();
  });
}());
