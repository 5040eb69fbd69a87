// Copy buttons for citations. The citation is plain text in the page; this only adds a button
// that copies it, where JavaScript and the clipboard are available.
(function () {
  if (!navigator.clipboard) return;
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  document.body.appendChild(status);
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.textContent.trim()).then(
        function () {
          button.textContent = "Copied";
          status.textContent = "Citation copied";
        },
        function () {
          status.textContent = "Could not copy: select the citation text instead";
        },
      );
    });
  });
})();
