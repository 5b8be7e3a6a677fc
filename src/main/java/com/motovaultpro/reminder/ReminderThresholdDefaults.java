package com.motovaultpro.reminder;

import com.motovaultpro.admin.AppSetting;
import com.motovaultpro.platform.cache.CacheInvalidation;
import com.motovaultpro.platform.cache.CacheName;
import com.motovaultpro.platform.cache.TwoLevelCache;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.logging.Logger;

/**
 * The server-wide urgency thresholds an administrator sets; the SPEC defaults until then. Stored
 * as one app setting "urgentDays/veryUrgentDays/urgentDistance/veryUrgentDistance".
 */
@ApplicationScoped
@Transactional
public class ReminderThresholdDefaults {

    static final String SETTING = "reminder.thresholds";
    private static final Logger LOG = Logger.getLogger(ReminderThresholdDefaults.class.getName());

    /**
     * The cache scope of the setting: changing it replaces the cached value on every replica, and
     * every cached view that judged reminders by it (a vehicle's dashboard).
     */
    public static final String CACHE_SCOPE = "setting:" + SETTING;
    private static final List<String> SCOPE = List.of(CACHE_SCOPE);

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    @Inject
    TwoLevelCache cache;

    @Inject
    CacheInvalidation invalidation;

    /** The thresholds in force: read on every garage and dashboard, so from the cache. */
    public Thresholds current() {
        return cache.get(CacheName.SETTING, SCOPE, "", Thresholds.class, () -> {
            AppSetting stored = em.find(AppSetting.class, SETTING);
            return stored == null ? Thresholds.DEFAULTS : parse(stored.getValue());
        });
    }

    public void change(Thresholds thresholds, String changedBy) {
        String value = thresholds.urgentDays() + "/" + thresholds.veryUrgentDays() + "/"
                + thresholds.urgentDistance().toPlainString() + "/" + thresholds.veryUrgentDistance().toPlainString();
        AppSetting stored = em.find(AppSetting.class, SETTING);
        if (stored == null) {
            em.persist(new AppSetting(SETTING, value));
        } else {
            stored.setValue(value);
        }
        invalidation.changed(SCOPE);
        LOG.info(() -> "Reminder thresholds set to " + value + " by '" + changedBy + "'");
    }

    static Thresholds parse(String value) {
        String[] parts = value.split("/");
        return new Thresholds(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), new BigDecimal(parts[2]),
                new BigDecimal(parts[3]));
    }
}
