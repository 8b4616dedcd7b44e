// Progressive enhancement only: every page works without this file.
document.documentElement.classList.replace("no-js", "js");

// On phones the filter panel starts folded so the results come first.
if (window.matchMedia("(max-width: 60rem)").matches) {
    for (const panel of document.querySelectorAll("[data-collapse-on-phone]")) {
        panel.open = false;
    }
}

// Search suggestions fill the native datalist of the search box.
for (const input of document.querySelectorAll("input[data-autocomplete]")) {
    const list = document.getElementById(input.getAttribute("list"));
    let timer;
    input.addEventListener("input", () => {
        clearTimeout(timer);
        const prefix = input.value.trim();
        if (prefix.length < 2) return;
        timer = setTimeout(async () => {
            const url = `${input.dataset.autocomplete}?q=${encodeURIComponent(prefix)}`;
            const response = await fetch(url, { headers: { Accept: "application/json" } });
            if (!response.ok) return;
            const { suggestions } = await response.json();
            list.replaceChildren(
                ...suggestions.map((item) => new Option(item.label.replace(/^#/, "")))
            );
        }, 200);
    });
}

// After a refused submission the error summary takes the focus, so it is read first.
document.querySelector("[data-error-summary]")?.focus();
