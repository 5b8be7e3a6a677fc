package com.motovaultpro.notification;

import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.platform.personaldata.PersonalDataPart;
import com.motovaultpro.platform.security.KeyScope;
import com.motovaultpro.platform.web.ProblemDetail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's notification channels and preferences in their personal export
 * ({@code account/notifications.json}, docs/import-export.md). The file holds what the person
 * needs to have the channels again elsewhere: the ntfy and Gotify tokens and each webhook's
 * signing secret (the receiver keeps verifying). A restore sets each channel up as the person
 * would, checked the same way; an e-mail address is used only after it was confirmed again on this
 * server; a channel the person already has (same kind and destination) is not added twice; one
 * this server cannot serve (no e-mail here, a destination its outbound rules refuse), or one past
 * the most a person may have, is left out and said so. Failures, history and confirmations of the old server stay behind.
 */
@ApplicationScoped
public class NotificationPersonalData implements PersonalDataPart<NotificationPersonalData.Saved> {

    /** What the file holds; {@code preferences} is null for a person who kept the defaults. */
    public record Saved(List<SavedChannel> channels, SavedPreferences preferences) {
    }

    /** One channel; {@code secret}: a webhook's signing secret, or the ntfy/Gotify token (may be null). */
    public record SavedChannel(String kind, String name, String target, String secret, List<String> events,
                               boolean enabled) {
    }

    /** The preferences, as {@link NotificationPreferences.Entered} takes them. */
    public record SavedPreferences(String timeZone, String digest, Integer digestHour, String digestDay, LocalTime quietFrom,
                                   LocalTime quietUntil) {
    }

    /** Why a channel was left out (bundle keys {@code personalData.leftOut.<reason>}). */
    static final String NO_EMAIL = "EMAIL_UNAVAILABLE";
    static final String REFUSED_DESTINATION = "DESTINATION_REFUSED";
    static final String ALREADY_THERE = "ALREADY_PRESENT";
    static final String TOO_MANY = "TOO_MANY";
    /** Every reason a channel may be left out for. */
    public static final List<String> LEFT_OUT_REASONS = List.of(NO_EMAIL, REFUSED_DESTINATION, ALREADY_THERE, TOO_MANY);

    @Inject
    CurrentUser currentUser;

    @Inject
    ChannelService channels;

    @Inject
    NotificationPreferences preferences;

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public String path() {
        return "account/notifications.json";
    }

    /**
     * Never with an API key: the channels' secrets and tokens are shown to no key (the channels'
     * API never shows them), so only the person signed in (a session, their password or token)
     * takes them home.
     */
    @Override
    public KeyScope.Level keyScope() {
        return KeyScope.Level.NO_KEY;
    }

    @Override
    public Class<Saved> type() {
        return Saved.class;
    }

    @Override
    @Transactional
    public Saved export() {
        List<SavedChannel> saved = channels.mine().stream().map(c -> new SavedChannel(c.getKind().name(), c.getName(),
                c.getTarget(), c.secret(), c.events().stream().map(Enum::name).toList(), c.isEnabled())).toList();
        SavedPreferences mine = preferences.find(currentUser.id()).map(p -> new SavedPreferences(
                p.getTimeZone(), p.getDigest().name(), p.getDigestHour(), p.getDigestDay().name(), p.getQuietFrom(),
                p.getQuietUntil())).orElse(null);
        return new Saved(saved, mine);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Restored restore(Saved saved) {
        if (saved.preferences() != null) {
            SavedPreferences p = saved.preferences();
            try {
                preferences.save(new NotificationPreferences.Entered(p.timeZone(), p.digest(), p.digestHour(),
                        p.digestDay(), p.quietFrom(), p.quietUntil()));
            } catch (PreferenceProblem e) {
                throw new Refused("the preferences are not valid: " + described(e.errors()));
            }
        }
        List<LeftOut> leftOut = new ArrayList<>();
        int added = 0;
        List<NotificationChannel> mine = channels.mine();
        int count = mine.size();
        Set<String> present = new HashSet<>();
        mine.forEach(c -> present.add(key(c.getKind().name(), c.getTarget())));
        for (SavedChannel channel : saved.channels() == null ? List.<SavedChannel>of() : saved.channels()) {
            if (channel == null) {
                throw new Refused("a channel is empty (null)");
            }
            String label = channel.name() == null ? "?" : channel.name();
            boolean webhook = ChannelKind.WEBHOOK.name().equalsIgnoreCase(String.valueOf(channel.kind()).strip());
            ChannelSetup setup = new ChannelSetup(channel.kind(), channel.name(), channel.target(),
                    webhook ? null : channel.secret(), channel.events(), channel.enabled());
            String secret = webhook ? channel.secret() : null;
            // Checked first, without a refusal leaving the channel service: that would doom this transaction.
            List<ChannelProblem> problems = channels.problemsOf(setup, secret);
            Optional<String> reason = leftOutFor(problems);
            if (!problems.isEmpty() && reason.isEmpty()) {
                throw new Refused("channel '" + label + "' is not valid: "
                        + described(problems.stream().map(ChannelProblem::fieldError).toList()));
            }
            if (reason.isPresent()) {
                leftOut.add(new LeftOut(label, reason.get(), problems.get(0).detail() == null ? channel.target()
                        : problems.get(0).detail()));
            } else if (present.contains(key(channel.kind(), channel.target()))) {
                leftOut.add(new LeftOut(label, ALREADY_THERE, channel.kind() + " " + channel.target()));
            } else if (count >= ChannelService.MAX_CHANNELS) {
                leftOut.add(new LeftOut(label, TOO_MANY, String.valueOf(ChannelService.MAX_CHANNELS)));
            } else {
                channels.restore(setup, secret);
                present.add(key(channel.kind(), channel.target()));
                count++;
                added++;
            }
        }
        return new Restored(added, leftOut);
    }

    /**
     * Why a channel this server cannot serve is left out, when that is all that is wrong with it:
     * no e-mail here, or a destination this server's outbound rules refuse. Anything else is not
     * valid (empty: the restore is refused, or there was nothing wrong).
     */
    static Optional<String> leftOutFor(List<ChannelProblem> problems) {
        if (problems.size() != 1) {
            return Optional.empty();
        }
        return switch (problems.get(0).code()) {
            case EMAIL_UNAVAILABLE -> Optional.of(NO_EMAIL);
            case DESTINATION_REFUSED -> Optional.of(REFUSED_DESTINATION);
            default -> Optional.empty();
        };
    }

    private static String described(List<ProblemDetail.FieldError> errors) {
        return errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
    }

    private static String key(String kind, String target) {
        return String.valueOf(kind).strip().toUpperCase(Locale.ROOT) + " " + String.valueOf(target).strip();
    }
}
