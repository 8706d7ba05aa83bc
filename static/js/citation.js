/* Copy buttons of the citation box: shown only where the clipboard can be written. */
(function () {
  "use strict";
  if (!navigator.clipboard || !window.isSecureContext) {
    return;
  }
  document.querySelectorAll(".citation-copy").forEach(function (button) {
    var box = button.closest(".citation-box");
    var status = box && box.querySelector(".citation-status");
    var target = document.getElementById(button.dataset.copy);
    if (!target || !status) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(target.textContent.trim()).then(
        function () { status.textContent = status.dataset.copied; },
        function () { status.textContent = status.dataset.failed; }
      );
    });
  });
})();
