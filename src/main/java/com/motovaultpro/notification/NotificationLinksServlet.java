package com.motovaultpro.notification;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The links in notification e-mails, for anyone who has one (the token is the credential; no
 * sign-in): {@code /notifications/confirm?token=…} confirms an address, and
 * {@code /notifications/unsubscribe?token=…} switches a channel off. A GET only shows a page
 * with a button — link scanners of mail providers open links — and the POST does it; the
 * unsubscribe POST is also RFC 8058's one-click unsubscribe that mail programs send. An unknown
 * link is a 404.
 */
@WebServlet("/notifications/*")
public class NotificationLinksServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ChannelService channels;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        switch (String.valueOf(request.getPathInfo())) {
            case "/confirm" -> {
                Optional<NotificationChannel> channel = channels.awaitingConfirmation(token);
                if (channel.isEmpty()) {
                    unknown(request, response);
                } else {
                    page(request, response, "notify.link.confirm.title", phrase(request, "notify.link.confirm.question",
                            channel.get().getTarget()), Optional.of("notify.link.confirm.button"), token);
                }
            }
            case "/unsubscribe" -> {
                Optional<NotificationChannel> channel = channels.subscribed(token);
                if (channel.isEmpty()) {
                    unknown(request, response);
                } else {
                    page(request, response, "notify.link.unsubscribe.title", phrase(request,
                            "notify.link.unsubscribe.question", channel.get().getName(), channel.get().getTarget()),
                            Optional.of("notify.link.unsubscribe.button"), token);
                }
            }
            default -> unknown(request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        switch (String.valueOf(request.getPathInfo())) {
            case "/confirm" -> {
                Optional<NotificationChannel> channel = channels.confirm(token);
                if (channel.isEmpty()) {
                    unknown(request, response);
                } else {
                    page(request, response, "notify.link.confirm.title", phrase(request, "notify.link.confirm.done",
                            channel.get().getTarget()), Optional.empty(), null);
                }
            }
            case "/unsubscribe" -> {
                Optional<NotificationChannel> channel = channels.unsubscribe(token);
                if (channel.isEmpty()) {
                    unknown(request, response);
                } else {
                    page(request, response, "notify.link.unsubscribe.title", phrase(request,
                            "notify.link.unsubscribe.done", channel.get().getName()), Optional.empty(), null);
                }
            }
            default -> unknown(request, response);
        }
    }

    private static void unknown(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        page(request, response, "notify.link.unknown.title", text(request).getString("notify.link.unknown"),
                Optional.empty(), null);
    }

    private static void page(HttpServletRequest request, HttpServletResponse response, String titleKey, String message,
                             Optional<String> buttonKey, String token) throws IOException {
        ResourceBundle text = text(request);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(escape(text.getLocale().getLanguage().isEmpty() ? "en" : text.getLocale().getLanguage()))
                .append("\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width,"
                        + " initial-scale=1\"><title>")
                .append(escape(text.getString(titleKey)))
                .append("</title><link rel=\"stylesheet\" href=\"").append(request.getContextPath())
                .append("/resources/css/app.css\"></head><body class=\"app\"><main><section class=\"card narrow\"><h1>")
                .append(escape(text.getString(titleKey))).append("</h1><p id=\"message\">").append(escape(message))
                .append("</p>");
        if (buttonKey.isPresent()) {
            html.append("<form method=\"post\"><input type=\"hidden\" name=\"token\" value=\"").append(escape(token))
                    .append("\"><button type=\"submit\" id=\"confirmButton\">").append(escape(text.getString(buttonKey.get())))
                    .append("</button></form>");
        }
        html.append("</section></main></body></html>");
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.getWriter().write(html.toString());
    }

    private static String phrase(HttpServletRequest request, String key, Object... arguments) {
        return MessageFormat.format(text(request).getString(key), arguments);
    }

    private static ResourceBundle text(HttpServletRequest request) {
        return ResourceBundle.getBundle(NoticeText.BUNDLE, request.getLocale());
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
