package com.motovaultpro.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What someone who saw another person's page could post to the server: every command of every
 * form on that page (buttons, links and remote commands, each a plain postback naming the
 * command, a row action naming the first row's record), with the form's
 * fields as that page filled them in and every table row selected, but with the poster's own view
 * state, anti-forgery token and script nonce — the forgery a signed-in attacker can make with
 * their own session.
 */
final class ForgedPostbacks {

    /** A PrimeFaces AJAX source named in an onclick handler ({@code PrimeFaces.ab({s:"id",...})}). */
    private static final Pattern AJAX_SOURCE = Pattern.compile("PrimeFaces\\.ab\\(\\{s:\"([^\"]+)\"");
    private static final String VIEW_STATE = "jakarta.faces.ViewState";

    /** One forged post: where it goes (the form's action), which command it names, and every field it sends. */
    record Post(String action, String command, Map<String, String> fields) {
    }

    private ForgedPostbacks() {
    }

    /**
     * Every command of {@code victimsPage}, as a post with the credentials of {@code ownPage} (a
     * page of the poster's own session) and these extra request parameters (the view parameters
     * naming the victim's vehicle, for example).
     */
    static List<Post> of(String victimsPage, String ownPage, Map<String, String> parameters) {
        Map<String, String> credentials = credentials(ownPage);
        Document page = Jsoup.parse(victimsPage);
        List<Post> posts = new ArrayList<>();
        for (Element form : page.select("form[id]")) {
            for (String command : commands(form)) {
                Map<String, String> fields = new LinkedHashMap<>(fields(form));
                fields.putAll(parameters);
                fields.putAll(credentials);
                fields.put(form.id(), form.id());
                fields.put(command, command);
                posts.add(new Post(form.attr("action"), command, fields));
            }
        }
        return posts;
    }

    /** The view state, anti-forgery token and script nonce of a page of one's own session. */
    static Map<String, String> credentials(String ownPage) {
        Map<String, String> credentials = new LinkedHashMap<>(PageSession.hiddenFields(ownPage));
        Element viewState = Jsoup.parse(ownPage).selectFirst("input[name=" + VIEW_STATE.replace(".", "\\.") + "]");
        if (viewState != null) {
            credentials.put(VIEW_STATE, viewState.val());
        }
        return credentials;
    }

    /** Buttons and links that submit this form (by name, or as the source of an AJAX request). */
    private static List<String> commands(Element form) {
        List<String> commands = new ArrayList<>();
        for (Element button : form.select("button[name], input[type=submit][name]")) {
            if (!"button".equals(button.attr("type"))) {
                commands.add(button.attr("name"));
            }
        }
        for (Element link : form.select("a[onclick]")) {
            Matcher source = AJAX_SOURCE.matcher(link.attr("onclick"));
            if (source.find() && !commands.contains(source.group(1))) {
                commands.add(source.group(1));
            }
        }
        // Remote commands (a record list's row actions): scripts defining an AJAX request.
        for (Element script : form.select("script")) {
            Matcher source = AJAX_SOURCE.matcher(script.data());
            while (source.find()) {
                if (!commands.contains(source.group(1))) {
                    commands.add(source.group(1));
                }
            }
        }
        return commands;
    }

    /** The form's fields as the page filled them in, and every row of its tables selected. */
    private static Map<String, String> fields(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type").toLowerCase();
            if (List.of("submit", "button", "image", "file", "reset").contains(type)
                    || (List.of("checkbox", "radio").contains(type) && !input.hasAttr("checked"))) {
                continue;
            }
            fields.put(input.attr("name"), input.val());
        }
        for (Element select : form.select("select[name]")) {
            Element chosen = select.selectFirst("option[selected]");
            if (chosen == null) {
                chosen = select.selectFirst("option");
            }
            fields.put(select.attr("name"), chosen == null ? "" : chosen.val());
        }
        for (Element area : form.select("textarea[name]")) {
            fields.put(area.attr("name"), area.val());
        }
        // A row action names its record in the request parameter "record": the first row's.
        Element row = form.selectFirst("button[data-record]");
        if (row != null) {
            fields.put("record", row.attr("data-record"));
        }
        for (Element table : form.select("div.ui-datatable[id]")) {
            String rows = table.select("tr[data-rk]").stream().map(r -> r.attr("data-rk")).collect(Collectors.joining(","));
            if (!rows.isEmpty()) {
                fields.put(table.id() + "_selection", rows);
            }
        }
        return fields;
    }
}
