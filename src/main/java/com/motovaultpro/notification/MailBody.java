package com.motovaultpro.notification;

/**
 * The two parts of a notification e-mail: plain text, and the same as simple HTML (escaped, inline
 * styles only, as mail programs want), each with the link to open, why the person gets it and how to
 * unsubscribe. Pure.
 */
record MailBody(String plain, String html) {

    static MailBody of(Notice notice, NoticeText text, String channelName, String unsubscribe) {
        StringBuilder plain = new StringBuilder(notice.text()).append("\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif;"
                + "line-height:1.5;color:#1f2933\"><h2 style=\"font-size:1.15em\">").append(escape(notice.title()))
                .append("</h2><p style=\"white-space:pre-line\">").append(escape(notice.text())).append("</p>");
        notice.link().ifPresent(link -> {
            plain.append("\n").append(text.phrase("notify.mail.open")).append(": ").append(link).append("\n");
            html.append("<p><a href=\"").append(escape(link.toString())).append("\">")
                    .append(escape(text.phrase("notify.mail.open"))).append("</a></p>");
        });
        if (unsubscribe != null) {
            String why = text.phrase("notify.mail.why", channelName);
            String leave = text.phrase("notify.mail.unsubscribe");
            plain.append("\n-- \n").append(why).append("\n").append(leave).append(": ").append(unsubscribe).append("\n");
            html.append("<hr style=\"border:none;border-top:1px solid #ccc\"><p style=\"font-size:0.85em;color:#555\">")
                    .append(escape(why)).append("<br><a href=\"").append(escape(unsubscribe)).append("\">")
                    .append(escape(leave)).append("</a></p>");
        }
        html.append("</body></html>");
        return new MailBody(plain.toString(), html.toString());
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
