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

  // Destructive forms ask first.
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.getAttribute("data-confirm"))) event.preventDefault();
    });
  });

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
  });

  source.addEventListener("status", function () {
    source.close();
    window.location.reload();
  });
})();
