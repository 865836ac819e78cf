// Draws the entity's neighbourhood (from /api/neighbourhood) with Cytoscape.js; clicking a node opens its page.
(function () {
  "use strict";
  var container = document.getElementById("graph");
  if (!container || typeof cytoscape !== "function") {
    return;
  }
  var colours = { Place: "#2e7d32", Organization: "#1565c0", Project: "#ef6c00", Other: "#757575" };
  var url = container.dataset.api + "?iri=" + encodeURIComponent(container.dataset.iri);
  fetch(url, { headers: { Accept: "application/json" } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error("neighbourhood request failed: " + response.status);
      }
      return response.json();
    })
    .then(function (elements) {
      var cy = cytoscape({
        container: container,
        elements: elements,
        style: [
          { selector: "node", style: {
              "background-color": function (n) { return colours[n.data("type")] || colours.Other; },
              "label": "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 4,
              "width": 18, "height": 18, "color": "#1d2329" } },
          { selector: "node[?focus]", style: { "width": 30, "height": 30, "border-width": 3, "border-color": "#b3261e",
              "font-weight": "bold", "font-size": 13 } },
          { selector: "edge", style: { "width": 2, "line-color": "#9aa5b1", "target-arrow-color": "#9aa5b1",
              "target-arrow-shape": "triangle", "curve-style": "bezier", "label": "data(label)", "font-size": 9,
              "color": "#5b6670", "text-rotation": "autorotate" } },
          { selector: "edge[kind = 'co-mention']", style: { "line-style": "dashed", "target-arrow-shape": "none",
              "line-color": "#c9d1d9" } }
        ],
        layout: { name: "cose", animate: false, padding: 20, nodeRepulsion: function () { return 8000; } }
      });
      cy.on("tap", "node", function (evt) {
        var href = evt.target.data("href");
        if (href && !evt.target.data("focus")) {
          window.location.href = href;
        }
      });
      window.entityGraph = cy;
      container.dataset.nodes = String(cy.nodes().length);
      container.dataset.edges = String(cy.edges().length);
    })
    .catch(function (error) {
      container.dataset.error = error.message;
      container.textContent = "The neighbourhood graph could not be loaded.";
    });
})();
