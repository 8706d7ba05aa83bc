/* Browse and search pages: a new sort order applies as soon as it is chosen.
   Without script the form's "Apply" button does the same (progressive enhancement, no inline code). */
(function () {
  "use strict";
  document.querySelectorAll("select[data-submit-on-change]").forEach(function (select) {
    var form = select.form;
    if (!form) {
      return;
    }
    form.querySelectorAll(".sort-apply").forEach(function (button) {
      button.hidden = true;
    });
    select.addEventListener("change", function () {
      if (typeof form.requestSubmit === "function") {
        form.requestSubmit();
      } else {
        form.submit();
      }
    });
  });
})();
