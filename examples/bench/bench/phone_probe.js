// Installed before the page's own scripts (Page.addScriptToEvaluateOnNewDocument): records
// every long task from navigation on, and from `focal-interactive` until 4 s later sends an
// `input` event to the γ slider every 100 ms, recording for each the time from when it was
// due to the end of the next frame (a message posted from that frame's animation callback
// runs after the frame's rendering). A tick that a long task holds up is late by as much
// as a reader's input would be.
//
// With `window.__syntheticInputs = false` set first, it sends no inputs: the benchmark then
// presses real keys through DevTools, and the browser's Event Timing API (also recorded
// here, in `events`) measures each from its arrival to the next frame painted after it.
(() => {
  const p = (window.__probe = { tasks: [], delays: [], events: [], interactive: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.interactionId) p.events.push([e.interactionId, e.duration]);
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) p.tasks.push([e.startTime, e.duration]);
  }).observe({ type: "longtask", buffered: true });
  const run = (t0) => {
    p.interactive = t0;
    if (window.__syntheticInputs === false) return;
    const tick = (k) => {
      const due = t0 + 100 * k;
      const slider = document.querySelector("[data-testid=gamma]");
      if (slider && !slider.disabled) {
        slider.value = k % 2 ? "2.5" : "2";
        slider.dispatchEvent(new Event("input", { bubbles: true }));
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => p.delays.push(performance.now() - due);
          channel.port2.postMessage(0);
        });
      }
      if (k < 40) setTimeout(() => tick(k + 1), Math.max(0, due + 100 - performance.now()));
    };
    setTimeout(() => tick(1), Math.max(0, t0 + 100 - performance.now()));
  };
  new PerformanceObserver((list, observer) => {
    const mark = list.getEntries().find((e) => e.name === "focal-interactive");
    if (mark) {
      observer.disconnect();
      run(mark.startTime);
    }
  }).observe({ type: "mark", buffered: true });
})();
