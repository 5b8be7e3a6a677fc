package com.motovaultpro.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Kept SMTP connections against a real SMTP server (GreenMail). */
class SmtpConnectionsTest {

    private static final int PORT = 25498;

    private GreenMail mail;
    private Session session;
    private final AtomicInteger opened = new AtomicInteger();

    @BeforeEach
    void start() {
        mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(PORT));
        session = Session.getInstance(props);
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    private SmtpConnections.Opener opener() {
        return () -> {
            opened.incrementAndGet();
            var transport = session.getTransport("smtp");
            transport.connect();
            return transport;
        };
    }

    private MimeMessage message(int i) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("cars@motovault.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("person" + i + "@mail.test"));
        message.setSubject("n" + i);
        message.setText("text");
        message.saveChanges();
        return message;
    }

    @Test
    void oneConnectionCarriesMessageAfterMessage() throws Exception {
        SmtpConnections connections = new SmtpConnections(Duration.ofSeconds(30), 8);
        for (int i = 0; i < 5; i++) {
            connections.send(message(i), opener());
        }
        connections.closeAll();
        assertEquals(5, mail.getReceivedMessages().length);
        assertEquals(1, opened.get());
    }

    @Test
    void aConnectionIdleTooLongIsNotReused() throws Exception {
        SmtpConnections connections = new SmtpConnections(Duration.ZERO, 8);
        connections.send(message(1), opener());
        connections.send(message(2), opener());
        connections.closeAll();
        assertEquals(2, mail.getReceivedMessages().length);
        assertEquals(2, opened.get());
    }

    @Test
    void aConnectionTheServerDroppedIsNotReused() throws Exception {
        SmtpConnections connections = new SmtpConnections(Duration.ofSeconds(30), 8);
        connections.send(message(1), opener());
        mail.stop(); // the server goes away and comes back: the kept connection is dead
        start();
        connections.send(message(2), opener());
        connections.closeAll();
        assertEquals(1, mail.getReceivedMessages().length, "the second message, on the new server");
        assertEquals(2, opened.get());
    }
}
