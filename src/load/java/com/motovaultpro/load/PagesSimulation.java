package com.motovaultpro.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyLength;
import static io.gatling.javaapi.core.CoreDsl.crashLoadGenerator;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.rendezVous;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The load suite (docs/benchmarks.md, "Load"): N people signed in through the real sign-in form,
 * on a server started as the README starts it, with the data {@link Seeder} puts in first.
 * <ul>
 *   <li>{@code burst} (default): {@code load.sessions} sessions (50) with no think time, one view
 *       at a time for {@code load.phase.seconds} each (30): a static file first and last (the
 *       ceiling of the same run), the liveness probe, the API's dashboard and "add a fill-up", the
 *       garage, a vehicle's dashboard, fuel and charts tabs, its report, and the dashboard and fuel
 *       tab of the vehicle with 10,000 fill-ups. The sessions meet before each view (a
 *       rendezvous), so a phase's requests per second and its CPU per request are the view's
 *       own. Fill-ups go to a vehicle of their own, so the pages keep showing the seeded
 *       logbooks.</li>
 *   <li>{@code steady}: {@code load.sessions} sessions (500) arriving and signing in over
 *       {@code load.ramp.seconds} (120); once all are in, each goes through the same views with
 *       {@code load.think.seconds} (5) between them for {@code load.phase.seconds} (180).</li>
 * </ul>
 * With {@code -Dload.jfr=true} the server is recorded by JDK Flight Recorder over the run
 * ({@code target/load/server-<profile>.jfr}); the heap's largest classes after the run are in
 * {@code target/load/heap-<profile>.txt}. {@code -Dload.views=page-fuel-tab} measures only the
 * named views (comma-separated, dashes for spaces) after the static file, e.g. to profile a page.
 * {@link #after()} writes the figures ({@link LoadReport}: requests, rates, percentiles, errors, the
 * server's CPU per request and its memory — RSS, and the live heap after a full collection with the
 * sessions still open) to {@code target/load/summary-<profile>.md}; Gatling's own report, with its
 * graphs, is in {@code target/gatling}.
 */
public class PagesSimulation extends Simulation {

    private static final String PROFILE = System.getProperty("load.profile", "burst");
    private static final boolean BURST = PROFILE.equals("burst");
    private static final int SESSIONS = Integer.getInteger("load.sessions", BURST ? 50 : 500);
    private static final int ACCOUNTS = Integer.getInteger("load.accounts", Math.min(SESSIONS, 50));
    private static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("load.phase.seconds", BURST ? 30 : 180));
    private static final Duration THINK = Duration.ofSeconds(Integer.getInteger("load.think.seconds", BURST ? 0 : 5));
    /** How long the sessions take to arrive (and sign in). */
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("load.ramp.seconds", BURST ? 10 : 120));
    private static final URI BASE = URI.create(System.getProperty("load.base", "http://localhost:9080/"));
    private static final Path OUT = Path.of(System.getProperty("load.out", "target/load"));
    /** {@code -Dload.jfr=true}: a Flight Recorder recording of the server over the run, for profiling. */
    private static final boolean JFR = Boolean.getBoolean("load.jfr");
    private static final Path PID_FILE = Path.of(System.getProperty("load.pid.file",
            "target/liberty/wlp/usr/servers/.pid/motovault.pid"));

    private static final List<Seeder.Account> ACCOUNTS_SEEDED = new ArrayList<>();
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final AtomicLong ODOMETER = new AtomicLong(1_000_000);
    private static final Map<String, Integer> BYTES = new ConcurrentHashMap<>();
    private static final Samples SAMPLES = new Samples();
    private static final ServerProbe PROBE = ServerProbe.of(PID_FILE).orElse(null);
    private static final Phases PHASES = new Phases(PROBE);

    /** One view: its name (the phase's and the report's), and the request. */
    private record View(String name, HttpRequestActionBuilder request) {
    }

    /**
     * {@code -Dload.views=page-fuel-tab,page-garage}: only these views (their names with dashes for
     * spaces, which do not survive the plugin's command line), for profiling a page with
     * {@code load.jfr}; all of them when unset.
     */
    private static boolean chosen(View view) {
        String views = System.getProperty("load.views", "");
        String name = view.name().replace(' ', '-');
        return views.isBlank() || view.name().equals("static app.css")
                || List.of(views.split(",")).stream().map(String::strip).anyMatch(name::equals);
    }

    /** A page of a signed-in person: answered as itself, not by a redirect to the sign-in page. */
    private static HttpRequestActionBuilder page(String name, String path) {
        return http(name).get(path).check(currentLocationRegex(".*/login\\.xhtml.*").notExists());
    }

    private static final List<View> VIEWS = List.of(
            new View("static app.css", http("static app.css").get("/resources/css/app.css")),
            new View("health live", http("health live").get("/health/live")),
            new View("api dashboard", http("api dashboard").get("/api/v1/vehicles/#{vehicle}/dashboard")
                    .header("Authorization", "#{apiKey}")),
            // Into a vehicle of its own, so that the pages measured later show the seeded logbooks.
            new View("api add fill-up", http("api add fill-up").post("/api/v1/vehicles/#{scratchVehicle}/fuel")
                    .header("Authorization", "#{apiKey}").header("Content-Type", "application/json")
                    .body(StringBody("{\"date\":\"" + LocalDate.now()
                            + "\",\"odometer\":#{odometer},\"quantity\":10.5,\"cost\":36.6,"
                            + "\"confirmLowerOdometer\":true}"))
                    .check(status().is(201))),
            new View("page garage", page("page garage", "/")),
            new View("page dashboard tab", page("page dashboard tab", "/vehicles/view.xhtml?id=#{vehicle}&tab=dashboard")),
            new View("page fuel tab", page("page fuel tab", "/vehicles/view.xhtml?id=#{vehicle}&tab=fuel")),
            new View("page charts tab", page("page charts tab", "/vehicles/view.xhtml?id=#{vehicle}&tab=charts")),
            new View("page report", page("page report", "/vehicles/report.xhtml?id=#{vehicle}")),
            new View("page dashboard tab (10k)", page("page dashboard tab (10k)",
                    "/vehicles/view.xhtml?id=#{bigVehicle}&tab=dashboard")),
            new View("page fuel tab (10k)", page("page fuel tab (10k)", "/vehicles/view.xhtml?id=#{bigVehicle}&tab=fuel")),
            new View("static app.css (end)", http("static app.css (end)").get("/resources/css/app.css")))
            .stream().filter(PagesSimulation::chosen).toList();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE.toString().replaceAll("/$", ""))
            .acceptHeader("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
            .acceptEncodingHeader("gzip, deflate")
            .acceptLanguageHeader("en-US,en;q=0.9")
            .userAgentHeader("MotoVaultPro load suite (Gatling)")
            // Each session from an address of its own (198.18.0.0/15, the benchmarking range), as the
            // server sees it through X-Forwarded-For from loopback: per-client sign-in limits apply
            // to people, and 50 people do not share one address.
            .header("X-Forwarded-For", "#{address}")
            .disableCaching()
            .check(status().in(200, 201, 204));

    /**
     * Signs in through the sign-in form as a browser does: its page, then every field of the form
     * posted back (view state, anti-forgery token) with the name and password filled in, and the
     * CSP nonce PrimeFaces' script adds to the form. A session that cannot sign in stops there, counted as an error.
     */
    private static final ChainBuilder SIGN_IN = exec(
            http("sign-in page").get("/login.xhtml")
                    .check(form("form#loginForm").saveAs("loginFields"))
                    // PrimeFaces' script adds its CSP nonce to every form when the page loads.
                    .check(regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").saveAs("nonce"))
                    .check(css("form#loginForm", "action").saveAs("action")))
            .exec(session -> {
                Map<String, Object> fields = new HashMap<>(session.getMap("loginFields"));
                fields.put("loginForm:username", session.getString("username"));
                fields.put("loginForm:password", Seeder.PASSWORD);
                fields.put("loginForm:submit", "");
                fields.put("primefaces.nonce", session.getString("nonce"));
                return session.set("loginFields", fields);
            })
            .exec(http("sign in").post("#{action}").formParamMap(session -> session.getMap("loginFields"))
                    .check(responseTimeInMillis().saveAs("millis"))
                    .check(substring("id=\"logout\"")))
            .exec(session -> {
                SAMPLES.add(Samples.SIGN_IN, session.contains("millis") ? session.getLong("millis") : null, session.isFailed());
                return session.remove("millis");
            })
            // The sessions meet before each view: one that cannot sign in would hold up the others.
            .doIf(Session::isFailed).then(crashLoadGenerator("a session could not sign in (see the report's errors)"));

    {
        ScenarioBuilder people = scenario("people")
                .feed(Stream.generate(PagesSimulation::nextSession).iterator())
                .exec(SIGN_IN);
        if (BURST) {
            people = people.exec(rendezVous(SESSIONS));
            for (View view : VIEWS) {
                // All sessions start each view together, so a phase holds that view's requests only.
                people = people.exec(rendezVous(SESSIONS)).exec(enter(view.name()))
                        .exec(during(PHASE).on(measured(view)));
            }
            people = people.exec(rendezVous(SESSIONS)).exec(enter("(end)"));
            setUp(people.injectOpen(rampUsers(SESSIONS).during(RAMP))).protocols(protocol)
                    .maxDuration(PHASE.multipliedBy(VIEWS.size()).plus(Duration.ofMinutes(5)));
        } else {
            ChainBuilder round = exec(session -> session);
            for (View view : VIEWS) {
                if (!view.name().startsWith("static app.css (end)")) {
                    // Think time varies (half to one and a half times THINK), as people's does.
                    round = round.exec(measured(view)).exec(pause(THINK.dividedBy(2), THINK.multipliedBy(3).dividedBy(2)));
                }
            }
            // Measured once every session has signed in: 500 sign-ins (a deliberately slow password
            // hash each) are a storm of their own, reported on their own line.
            // Then each starts at a moment of its own within one round: sessions that left the
            // rendezvous together would otherwise ask for the same view at the same instant, 500 at once.
            Duration oneRound = THINK.multipliedBy(VIEWS.size());
            people = people.exec(rendezVous(SESSIONS)).exec(enter("steady")).exec(pause(Duration.ZERO, oneRound))
                    .exec(during(PHASE).on(round));
            setUp(people.injectOpen(rampUsers(SESSIONS).during(RAMP))).protocols(protocol)
                    .maxDuration(RAMP.plus(PHASE).plus(Duration.ofMinutes(5)));
        }
    }

    /** Notes that a session entered {@code phase} (the first one's time and the server's CPU count). */
    private static ChainBuilder enter(String phase) {
        return exec(session -> {
            PHASES.enter(phase);
            return session;
        });
    }

    /**
     * The view's request (its odometer first, for a fill-up), its time and outcome noted in
     * {@link #SAMPLES} and its page size once; a failed request counts as an error and the session
     * goes on.
     */
    private static ChainBuilder measured(View view) {
        return exec(session -> session.set("odometer", ODOMETER.incrementAndGet()))
                .exec(view.request().check(responseTimeInMillis().saveAs("millis")).check(bodyLength().saveAs("bytes")))
                .exec(session -> {
                    SAMPLES.add(view.name(), session.contains("millis") ? session.getLong("millis") : null,
                            session.isFailed());
                    if (session.contains("bytes") && !session.isFailed()) {
                        BYTES.putIfAbsent(view.name(), session.getInt("bytes"));
                    }
                    return session.remove("millis").markAsSucceeded();
                });
    }

    private static Map<String, Object> nextSession() {
        int n = NEXT.getAndIncrement();
        Seeder.Account account = ACCOUNTS_SEEDED.get(n % ACCOUNTS_SEEDED.size());
        return Map.of("username", account.username(), "apiKey", account.apiKey(), "vehicle", account.vehicle(),
                "scratchVehicle", account.scratchVehicle(), "bigVehicle", account.bigVehicle(),
                "address", "198.19." + (n / 256 % 256) + "." + (n % 256));
    }

    @Override
    public void before() {
        try {
            // No summary until this run has one: the build's verify phase fails without it (a crashed run).
            Files.deleteIfExists(OUT.resolve("summary-" + PROFILE + ".md"));
            ACCOUNTS_SEEDED.addAll(new Seeder(BASE).seed(ACCOUNTS, Integer.getInteger("load.fillups", 64),
                    Integer.getInteger("load.big.records", 10_000)));
            if (JFR && PROBE != null) {
                PROBE.startRecording();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void after() {
        LoadReport.Memory memory = new LoadReport.Memory(-1, -1, -1);
        if (PROBE != null) {
            try {
                if (JFR) {
                    Files.createDirectories(OUT);
                    PROBE.stopRecording(OUT.resolve("server-" + PROFILE + ".jfr"));
                }
                long rss = PROBE.rssMiB();
                long heap = PROBE.liveHeapMiB();
                memory = new LoadReport.Memory(rss, heap, PROBE.rssMiB());
                Files.createDirectories(OUT);
                Files.writeString(OUT.resolve("heap-" + PROFILE + ".txt"), PROBE.histogram(40), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        LoadReport.Run run = new LoadReport.Run(PROFILE, SESSIONS, ACCOUNTS, PHASE.toSeconds(), THINK.toSeconds());
        String summary = BURST
                ? LoadReport.burst(run, VIEWS.stream().map(View::name).toList(), SAMPLES.figures(), PHASES.starts(), BYTES,
                        memory)
                : LoadReport.steady(run, SAMPLES.figures(), SAMPLES.allViews(), BYTES, memory, SAMPLES.seconds());
        try {
            Files.createDirectories(OUT);
            Files.writeString(OUT.resolve("summary-" + PROFILE + ".md"), summary, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(summary);
    }
}
