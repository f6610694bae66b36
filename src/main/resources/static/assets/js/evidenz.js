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

// Suggestions while typing in a search box (progressive enhancement: without JavaScript the form simply submits).
// Suggestions fill a native <datalist>, which browsers and screen readers already know how to present.
(function () {
  "use strict";
  var boxes = document.querySelectorAll("input[data-suggest]");
  boxes.forEach(function (input, index) {
    var list = document.createElement("datalist");
    list.id = "suggestions-" + index;
    input.after(list);
    input.setAttribute("list", list.id);
    var timer = null;
    var latest = "";
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var text = input.value.trim();
      if (text.length < 2) {
        list.replaceChildren();
        return;
      }
      timer = setTimeout(function () {
        latest = text;
        var url = "/api/v1/search/suggest?lang=" + encodeURIComponent(input.dataset.suggest)
          + "&q=" + encodeURIComponent(text);
        fetch(url, { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (suggestions) {
            if (latest !== text) {
              return;
            }
            list.replaceChildren.apply(list, suggestions.map(function (s) {
              var option = document.createElement("option");
              option.value = s.text;
              if (s.title !== s.text) {
                option.label = s.title;
              }
              return option;
            }));
          })
          .catch(function () { list.replaceChildren(); });
      }, 150);
    });
  });
})();

// Decision aid (progressive enhancement: without JavaScript the choice form submits and the page reloads, and the
// sheet is printed with the browser's own command). On the compare page a changed choice fetches the same page for
// the new choice and puts its results in place; what the reader already noted in the form below is carried over.
(function () {
  "use strict";
  var results = document.querySelector("[data-compare-results]");
  var form = document.querySelector("form[data-compare]");
  var status = document.querySelector("[data-compare-status]");
  if (results && form) {
    var latest = 0;
    form.addEventListener("change", function () {
      var query = new URLSearchParams(new FormData(form)).toString();
      var url = form.getAttribute("action") + (query ? "?" + query : "");
      var request = ++latest;
      fetch(url, { headers: { Accept: "text/html" } })
        .then(function (response) { return response.text(); })
        .then(function (html) {
          if (request !== latest) {
            return;
          }
          var fresh = new DOMParser().parseFromString(html, "text/html").querySelector("[data-compare-results]");
          if (!fresh) {
            return;
          }
          carryOver(results, fresh);
          results.replaceWith(fresh);
          results = fresh;
          history.replaceState(null, "", url);
          if (status) {
            status.textContent = status.dataset.updated;
          }
        })
        .catch(function () { form.submit(); });
    });
  }
  function carryOver(from, to) {
    from.querySelectorAll(".sheet-form [id]").forEach(function (field) {
      var same = to.querySelector("#" + CSS.escape(field.id));
      if (!same) {
        return;
      }
      if (field.type === "checkbox" || field.type === "radio") {
        same.checked = field.checked;
      } else if (field.tagName === "TEXTAREA") {
        same.value = field.value;
      }
    });
  }
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
