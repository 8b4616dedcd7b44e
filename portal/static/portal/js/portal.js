// Progressive enhancement only: every page works without this file.
document.documentElement.classList.replace("no-js", "js");

// On phones the filter panel starts folded so the results come first.
if (window.matchMedia("(max-width: 60rem)").matches) {
    for (const panel of document.querySelectorAll("[data-collapse-on-phone]")) {
        panel.open = false;
    }
}
