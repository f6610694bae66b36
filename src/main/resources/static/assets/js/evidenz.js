// Progressive enhancement only: every page works without this file.
// Glossary definitions appear on hover and keyboard focus through CSS; Escape hides an open one
// (WCAG 1.4.13: content shown on hover or focus must be dismissible without moving pointer or focus).
(function () {
  "use strict";
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    document.querySelectorAll(".term:hover, .term:focus-within").forEach(function (term) {
      term.classList.add("term-dismissed");
    });
  });
  // Once pointer or focus has left the term, its definition may show again next time.
  function resetOnLeave(event) {
    var term = event.target.closest && event.target.closest(".term");
    if (term && !term.contains(event.relatedTarget)) {
      term.classList.remove("term-dismissed");
    }
  }
  document.addEventListener("focusout", resetOnLeave);
  document.addEventListener("mouseout", resetOnLeave);
})();
