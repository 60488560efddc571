// Roundtable: small progressive enhancements. Every page works without this file.
(function () {
  "use strict";

  // Searchable competency picker: filter the radio options as the user types.
  document.querySelectorAll("[data-picker]").forEach(function (picker) {
    var search = picker.querySelector("[data-picker-search]");
    var empty = picker.querySelector("[data-picker-empty]");
    var options = picker.querySelectorAll(".picker-option");
    if (!search) return;
    search.addEventListener("input", function () {
      var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      options.forEach(function (option) {
        var hay = option.getAttribute("data-search") || "";
        var match = words.every(function (w) { return hay.indexOf(w) !== -1; });
        option.hidden = !match;
        if (match) shown += 1;
      });
      if (empty) empty.hidden = shown !== 0;
    });
  });

  // The model field only matters for the LLM engine.
  document.querySelectorAll("[data-engine]").forEach(function (select) {
    var field = document.querySelector("[data-model-field]");
    function sync() { if (field) field.hidden = select.value !== "llm"; }
    select.addEventListener("change", sync);
    sync();
  });

  // "Copy" next to an example file, where the browser lets a page write to the clipboard.
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    var target = document.querySelector(button.getAttribute("data-copy"));
    if (!target || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(target.textContent).then(function () {
        button.textContent = "Copied";
      });
    });
  });

  // Highlight in the answer every passage the turns on the page quote, as the server does:
  // cut the answer at each quote's edges; a piece quoted by two or more experts is darker.
  // Offsets count code points (as Python does), hence Array.from rather than string indexes.
  // The interviewer's follow-ups shown inside a transcript's answer are not part of it: they
  // are set aside, and put back before the reply each drew (`data-at`) at every rebuild.
  var answerBox = document.querySelector("[data-answer]");
  var asks = answerBox ? Array.from(answerBox.querySelectorAll("[data-ask]")) : [];
  var answerChars = [];
  if (answerBox) {
    answerBox.childNodes.forEach(function (node) {
      if (!(node.nodeType === 1 && node.hasAttribute("data-ask"))) {
        answerChars = answerChars.concat(Array.from(node.textContent));
      }
    });
  }
  var askAt = {};
  asks.forEach(function (ask) { askAt[ask.getAttribute("data-at")] = ask; });

  function highlightQuotes() {
    var spans = [];
    document.querySelectorAll("article.turn").forEach(function (turn) {
      var who = turn.getAttribute("data-name");
      turn.querySelectorAll(".quote-chip[data-start]").forEach(function (chip) {
        var start = parseInt(chip.getAttribute("data-start"), 10);
        var end = parseInt(chip.getAttribute("data-end"), 10);
        var text = answerChars.slice(start, end).join("");
        if (start < end && text === chip.getAttribute("data-quote")) spans.push([start, end, who]);
      });
    });
    var cuts = [0, answerChars.length];
    spans.forEach(function (s) { cuts.push(s[0], s[1]); });
    Object.keys(askAt).forEach(function (at) { cuts.push(parseInt(at, 10)); });
    cuts = Array.from(new Set(cuts)).sort(function (a, b) { return a - b; });
    var pieces = document.createDocumentFragment();
    for (var i = 0; i + 1 < cuts.length; i += 1) {
      var from = cuts[i], to = cuts[i + 1];
      if (askAt[String(from)]) pieces.appendChild(askAt[String(from)]);
      var text = answerChars.slice(from, to).join("");
      var names = [];
      spans.forEach(function (s) {
        if (s[0] <= from && to <= s[1] && names.indexOf(s[2]) === -1) names.push(s[2]);
      });
      if (!names.length) { pieces.appendChild(document.createTextNode(text)); continue; }
      var mark = document.createElement("mark");
      mark.id = "cite-" + from;
      mark.className = names.length > 1 ? "cite many" : "cite";
      mark.title = "Quoted by " + names.join(", ");
      mark.textContent = text;
      pieces.appendChild(mark);
    }
    answerBox.replaceChildren(pieces);
    var legend = document.querySelector("[data-legend]");
    if (legend && spans.length) legend.hidden = false;
  }

  // A running review: stream its turns (server-rendered, already escaped) into the page.
  var review = document.querySelector("article.review[data-review]");
  if (!review || !window.EventSource) return;
  var status = review.getAttribute("data-status");
  if (status !== "queued" && status !== "running") return;
  var lastSeq = parseInt(review.getAttribute("data-last-seq") || "-1", 10);
  var rounds = document.getElementById("rounds");
  var url = "/api/reviews/" + encodeURIComponent(review.getAttribute("data-review")) +
    "/events?html=1";
  var source = new EventSource(url);

  function roundFor(kind) {
    var sections = rounds.querySelectorAll("section.round");
    var last = sections[sections.length - 1];
    if (last && last.getAttribute("data-round") === kind) return last;
    var template = document.querySelector('template[data-round-template="' + kind + '"]');
    var section = template.content.firstElementChild.cloneNode(true);
    rounds.appendChild(section);
    return section;
  }

  source.addEventListener("turn", function (event) {
    var data = JSON.parse(event.data);
    if (data.seq <= lastSeq) return;
    lastSeq = data.seq;
    var holder = document.createElement("div");
    holder.innerHTML = data.html;
    var turn = holder.firstElementChild;
    turn.classList.add("arrived");
    roundFor(data.round).querySelector(".turns").appendChild(turn);
    review.setAttribute("data-last-seq", String(lastSeq));
    if (answerBox) highlightQuotes();
  });

  source.addEventListener("status", function () {
    source.close();
    window.location.reload();
  });
})();
