// Search page: MiniSearch over the documents of the index shards (static/search/*.js).
// Each shard is a script that appends {shard, docs} to window.DOSSIER_SEARCH, not a
// fetched file, so search works from disk too; this script's data-shards says how many
// the page loads. Results are built from text nodes only: indexed text is never parsed as HTML.
(function () {
  "use strict";
  var shards = window.DOSSIER_SEARCH;
  var script = document.currentScript;
  var expected = script ? Number(script.getAttribute("data-shards")) || 0 : 0;
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-query");
  var kindSelect = document.getElementById("search-kind");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!form || !input || !list || !status) return;
  if (!shards || !shards.length || typeof MiniSearch === "undefined") {
    status.textContent = "The search index could not be loaded.";
    return;
  }
  var docs = [];
  var byUrl = {};
  shards.forEach(function (shard) {
    shard.docs.forEach(function (doc) {
      docs.push(doc);
      byUrl[doc.u] = doc;
    });
  });
  var partial = expected > shards.length
    ? " Part of the search index could not be loaded, so some results may be missing."
    : "";
  var root = "../";
  var TYPE_LABELS = { claim: "Figure", question: "Question", source: "Source", entity: "Name" };

  function fold(term) {
    return term.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  var engine = new MiniSearch({
    idField: "u",
    fields: ["h", "w", "s", "b"],
    storeFields: ["t"],
    processTerm: function (term) {
      var folded = fold(term);
      return folded.length ? folded : null;
    }
  });
  engine.addAll(docs);

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.appendChild(document.createTextNode(text));
    return node;
  }

  function selectedTypes() {
    var types = {};
    form.querySelectorAll("input[name=type]").forEach(function (box) {
      types[box.value] = box.checked;
    });
    return types;
  }

  function render(doc) {
    var item = el("li", "result result-" + doc.t);
    var head = el("p", "result-head");
    head.appendChild(el("span", "result-type", TYPE_LABELS[doc.t] || doc.t));
    head.appendChild(document.createTextNode(" "));
    var link = el("a", null, doc.h);
    link.href = root + doc.u;
    head.appendChild(link);
    if (doc.k) {
      head.appendChild(document.createTextNode(" "));
      head.appendChild(el("span", "tag kind-" + doc.k, doc.l));
    } else if (doc.l) {
      head.appendChild(document.createTextNode(" "));
      head.appendChild(el("span", "tag", doc.l));
    }
    item.appendChild(head);
    var facts = [];
    if (doc.w) facts.push((doc.t === "claim" ? "said by " : "") + doc.w);
    if (doc.d) facts.push((doc.t === "claim" ? "as of " : "") + doc.d);
    if (doc.q) facts.push("question: " + doc.q);
    if (facts.length) item.appendChild(el("p", "result-facts", facts.join(" · ")));
    if (doc.s) item.appendChild(el("p", "result-snippet", doc.s));
    return item;
  }

  function run() {
    var query = input.value.trim();
    var types = selectedTypes();
    var kind = kindSelect ? kindSelect.value : "";
    while (list.firstChild) list.removeChild(list.firstChild);
    if (!query) {
      status.textContent = "Type a name, a number or a word to search " + docs.length + " items." + partial;
      return;
    }
    var hits = engine.search(query, {
      prefix: function (term) { return term.length > 2; },
      fuzzy: function (term) { return term.length > 4 ? 0.2 : false; },
      boost: { h: 3, w: 2, s: 1.5 },
      combineWith: "AND"
    });
    var shown = 0;
    hits.forEach(function (hit) {
      var doc = byUrl[hit.id];
      if (!doc || !types[doc.t]) return;
      if (kind && doc.k !== kind) return;
      if (shown < 200) list.appendChild(render(doc));
      shown += 1;
    });
    status.textContent = (shown === 0
      ? "Nothing matches “" + query + "”."
      : shown + (shown === 1 ? " result" : " results") + " for “" + query + "”" +
        (shown > 200 ? " (first 200 shown)." : ".")) + partial;
  }

  function remember() {
    try {
      var params = new URLSearchParams(window.location.search);
      params.set("q", input.value);
      if (kindSelect && kindSelect.value) params.set("kind", kindSelect.value); else params.delete("kind");
      window.history.replaceState(null, "", "?" + params.toString());
    } catch (e) {
      // Some browsers refuse to rewrite file:// addresses; search still works.
    }
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  var header = document.getElementById("site-search");
  if (header) header.value = input.value;
  if (kindSelect && params.get("kind")) kindSelect.value = params.get("kind");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run();
    remember();
  });
  input.addEventListener("input", run);
  form.addEventListener("change", function () { run(); remember(); });
  run();
})();
