// "Copy" buttons next to citations. Without JavaScript the text can still be selected.
(function () {
  "use strict";
  function copy(text, button) {
    function done(ok) {
      button.textContent = ok ? "Copied" : "Select and copy";
      window.setTimeout(function () { button.textContent = "Copy"; }, 2000);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(false); });
    } else {
      done(false);
    }
  }
  document.querySelectorAll("[data-copy]").forEach(function (node) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy " + (node.id === "cite-bibtex" ? "BibTeX" : node.id === "cite-csl" ? "CSL-JSON" : "citation"));
    button.addEventListener("click", function () { copy(node.textContent, button); });
    var holder = node.tagName === "CODE" ? node.parentNode : node;
    holder.parentNode.insertBefore(button, holder.nextSibling);
  });
})();
