package com.motovaultpro.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.motovaultpro.driverlink.DriverEntries;
import com.motovaultpro.driverlink.DriverLinkException;
import com.motovaultpro.driverlink.web.DriverLinksView;
import com.motovaultpro.notification.NotificationPersonalData;
import com.motovaultpro.account.AccountPreferences;
import com.motovaultpro.account.web.LanguageView;
import com.motovaultpro.vehicle.web.VehicleView;
import com.motovaultpro.platform.config.RegistrationMode;
import com.motovaultpro.extrafield.ExtraFieldType;
import com.motovaultpro.plan.PlanPriority;
import com.motovaultpro.reminder.Urgency;
import com.motovaultpro.plan.PlanProgress;
import com.motovaultpro.tax.RecurrenceUnit;
import com.motovaultpro.vehicle.FuelType;
import com.motovaultpro.platform.units.DistanceUnit;
import com.motovaultpro.platform.units.EconomyUnit;
import com.motovaultpro.platform.units.VolumeUnit;
import com.motovaultpro.account.GarageLayout;
import com.motovaultpro.account.Theme;
import com.motovaultpro.quickentry.EntryKind;
import com.motovaultpro.dashboard.DashboardService;
import com.motovaultpro.apikey.ApiKeyException;
import com.motovaultpro.platform.security.CredentialStatus;
import com.motovaultpro.sharing.SharingException;
import com.motovaultpro.vehicle.Permission;
import com.motovaultpro.vehicle.VehicleAccessDeniedException;
import com.motovaultpro.vehicle.VehicleRole;
import com.motovaultpro.notification.ChannelKind;
import com.motovaultpro.notification.DigestSchedule;
import com.motovaultpro.notification.NotificationEvent;
import com.motovaultpro.notification.OutboxStatus;
import com.motovaultpro.vin.Vin;
import com.motovaultpro.vin.VinRegion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Translations never drift apart, every key a page uses exists, and pages hold no hard-coded text. */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final String MESSAGES = "com/motovaultpro/i18n/Messages.properties";

    // ---- (a) bundles ------------------------------------------------------------------------

    /** Every translation of both bundles, for each language the pages speak besides English (the base). */
    static Stream<Arguments> translations() {
        return AccountPreferences.LANGUAGES.stream().filter(language -> !language.equals("en"))
                .flatMap(language -> Stream.of(
                        Arguments.of(MESSAGES, MESSAGES.replace(".properties", "_" + language + ".properties")),
                        Arguments.of("ValidationMessages.properties", "ValidationMessages_" + language + ".properties")));
    }

    @ParameterizedTest(name = "{1} has the keys of {0}")
    @MethodSource("translations")
    void translationHasExactlyTheSameKeys(String base, String translation) {
        Set<String> baseKeys = load(base).stringPropertyNames();
        Set<String> translatedKeys = load(translation).stringPropertyNames();

        assertFalse(baseKeys.isEmpty(), base + " is empty");
        assertEquals(new TreeSet<>(baseKeys), new TreeSet<>(translatedKeys),
                () -> "missing in " + translation + ": " + minus(baseKeys, translatedKeys)
                        + "; missing in " + base + ": " + minus(translatedKeys, baseKeys));
    }

    @ParameterizedTest(name = "{1} keeps the placeholders of {0}")
    @MethodSource("translations")
    void translationKeepsThePlaceholders(String base, String translation) {
        Properties original = load(base);
        Properties translated = load(translation);
        List<String> drifted = original.stringPropertyNames().stream().sorted()
                .filter(key -> translated.containsKey(key))
                .filter(key -> !placeholders(original.getProperty(key)).equals(placeholders(translated.getProperty(key))))
                .toList();

        assertTrue(drifted.isEmpty(), () -> "placeholders differ for " + drifted);
    }

    // ---- (b) keys used by pages -------------------------------------------------------------

    private static final Pattern MSG_LOOKUP = Pattern.compile("\\bmsg\\s*(?:\\[([^\\]]*)\\]|\\.(\\w+))");
    private static final Pattern LITERAL_KEY = Pattern.compile("\\s*'([^']*)'\\s*|\\s*\"([^\"]*)\"\\s*");
    private static final Pattern PREFIXED_KEY = Pattern.compile("\\s*'([^']*)'\\s*\\+=\\s*[\\w.]+(?:\\([\\w.]*\\))?\\s*");

    /** Keys built at run time as prefix + value: every value the page can produce. */
    private static final Map<String, List<String>> GENERATED_KEYS = Map.ofEntries(
            Map.entry("fuelType.", names(FuelType.values())),
            Map.entry("personalData.part.", List.of("notifications")),
            Map.entry("personalData.leftOut.", NotificationPersonalData.LEFT_OUT_REASONS),
            Map.entry("odometerUnit.", names(DistanceUnit.values())),
            Map.entry("odometerUnit.short.", names(DistanceUnit.values())),
            Map.entry("volumeUnit.", names(VolumeUnit.values())),
            Map.entry("volumeUnit.short.", names(VolumeUnit.values())),
            Map.entry("economyUnit.", names(EconomyUnit.values())),
            Map.entry("registrationMode.", names(RegistrationMode.values())),
            Map.entry("language.", LanguageView.SUPPORTED),
            Map.entry("logbook.tab.", VehicleView.TABS),
            Map.entry("recordType.", List.of("FUEL", "SERVICE", "REPAIR", "UPGRADE", "TAX", "SUPPLY", "ODOMETER",
                    "NOTE", "PLAN")),
            Map.entry("tax.unit.", names(RecurrenceUnit.values())),
            Map.entry("tax.every.", names(RecurrenceUnit.values())),
            Map.entry("plan.progress.", names(PlanProgress.values())),
            Map.entry("plan.priority.", names(PlanPriority.values())),
            Map.entry("extraField.type.", names(ExtraFieldType.values())),
            Map.entry("extraField.placeholder.", names(ExtraFieldType.values())),
            Map.entry("urgency.", names(Urgency.values())),
            Map.entry("chart.", DashboardService.CHARTS),
            Map.entry("chart.empty.", DashboardService.CHARTS),
            Map.entry("chart.category.", DashboardService.CHARTS),
            Map.entry("garage.sort.", names(GarageLayout.Sort.values())),
            Map.entry("theme.", names(Theme.values())),
            Map.entry("vin.region.", names(VinRegion.values())),
            Map.entry("vin.checkDigit.", names(Vin.CheckDigit.values())),
            Map.entry("quick.title.", names(EntryKind.values())),
            Map.entry("garage.figure.", names(GarageLayout.Figure.values())),
            Map.entry("sharing.role.", names(VehicleRole.values())),
            Map.entry("apikey.scope.", List.of("VIEWER", "EDITOR", "MANAGER")),
            Map.entry("apikey.status.", names(CredentialStatus.values())),
            Map.entry("driverlink.status.", names(CredentialStatus.values())),
            Map.entry("driverlink.lifetime.", names(DriverLinksView.Lifetime.values())),
            Map.entry("driver.saved.", names(EntryKind.values())),
            Map.entry("driver.switch.", names(EntryKind.values())),
            Map.entry("driver.closed.", Arrays.stream(DriverEntries.State.values()).filter(s -> s != DriverEntries.State.OPEN)
                    .map(s -> s.name().toLowerCase(Locale.ROOT)).toList()),
            Map.entry("sso.problem.", names(com.motovaultpro.sso.SsoException.Reason.values())),
            Map.entry("weekday.", names(DayOfWeek.values())),
            Map.entry("notify.kind.", names(ChannelKind.values())),
            Map.entry("notify.target.", names(ChannelKind.values())),
            Map.entry("notify.targetHint.", names(ChannelKind.values())),
            Map.entry("notify.token.", List.of("NTFY", "GOTIFY")),
            Map.entry("notify.status.", List.of("ACTIVE", "AWAITING_CONFIRMATION", "FAILING", "OFF")),
            Map.entry("notify.event.", names(NotificationEvent.values())),
            Map.entry("notify.outcome.", names(OutboxStatus.values())),
            Map.entry("notify.digest.", names(DigestSchedule.Frequency.values())));

    /** MessageFormat eats a lone apostrophe in a message with arguments ("vehicle's" → "vehicles"). */
    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() {
        List<String> wrong = new ArrayList<>();
        for (String bundle : AccountPreferences.LANGUAGES.stream()
                .map(language -> language.equals("en") ? MESSAGES : MESSAGES.replace(".properties", "_" + language + ".properties"))
                .toList()) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                String value = messages.getProperty(key);
                if (value.matches("(?s).*\\{\\d[^}]*}.*") && value.replace("''", "").contains("'")) {
                    wrong.add(bundle + ": " + key + "=" + value);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyKeyBuiltInJavaExists() throws IOException {
        Set<String> defined = load(MESSAGES).stringPropertyNames();
        List<String> keys = new ArrayList<>();
        Arrays.stream(SharingException.Reason.values()).map(r -> new SharingException(r).messageKey()).forEach(keys::add);
        Arrays.stream(ApiKeyException.Reason.values()).map(r -> new ApiKeyException(r).messageKey()).forEach(keys::add);
        Arrays.stream(DriverLinkException.Reason.values()).map(r -> new DriverLinkException(r).messageKey()).forEach(keys::add);
        keys.add(new com.motovaultpro.platform.security.KeyScopeException().messageKey());
        Arrays.stream(com.motovaultpro.document.DocumentException.Reason.values())
                .map(r -> new com.motovaultpro.document.DocumentException(r).messageKey()).forEach(keys::add);
        Arrays.stream(Permission.values())
                .map(p -> new VehicleAccessDeniedException(1, VehicleRole.VIEWER, p).messageKey()).forEach(keys::add);
        assertEquals(List.of(), keys.stream().filter(k -> !defined.contains(k)).toList());
    }

    @Test
    void everyKeyAPageUsesExists() throws IOException {
        Set<String> defined = load(MESSAGES).stringPropertyNames();
        Set<String> used = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Path page : pages()) {
            Matcher lookup = MSG_LOOKUP.matcher(Files.readString(page));
            while (lookup.find()) {
                used.addAll(keysOf(lookup, WEBAPP.relativize(page), problems));
            }
        }
        used.stream().filter(key -> !defined.contains(key))
                .forEach(key -> problems.add("'" + key + "' is not in " + MESSAGES));

        assertTrue(used.containsAll(Set.of("app.name", "fuelType.HYBRID", "language.de")), "no keys found: " + used);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    private static List<String> keysOf(Matcher lookup, Path page, List<String> problems) {
        if (lookup.group(2) != null) {
            return List.of(lookup.group(2));
        }
        Matcher literal = LITERAL_KEY.matcher(lookup.group(1));
        if (literal.matches()) {
            return List.of(literal.group(1) != null ? literal.group(1) : literal.group(2));
        }
        Matcher prefixed = PREFIXED_KEY.matcher(lookup.group(1));
        if (prefixed.matches() && GENERATED_KEYS.containsKey(prefixed.group(1))) {
            return GENERATED_KEYS.get(prefixed.group(1)).stream().map(prefixed.group(1)::concat).toList();
        }
        problems.add(page + ": cannot check key " + lookup.group() + " (add its values to GENERATED_KEYS)");
        return List.of();
    }

    // ---- (c) no hard-coded UI text ----------------------------------------------------------

    private static final Set<String> TEXT_ATTRIBUTES = Set.of("value", "label", "title", "placeholder", "header",
            "footer", "message", "summary", "detail", "itemLabel", "requiredMessage", "converterMessage",
            "validatorMessage", "emptyMessage", "alt", "aria-label");
    private static final Set<String> CORE = Set.of("jakarta.faces.core", "http://xmlns.jcp.org/jsf/core",
            "http://java.sun.com/jsf/core");
    private static final Set<String> FACELETS = Set.of("jakarta.faces.facelets", "http://xmlns.jcp.org/jsf/facelets",
            "http://java.sun.com/jsf/facelets");
    /** Elements whose value is data passed around, never shown. */
    private static final Set<String> CORE_DATA_TAGS = Set.of("param", "viewParam", "attribute", "passThroughAttribute");

    @Test
    void pagesHaveNoHardCodedText() throws Exception {
        List<String> problems = new ArrayList<>();
        List<Path> pages = pages();
        for (Path page : pages) {
            collectHardCodedText(parse(Files.readAllBytes(page)).getDocumentElement(), WEBAPP.relativize(page), problems);
        }

        assertTrue(pages.size() >= 10, "pages not found under " + WEBAPP.toAbsolutePath());
        assertTrue(problems.isEmpty(), () -> "Hard-coded UI text, use #{msg['...']}:\n" + String.join("\n", problems));
    }

    @Test
    void hardCodedTextCheckFindsTextAndIgnoresDataAndScripts() throws Exception {
        String page = """
                <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html"
                                xmlns:f="jakarta.faces.core" xmlns:ui="jakarta.faces.facelets">
                  <h1>Garage</h1>
                  <p>#{msg['garage.empty']} · 42 <span>#{v.make} #{x ? 'a' : "b}"}</span></p>
                  <h:outputText id="greeting" value="Hello #{user.name}" styleClass="big"/>
                  <f:param name="id" value="abc"/><ui:param name="tilesId" value="activeVehicles"/>
                  <script>var text = "ignored";</script><ui:remove>developer note</ui:remove>
                </ui:composition>""";
        List<String> problems = new ArrayList<>();
        collectHardCodedText(parse(page.getBytes(StandardCharsets.UTF_8)).getDocumentElement(), Path.of("t.xhtml"),
                problems);

        assertEquals(List.of("t.xhtml: <h1> text 'Garage'", "t.xhtml: <h:outputText value='Hello #{user.name}'>"),
                problems);
    }

    private static void collectHardCodedText(Element element, Path page, List<String> problems) {
        String ns = String.valueOf(element.getNamespaceURI());
        String name = element.getLocalName();
        if (name.equals("script") || name.equals("style") || name.equals("outputScript")
                || (FACELETS.contains(ns) && name.equals("remove"))) {
            return;
        }
        boolean dataTag = (CORE.contains(ns) && CORE_DATA_TAGS.contains(name)) || (FACELETS.contains(ns) && name.equals("param"));
        for (String attribute : TEXT_ATTRIBUTES) {
            String value = element.getAttribute(attribute);
            if (!(dataTag && attribute.equals("value")) && hasLettersOutsideEl(value)) {
                problems.add(page + ": <" + element.getTagName() + " " + attribute + "='" + value + "'>");
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                collectHardCodedText(childElement, page, problems);
            } else if ((child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE)
                    && hasLettersOutsideEl(child.getNodeValue())) {
                problems.add(page + ": <" + element.getTagName() + "> text '" + child.getNodeValue().strip() + "'");
            }
        }
    }

    static boolean hasLettersOutsideEl(String text) {
        StringBuilder outside = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '#' || c == '$') && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                i = endOfEl(text, i + 2);
            } else {
                outside.append(c);
            }
        }
        return outside.codePoints().anyMatch(Character::isLetter);
    }

    /** Index of the '}' closing an EL expression that starts at {@code i}, skipping quoted strings. */
    private static int endOfEl(String text, int i) {
        int depth = 1;
        char quote = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        DocumentBuilder builder = factory.newDocumentBuilder();
        try (InputStream in = new ByteArrayInputStream(xml)) {
            return builder.parse(in);
        }
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve(resource.strip()), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        return Pattern.compile("\\{[^}]*}").matcher(text).results().map(m -> m.group()).collect(Collectors.toSet());
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        return a.stream().filter(k -> !b.contains(k)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }
}
