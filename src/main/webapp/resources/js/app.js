/*
 * Row actions of the record lists (WEB-INF/templates/record-log.xhtml). Each row carries plain
 * buttons naming its record (data-record) and a command of its list (data-command, the name of a
 * p:remoteCommand); a delete first asks through the page's confirmation dialog (the question is
 * the list's data-confirm), which runs the command this script gives it when confirmed. One
 * listener for every row of every list, instead of a PrimeFaces widget and a script per button.
 */
(function () {
    "use strict";

    document.addEventListener("click", function (event) {
        var button = event.target.closest("button[data-command]");
        if (!button) {
            return;
        }
        event.preventDefault();
        // Only a list's own row commands, only with a record id: nothing from the page is run as script.
        var name = button.getAttribute("data-command");
        var record = button.getAttribute("data-record");
        if (!/^\d+$/.test(record)) {
            return;
        }
        if (/^[a-z]+DeleteRecord$/.test(name)) {
            // PrimeFaces' confirmation dialog runs its source's data-pfconfirmcommand when confirmed.
            var list = button.closest("[data-confirm]");
            button.setAttribute("data-pfconfirmcommand", name + "([{name:'record',value:'" + record + "'}])");
            PrimeFaces.confirm({
                source: button,
                header: list.getAttribute("data-confirm-header"),
                message: list.getAttribute("data-confirm"),
                escape: true,
                icon: "pi pi-exclamation-triangle"
            });
        } else if (/^[a-z]+EditRecord$/.test(name) && typeof window[name] === "function") {
            window[name]([{name: "record", value: record}]);
        }
    });
})();

/*
 * Charts (PrimeFaces' Chart.js) write their titles, legends and axes in the page's own text colour,
 * so they read in the dark theme as in the light one. Runs on jQuery's ready before the charts'
 * widgets are created (their scripts come later in the page).
 */
(function () {
    "use strict";

    function chartsInPageColours() {
        if (window.Chart && window.Chart.defaults) {
            window.Chart.defaults.color = getComputedStyle(document.body).color;
            window.Chart.defaults.borderColor = "rgba(128, 128, 128, 0.25)";
        }
    }

    if (window.jQuery) {
        window.jQuery(chartsInPageColours);
    } else {
        document.addEventListener("DOMContentLoaded", chartsInPageColours);
    }
})();

/*
 * PrimeFaces 15 writes aria-hidden="true" on every simple-mode file input, also where that input is
 * the visible control (mode="simple" without skinSimple): a screen reader would then skip the one
 * thing to operate (axe-core: aria-hidden-focus). The attribute is taken off inputs that are shown.
 */
(function () {
    "use strict";

    function revealFileInputs() {
        document.querySelectorAll("input[type=file][aria-hidden='true']").forEach(function (input) {
            if (input.getClientRects().length > 0 && getComputedStyle(input).opacity !== "0") {
                input.removeAttribute("aria-hidden");
            }
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", revealFileInputs);
    } else {
        revealFileInputs();
    }
})();

/*
 * The installable app: registers the service worker (sw.js at the application's root, so that it
 * may serve every page of it). It keeps only static resources and an offline page.
 */
(function () {
    "use strict";

    if ("serviceWorker" in navigator) {
        window.addEventListener("load", function () {
            var context = document.documentElement.getAttribute("data-context") || "";
            navigator.serviceWorker.register(context + "/sw.js", {scope: context + "/"}).catch(function () {
                // Not installable here (e.g. plain HTTP on another host): the pages work as before.
            });
        });
    }
})();
