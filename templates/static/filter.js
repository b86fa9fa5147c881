// Kind filter on the conflicts list: unchecking a kind hides its questions.
(function () {
  "use strict";
  var form = document.querySelector("form.filter");
  var list = document.getElementById("question-list");
  if (!form || !list) return;
  form.addEventListener("change", function () {
    var shown = {};
    form.querySelectorAll("input[name=kind]").forEach(function (box) { shown[box.value] = box.checked; });
    list.querySelectorAll("li[data-kind]").forEach(function (item) {
      item.hidden = !shown[item.getAttribute("data-kind")];
    });
  });
})();
