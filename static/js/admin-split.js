// Splitting a spelling out of an author: choosing a spelling ticks the articles whose source text prints it
// (the server lists them in the JSON block #split-printed); the editor can still change the ticks.
"use strict";
(function () {
  const data = document.getElementById("split-printed");
  if (!data) return;
  const printed = JSON.parse(data.textContent);
  const tick = (alias) => {
    const ids = new Set((printed[alias] || []).map(String));
    for (const box of document.querySelectorAll('input[name="articles"]')) box.checked = ids.has(box.value);
  };
  for (const radio of document.querySelectorAll('input[name="alias"]')) {
    radio.addEventListener("change", () => tick(radio.value));
  }
})();
