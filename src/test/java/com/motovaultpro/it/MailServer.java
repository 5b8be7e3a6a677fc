package com.motovaultpro.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server for the tests (GreenMail), on the port the test server sends mail to
 * ({@link LibertyServer}); started by the tests that read mail, kept for the run.
 */
public final class MailServer implements AutoCloseable {

    public static final int PORT = Integer.getInteger("it.smtp.port", 25425);
    public static final String FROM = "MotoVaultPro <cars@motovault.test>";

    private static MailServer shared;

    private final GreenMail mail;

    private MailServer() {
        mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    /** The run's mail server, started on first use. */
    public static synchronized MailServer shared() {
        if (shared == null) {
            shared = new MailServer();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** Every message received so far for {@code address}. */
    public List<MimeMessage> to(String address) {
        return Arrays.stream(mail.getReceivedMessagesForDomain(address)).toList();
    }

    /** Waits until {@code address} received {@code count} messages (or the time is up). */
    public List<MimeMessage> await(String address, int count, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (to(address).size() < count && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        return to(address);
    }

    @Override
    public void close() {
        mail.stop();
    }
}
