// Filters the case table of index.html: each [data-filter] field keeps the rows whose
// data-<name> attribute contains its text (lower case); the best-response select matches exactly.
"use strict";
(function () {
  var table = document.getElementById("cases");
  var shown = document.getElementById("shown");
  if (!table || !shown) {
    return;
  }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var fields = Array.prototype.slice.call(document.querySelectorAll("[data-filter]"));

  function matches(row, field) {
    var wanted = field.value.trim().toLowerCase();
    if (!wanted) {
      return true;
    }
    var have = row.getAttribute("data-" + field.getAttribute("data-filter")) || "";
    return field.tagName === "SELECT" ? have === wanted : have.indexOf(wanted) !== -1;
  }

  function apply() {
    var count = 0;
    rows.forEach(function (row) {
      var keep = fields.every(function (field) { return matches(row, field); });
      row.hidden = !keep;
      if (keep) {
        count += 1;
      }
    });
    shown.textContent = String(count);
  }

  fields.forEach(function (field) {
    field.addEventListener("input", apply);
    field.addEventListener("change", apply);
  });
  document.getElementById("filters").addEventListener("submit", function (e) { e.preventDefault(); });
  apply();
})();
