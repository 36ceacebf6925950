// Client-side search over action names and titles (and structure names). Runs from file:// with
// no server: the index is a plain script (search-index.js) that sets window.DOCS2SDK_SEARCH.
// Results are built with textContent, never innerHTML.
(function () {
  "use strict";
  var data = window.DOCS2SDK_SEARCH || { entries: [] };
  var root = document.body.getAttribute("data-root") || "";
  var input = document.getElementById("search");
  var list = document.getElementById("search-results");
  if (!input || !list) return;
  var MAX = 30;
  var KIND = { a: "Action", t: "Structure" };

  function fold(s) {
    // NFKC folds full-width letters and digits (ＣＶＭ -> CVM) so they match either way.
    return String(s).normalize("NFKC").toLowerCase();
  }

  var entries = data.entries.map(function (e, i) {
    // e = [kind, name, title, where, path, superseded?]
    return { kind: e[0], name: e[1], title: e[2], where: e[3], path: e[4], old: e[5] === 1, order: i, n: fold(e[1]), t: fold(e[2]), w: fold(e[3]) };
  });

  function score(e, q, terms) {
    if (e.n === q || e.t === q) return 0;
    if (e.n.indexOf(q) === 0 || e.t.indexOf(q) === 0) return 1;
    if (e.n.indexOf(q) >= 0 || e.t.indexOf(q) >= 0) return 2;
    // Several words: each must appear somewhere (name, title or service).
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i];
      if (e.n.indexOf(t) < 0 && e.t.indexOf(t) < 0 && e.w.indexOf(t) < 0) return -1;
    }
    return terms.length > 1 ? 3 : -1;
  }

  function search(text) {
    var q = fold(text).trim();
    if (!q) return [];
    var terms = q.split(/\s+/);
    var hits = [];
    for (var i = 0; i < entries.length; i++) {
      var s = score(entries[i], q, terms);
      if (s >= 0) hits.push({ s: s, e: entries[i] });
    }
    hits.sort(function (a, b) {
      return a.s - b.s || (a.e.kind === b.e.kind ? 0 : a.e.kind === "a" ? -1 : 1) || (a.e.old === b.e.old ? 0 : a.e.old ? 1 : -1) || a.e.order - b.e.order;
    });
    return hits.slice(0, MAX).map(function (h) { return h.e; });
  }

  function span(cls, text) {
    var el = document.createElement("span");
    el.className = cls;
    el.textContent = text;
    return el;
  }

  function render(results, text) {
    list.textContent = "";
    if (!text.trim()) {
      list.hidden = true;
      return;
    }
    if (results.length === 0) {
      var none = document.createElement("li");
      none.className = "empty";
      none.textContent = "No action matches.";
      list.appendChild(none);
    }
    results.forEach(function (e) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.setAttribute("href", root + e.path);
      a.appendChild(span("name", e.name));
      if (e.title) a.appendChild(span("title", e.title));
      a.appendChild(span("where", KIND[e.kind] + " · " + e.where));
      li.appendChild(a);
      list.appendChild(li);
    });
    list.hidden = false;
  }

  function update() {
    render(search(input.value), input.value);
  }

  input.addEventListener("input", update);
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var first = list.querySelector("a");
      if (first) window.location.href = first.href;
    } else if (ev.key === "ArrowDown") {
      var link = list.querySelector("a");
      if (link) { ev.preventDefault(); link.focus(); }
    } else if (ev.key === "Escape") {
      input.value = "";
      update();
    }
  });
  list.addEventListener("keydown", function (ev) {
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var i = links.indexOf(document.activeElement);
    if (i < 0) return;
    if (ev.key === "ArrowDown" && i + 1 < links.length) { ev.preventDefault(); links[i + 1].focus(); }
    if (ev.key === "ArrowUp") { ev.preventDefault(); (i > 0 ? links[i - 1] : input).focus(); }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "/" && document.activeElement !== input) { ev.preventDefault(); input.focus(); }
  });

  // index.html?q=... opens with results shown.
  var m = /[?&]q=([^&]*)/.exec(window.location.search);
  if (m) {
    try { input.value = decodeURIComponent(m[1].replace(/\+/g, " ")); } catch (err) { input.value = ""; }
    update();
  }
})();
