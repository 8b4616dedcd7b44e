// Share bar (templates/components/share_bar.html): without this file the link
// stays in a field to select and copy, and the print button stays hidden.
for (const bar of document.querySelectorAll("[data-share]")) {
    const status = bar.querySelector("[data-share-status]");
    const linkItem = bar.querySelector("[data-share-link]");
    const copyItem = bar.querySelector("[data-share-copy]");
    const printItem = bar.querySelector("[data-share-print]");

    if (navigator.clipboard && window.isSecureContext) {
        const button = copyItem.querySelector("button");
        copyItem.hidden = false;
        linkItem.hidden = true;
        button.addEventListener("click", async () => {
            status.textContent = "";
            try {
                await navigator.clipboard.writeText(button.dataset.shareUrl);
                status.textContent = "Link in die Zwischenablage kopiert.";
            } catch {
                // Refused (permissions): offer the field to copy by hand.
                linkItem.hidden = false;
                linkItem.querySelector("input").select();
                status.textContent =
                    "Kopieren nicht möglich. Der Link ist markiert: bitte selbst kopieren.";
            }
        });
    }

    if (typeof window.print === "function") {
        printItem.hidden = false;
        printItem.querySelector("button").addEventListener("click", () => window.print());
    }
}
