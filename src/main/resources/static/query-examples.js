// Offers the example queries shipped with the server (/api/example-queries); each opens in its own YASGUI tab.
function offerExampleQueries(yasgui, list) {
  "use strict";
  fetch("/api/example-queries", { headers: { Accept: "application/json" } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error("example queries request failed: " + response.status);
      }
      return response.json();
    })
    .then(function (examples) {
      examples.forEach(function (example) {
        var button = document.createElement("button");
        button.type = "button";
        button.textContent = example.name;
        button.title = example.description;
        button.dataset.example = example.name;
        button.addEventListener("click", function () {
          yasgui.addTab(true, { name: example.name, yasqe: { value: example.query } }, { avoidDuplicateTabs: true });
        });
        list.appendChild(button);
      });
      list.dataset.count = String(examples.length);
    })
    .catch(function (error) {
      list.dataset.error = error.message;
      list.textContent = "The example queries could not be loaded.";
    });
}
