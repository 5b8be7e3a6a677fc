package com.motovaultpro.tax;

import com.motovaultpro.platform.scheduling.HourlyJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** Once an hour (first shortly after start), every lapsed recurring fee gets its successor. */
@ApplicationScoped
public class TaxRenewalSchedule extends HourlyJob {

    @Inject
    TaxRenewals renewals;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // Touching the bean is enough: the job schedules itself once created.
    }

    @Override
    protected long firstRunAfterMinutes() {
        return 1;
    }

    @Override
    protected String run() {
        int created = renewals.renewAllLapsed(LocalDate.now());
        return created == 0 ? null : "created " + created + " fee(s) following lapsed recurring ones";
    }
}
