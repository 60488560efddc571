// Starts Swagger UI for /api/docs. A file rather than an inline script, so the docs page keeps
// the same Content-Security-Policy as every other page.
(function () {
  "use strict";
  var root = document.getElementById("swagger-ui");
  var xsrf = root.getAttribute("data-xsrf");
  window.SwaggerUIBundle({
    url: root.getAttribute("data-openapi"),
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null, // never send the schema to an outside validator
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    // "Try it out" calls carry the browser's login cookie, so they echo the form token too.
    requestInterceptor: function (request) {
      request.headers["X-XSRF-Token"] = xsrf;
      return request;
    }
  });
})();
