// The page arrives with its first view pre-rendered at the default state
// (assets/prerendered.html). A link that carries its own state must not show the default
// numbers meanwhile: it marks the page, and the stylesheet hides the pre-rendered panel
// until the app has mounted the right one.
if (location.search.length > 1) document.documentElement.classList.add("linked");
