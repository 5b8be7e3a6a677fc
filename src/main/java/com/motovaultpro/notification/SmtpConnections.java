package com.motovaultpro.notification;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import java.time.Duration;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Open SMTP connections kept for reuse: a sender takes one (or opens one), sends, and gives it
 * back. One idle longer than {@code maxIdle}, or that no longer answers a NOOP (the server dropped
 * it), is closed rather than reused; at most {@code maxKept} are kept. A failed send is never
 * repeated here (the server may have taken the message before failing): the outbox retries it.
 */
final class SmtpConnections {

    /** Opens a connection to the SMTP server. */
    interface Opener {
        Transport open() throws MessagingException;
    }

    private record Kept(Transport transport, long since) {
    }

    private static final Logger LOG = Logger.getLogger(SmtpConnections.class.getName());

    private final long maxIdleNanos;
    private final int maxKept;
    private final BlockingDeque<Kept> idle = new LinkedBlockingDeque<>();

    SmtpConnections(Duration maxIdle, int maxKept) {
        this.maxIdleNanos = maxIdle.toNanos();
        this.maxKept = maxKept;
    }

    void send(Message message, Opener opener) throws MessagingException {
        Transport transport = take();
        if (transport == null) {
            transport = opener.open();
        }
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (SendFailedException refused) {
            giveBack(transport); // the server answered: the connection is fine, the address is not
            throw refused;
        } catch (MessagingException | RuntimeException e) {
            // Not sent again here: the server may have taken it before failing. The outbox retries.
            close(transport);
            throw e;
        }
        giveBack(transport);
    }

    void closeAll() {
        for (Kept kept = idle.poll(); kept != null; kept = idle.poll()) {
            close(kept.transport());
        }
    }

    /** A kept connection that is fresh and still answers (a NOOP), or none. */
    private Transport take() {
        for (Kept kept = idle.pollFirst(); kept != null; kept = idle.pollFirst()) {
            if (System.nanoTime() - kept.since() < maxIdleNanos && kept.transport().isConnected()) {
                return kept.transport();
            }
            close(kept.transport());
        }
        return null;
    }

    private void giveBack(Transport transport) {
        if (idle.size() >= maxKept || !idle.offerFirst(new Kept(transport, System.nanoTime()))) {
            close(transport);
        }
    }

    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.log(Level.FINE, "Closing an SMTP connection", e);
        }
    }
}
