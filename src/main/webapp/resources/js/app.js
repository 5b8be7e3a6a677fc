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
            var version = document.documentElement.getAttribute("data-sw") || "0";
            navigator.serviceWorker.register(context + "/sw.js?v=" + encodeURIComponent(version),
                    {scope: context + "/"}).catch(function () {
                // Not installable here (e.g. plain HTTP on another host): the pages work as before.
            });
        });
    }
})();

/*
 * Record lists (WEB-INF/templates/record-log.xhtml): their filters and bulk actions are folded
 * away on a phone (details.fold) and open on a wider screen, or when a filter is set, also after
 * an AJAX update redraws them. On a phone a tap on a record's card opens its dialog, with all of
 * its fields (the card shows only date, main figure and cost).
 */
(function () {
    "use strict";

    var phone = window.matchMedia("(max-width: 40rem)");

    function openFolds() {
        document.querySelectorAll("details.fold").forEach(function (fold) {
            if (!phone.matches || fold.getAttribute("data-active") === "true") {
                fold.open = true;
            }
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", openFolds);
    } else {
        openFolds();
    }
    if (window.jQuery) {
        window.jQuery(document).on("pfAjaxComplete", openFolds);
    }
    phone.addEventListener("change", openFolds);

    document.addEventListener("click", function (event) {
        if (!phone.matches || event.target.closest("button, a, input, label, .ui-chkbox, .ui-column-title")) {
            return;
        }
        var row = event.target.closest(".records tr[data-ri]");
        var edit = row && row.querySelector("button.row-action[data-command$='EditRecord']");
        if (edit) {
            edit.click();
        }
    });
})();

/*
 * A form posted the classic way (quick entry's Save) is sent once: a second tap while the first
 * post is on its way (a slow phone connection) would add the same fill-up twice.
 */
(function () {
    "use strict";

    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (!form.classList || !form.classList.contains("quick-form")) {
            return;
        }
        if (form.getAttribute("data-submitted") === "true") {
            event.preventDefault();
            return;
        }
        form.setAttribute("data-submitted", "true");
    }, true);
})();
