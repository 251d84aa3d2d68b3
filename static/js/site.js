/* Progressive enhancement only: every page works without this file.
   - Filters submit themselves when a checkbox or select changes (text and number fields wait
     for Enter or the button, so typing is not interrupted).
   - The scroll position survives that reload, so the sidebar stays where the student was.
   - On narrow screens the filter panel starts closed, below the results' search box.
   Loaded with `defer` from a static file: no inline script, so the CSP needs no unsafe-inline. */
(function () {
  "use strict";
  var KEY = "internboard:scroll";
  var form = document.querySelector("form.layout");

  try {
    var saved = JSON.parse(sessionStorage.getItem(KEY) || "null");
    sessionStorage.removeItem(KEY);
    if (saved && saved.path === location.pathname) {
      window.scrollTo(0, saved.y);
    }
  } catch (error) { /* storage may be disabled: nothing to restore */ }

  if (!form) {
    return;
  }
  var panel = form.querySelector(".filter-panel");
  if (panel && window.matchMedia("(max-width: 52rem)").matches && !form.querySelector(".has-error")) {
    panel.removeAttribute("open");
  }
  form.addEventListener("submit", function () {
    try {
      sessionStorage.setItem(KEY, JSON.stringify({ path: location.pathname, y: window.scrollY }));
    } catch (error) { /* ignore */ }
  });
  form.addEventListener("change", function (event) {
    var target = event.target;
    var auto = target.matches("input[type=checkbox], input[type=radio], select");
    if (auto && !target.closest(".search")) {
      if (typeof form.requestSubmit === "function") {
        form.requestSubmit();
      } else {
        form.submit();
      }
    }
  });
})();
