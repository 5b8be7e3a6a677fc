package com.motovaultpro.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Notification configuration: no e-mail without an SMTP host, a strict outbound policy by default. */
class AppSettingsNotificationsTest {

    @Test
    void noEmailAStrictPolicyAndAQuarterHourScanByDefault() {
        NotificationSettings settings = MotovaultKeys.parse().notifications();
        assertEquals(Optional.empty(), settings.smtp());
        assertFalse(settings.outbound().allowPrivateNetworks());
        assertTrue(settings.outbound().allowedRanges().isEmpty());
        assertEquals(Duration.ofMinutes(15), settings.scanInterval());
        assertEquals(Duration.ofSeconds(30), settings.firstRetry());
        assertEquals(Duration.ofSeconds(10), settings.httpTimeout());
        assertEquals(50, settings.maxPerSecond());
    }

    @Test
    void smtpWithStartTlsOn587ByDefault() {
        NotificationSettings.Smtp smtp = MotovaultKeys.parse("smtp.host", "mail.example.org", "smtp.from",
                "MotoVaultPro <cars@example.org>", "smtp.username", "cars", "smtp.password", "s3cr3t")
                .notifications().smtp().orElseThrow();
        assertEquals("mail.example.org", smtp.host());
        assertEquals(587, smtp.port());
        assertEquals(NotificationSettings.SmtpSecurity.STARTTLS, smtp.security());
        assertEquals(Optional.of("cars"), smtp.username());
        assertFalse(smtp.toString().contains("s3cr3t"), "the password stays out of logs");
    }

    @Test
    void tlsFromTheStartOn465() {
        assertEquals(465, MotovaultKeys.parse("smtp.host", "m", "smtp.from", "a@b", "smtp.security", "tls")
                .notifications().smtp().orElseThrow().port());
    }

    @Test
    void allowedAddressesAndPrivateNetworks() throws UnknownHostException {
        NotificationSettings settings = MotovaultKeys.parse("outbound.private.networks", "true",
                "outbound.allowed.addresses", "127.0.0.1/32, 192.168.7.0/24").notifications();
        assertTrue(settings.outbound().allowPrivateNetworks());
        assertEquals(2, settings.outbound().allowedRanges().size());
        assertTrue(settings.outbound().allowedRanges().get(1).contains(InetAddress.getByName("192.168.7.9")));
    }

    @ParameterizedTest(name = "{0} → problem on {1}")
    @CsvSource(delimiter = '|', value = {
            "smtp.host=mail.example.org                                  | motovault.smtp.from",
            "smtp.host=m;smtp.from=cars                                  | motovault.smtp.from",
            "smtp.host=m;smtp.from=a@b;smtp.username=u                   | motovault.smtp.password",
            "smtp.host=m;smtp.from=a@b;smtp.password=p                   | motovault.smtp.username",
            "smtp.host=m;smtp.from=a@b;smtp.security=ssl3                | motovault.smtp.security",
            "smtp.host=m;smtp.from=a@b;smtp.port=0                       | motovault.smtp.port",
            "outbound.allowed.addresses=ntfy.lan                         | motovault.outbound.allowed.addresses",
            "outbound.allowed.addresses=10.0.0.0/40                      | motovault.outbound.allowed.addresses",
            "outbound.private.networks=yes                               | motovault.outbound.private.networks",
            "notify.scan.minutes=0                                       | motovault.notify.scan.minutes",
            "notify.http.timeout.seconds=31                              | motovault.notify.http.timeout.seconds",
            "notify.max.per.second=0                                     | motovault.notify.max.per.second",
    })
    void problemsNameTheirKey(String settings, String key) {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> MotovaultKeys.parseList(settings));
        assertEquals(key, e.problems().get(0).key(), e.getMessage());
    }
}
