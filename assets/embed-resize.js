// Sizes Focal Loss Explorer iframes to their content. Include it once on the page that
// hosts the embeds: <script src="embed-resize.js"></script>
// Each embedded panel posts { type: "focal-loss-explorer:height", panel, height }.
window.addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "focal-loss-explorer:height" || typeof data.height !== "number") return;
  for (const frame of document.querySelectorAll("iframe")) {
    if (frame.contentWindow === event.source) {
      frame.style.height = Math.ceil(data.height) + "px";
    }
  }
});
