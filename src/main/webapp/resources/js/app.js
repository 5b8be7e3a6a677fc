/*
 * Row actions of the record lists (WEB-INF/templates/record-log.xhtml). Each row carries plain
 * buttons naming its record (data-record) and a command of its list (data-command, the name of a
 * p:remoteCommand); a delete first asks through the page's confirmation dialog (the question is
 * the list's data-confirm), which runs the button's data-pfconfirmcommand when confirmed. One listener for every row of every list,
 * instead of a PrimeFaces widget and a script per button.
 */
(function () {
    "use strict";

    document.addEventListener("click", function (event) {
        var button = event.target.closest("button[data-command]");
        if (!button) {
            return;
        }
        event.preventDefault();
        if (button.hasAttribute("data-pfconfirmcommand")) {
            var list = button.closest("[data-confirm]");
            PrimeFaces.confirm({
                source: button,
                header: list.getAttribute("data-confirm-header"),
                message: list.getAttribute("data-confirm"),
                escape: true,
                icon: "pi pi-exclamation-triangle"
            });
            return;
        }
        var command = window[button.getAttribute("data-command")];
        if (typeof command === "function") {
            command([{name: "record", value: button.getAttribute("data-record")}]);
        }
    });
})();
