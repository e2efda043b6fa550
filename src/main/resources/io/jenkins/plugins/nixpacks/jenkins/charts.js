/* The Nixpacks charts, drawn with the echarts global of the echarts-api plugin's adjunct. The data comes from the
   element's data-chart attribute (JSON made by NixpacksRecord and NixpacksTrend): no inline script, as Jenkins'
   Content Security Policy wants. */
(function () {
  function draw() {
    if (typeof echarts === "undefined") {
      return;
    }
    document.querySelectorAll(".nixpacks-timeline:not([data-drawn])").forEach(function (el) {
      var d = JSON.parse(el.getAttribute("data-chart"));
      el.setAttribute("data-drawn", "true");
      echarts.init(el).setOption({
        tooltip: { trigger: "axis", valueFormatter: function (v) { return v + " s"; } },
        grid: { left: 130, right: 30, top: 10, bottom: 30 },
        xAxis: { type: "value", name: "s" },
        yAxis: { type: "category", data: d.names, inverse: true },
        series: [{ type: "bar", data: d.seconds }]
      });
    });
    document.querySelectorAll(".nixpacks-trend:not([data-drawn])").forEach(function (el) {
      var d = JSON.parse(el.getAttribute("data-chart"));
      el.setAttribute("data-drawn", "true");
      echarts.init(el).setOption({
        tooltip: { trigger: "axis" },
        legend: { data: ["build time (s)", "cache hit rate (%)"] },
        grid: { left: 50, right: 50, top: 30, bottom: 30 },
        xAxis: { type: "category", data: d.builds },
        yAxis: [{ type: "value", name: "s" }, { type: "value", name: "%", min: 0, max: 100 }],
        series: [
          { name: "build time (s)", type: "bar", data: d.seconds },
          { name: "cache hit rate (%)", type: "line", yAxisIndex: 1, data: d.hitRate }
        ]
      });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
