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
 * back. One idle longer than {@code maxIdle} is closed rather than reused (servers drop idle
 * clients); at most {@code maxKept} are kept. A reused connection that fails before the server
 * took the message (the server dropped it meanwhile) is replaced by a new one, once.
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
        Transport reused = take();
        if (reused != null) {
            try {
                reused.sendMessage(message, message.getAllRecipients());
                giveBack(reused);
                return;
            } catch (SendFailedException refused) {
                giveBack(reused); // the server answered: the connection is fine, the address is not
                throw refused;
            } catch (MessagingException stale) {
                close(reused);
                LOG.fine(() -> "A kept SMTP connection failed (" + stale.getMessage() + "); sending over a new one");
            }
        }
        Transport fresh = opener.open();
        try {
            fresh.sendMessage(message, message.getAllRecipients());
        } catch (SendFailedException refused) {
            giveBack(fresh);
            throw refused;
        } catch (MessagingException | RuntimeException e) {
            close(fresh);
            throw e;
        }
        giveBack(fresh);
    }

    void closeAll() {
        for (Kept kept = idle.poll(); kept != null; kept = idle.poll()) {
            close(kept.transport());
        }
    }

    private Transport take() {
        for (Kept kept = idle.pollFirst(); kept != null; kept = idle.pollFirst()) {
            if (System.nanoTime() - kept.since() < maxIdleNanos) {
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
