package com.motovaultpro.dashboard;

import com.motovaultpro.vehicle.Permission;
import com.motovaultpro.account.AccountPreferences;
import com.motovaultpro.fuel.EconomyService;
import com.motovaultpro.platform.cache.CacheName;
import com.motovaultpro.platform.cache.TwoLevelCache;
import com.motovaultpro.platform.cache.VehicleScoped;
import com.motovaultpro.platform.units.DistanceUnit;
import com.motovaultpro.reminder.ReminderService;
import com.motovaultpro.reminder.ReminderThresholdDefaults;
import com.motovaultpro.reminder.Urgency;
import com.motovaultpro.vehicle.CurrentOdometer;
import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.vehicle.VehicleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A vehicle's dashboard and chart series, drawn from the database's aggregates (see
 * {@link DashboardRepository}) and the economy rules: a fixed number of statements per view,
 * whatever the number of records. Access: the vehicle must be the caller's (404 otherwise).
 */
@ApplicationScoped
@Transactional
public class DashboardService {

    /** How many records and reminders the dashboard lists. */
    static final int RECENT = 5;

    /** Months of history the daily average that projects reminders forward looks at. */
    static final int PROJECTION_MONTHS = 3;

    /** The chart names, as the API addresses them. */
    public static final List<String> CHARTS = List.of("cost-per-month", "expenses-by-type", "economy",
            "distance-per-month", "reminders-by-urgency");

    @Inject
    VehicleService vehicles;

    @Inject
    DashboardRepository repository;

    @Inject
    ReminderService reminders;

    @Inject
    EconomyService economy;

    @Inject
    AccountPreferences preferences;

    @Inject
    TwoLevelCache cache;

    /** A vehicle's charts as one cache entry. */
    record Charts(List<ChartSeries> series) implements Serializable {
    }

    Clock clock = Clock.systemDefaultZone();

    /** Everything one view of a vehicle needs, loaded once. */
    private record Loaded(Vehicle vehicle, VehicleFigures figures, Optional<BigDecimal> currentOdometer,
                          LocalDate today) {
    }

    private Loaded load(long vehicleId) {
        Vehicle vehicle = vehicles.get(vehicleId, Permission.READ);
        VehicleFigures figures = repository.figures(vehicleId);
        return new Loaded(vehicle, figures, CurrentOdometer.of(figures.highestReading(),
                vehicle.getOdometerMultiplier(), vehicle.getOdometerOffset()), LocalDate.now(clock));
    }

    /** The vehicle's dashboard, from the cache when nothing changed since it was made. */
    public Dashboard dashboard(long vehicleId) {
        vehicles.check(vehicleId, Permission.READ);
        return cache.get(CacheName.DASHBOARD, List.of(VehicleScoped.scopeOf(vehicleId), ReminderThresholdDefaults.CACHE_SCOPE),
                viewParameters(), Dashboard.class,
                () -> loadDashboard(vehicleId));
    }

    /** What a view depends on besides the vehicle's data: the day and the caller's units and currency. */
    private String viewParameters() {
        return LocalDate.now(clock) + "|" + preferences.display();
    }

    private Dashboard loadDashboard(long vehicleId) {
        Loaded v = load(vehicleId);
        CostBreakdown costs = v.figures().costs();
        List<Dashboard.UpcomingReminder> upcoming = reminders.open(v.vehicle(), v.currentOdometer(), v.today()).stream()
                .limit(RECENT)
                .map(j -> new Dashboard.UpcomingReminder(j.reminder().getId(), j.reminder().getDescription(),
                        j.reminder().getDueDate(), j.reminder().getDueOdometer(), j.urgency()))
                .toList();
        List<Dashboard.EconomyAverage> averages = economy.monthly(v.vehicle()).stream()
                .map(s -> new Dashboard.EconomyAverage(s.fuelType(), s.unit(), s.averageLast3Months(), s.average()))
                .toList();
        List<Dashboard.CostYear> table = costs.perYear().stream()
                .map(r -> new Dashboard.CostYear(Integer.parseInt(r.period()), byTypeName(r.byType()), r.total()))
                .toList();
        return new Dashboard(vehicleId, v.vehicle().getOdometerUnit(), v.currentOdometer().orElse(null),
                v.figures().distance().total(), costs.totalIn(v.today().getYear()), costs.total(),
                repository.recent(vehicleId, RECENT), upcoming, averages, ownership(v), table);
    }

    private Dashboard.Ownership ownership(Loaded v) {
        Vehicle vehicle = v.vehicle();
        DistanceUnit shown = preferences.display().distanceUnitFor(vehicle.getOdometerUnit());
        OwnershipCost cost = OwnershipCost.of(new OwnershipCost.Ownership(vehicle.getPurchasePrice(),
                        vehicle.getPurchaseDate(), vehicle.getSoldPrice(), vehicle.getSoldDate(), vehicle.getCurrentValue(),
                        v.figures().firstRecord()),
                v.figures().costs().total(), v.figures().distance().total(), vehicle.getOdometerUnit(), Optional.of(shown),
                v.today());
        return new Dashboard.Ownership(vehicle.getPurchasePrice(),
                vehicle.isSold() ? vehicle.getSoldPrice() : vehicle.getCurrentValue(), vehicle.isSold(), cost.expenses(),
                cost.depreciation().orElse(null), cost.total(), cost.daysOwned().orElse(null),
                cost.costPerDay().orElse(null), cost.costPerDistance().orElse(null), shown);
    }

    /** Every chart of the vehicle, in {@link #CHARTS} order; expenses by type for {@code year} or all time. */
    public List<ChartSeries> charts(long vehicleId, Optional<Integer> year) {
        vehicles.check(vehicleId, Permission.READ);
        return cache.get(CacheName.CHARTS, List.of(VehicleScoped.scopeOf(vehicleId)),
                "all|" + year.map(String::valueOf).orElse("-") + "|" + viewParameters(), Charts.class, () -> {
                    Loaded v = load(vehicleId);
                    return new Charts(CHARTS.stream().map(name -> chart(v, name, year)).toList());
                }).series();
    }

    /** One chart; an unknown name is a {@link UnknownChartException}. */
    public ChartSeries chart(long vehicleId, String name, Optional<Integer> year) {
        if (!CHARTS.contains(name)) {
            throw new UnknownChartException(name);
        }
        vehicles.check(vehicleId, Permission.READ);
        return cache.get(CacheName.CHARTS, List.of(VehicleScoped.scopeOf(vehicleId)),
                name + "|" + year.map(String::valueOf).orElse("-") + "|" + viewParameters(), ChartSeries.class,
                () -> chart(load(vehicleId), name, year));
    }

    private ChartSeries chart(Loaded v, String name, Optional<Integer> year) {
        String currency = preferences.display().currency().getCurrencyCode();
        return switch (name) {
            case "cost-per-month" -> costPerMonth(v.figures().costs(), currency);
            case "expenses-by-type" -> expensesByType(v.figures().costs(), year, currency);
            case "economy" -> economyPerMonth(v.vehicle());
            case "distance-per-month" -> distancePerMonth(v);
            case "reminders-by-urgency" -> remindersByUrgency(v);
            default -> throw new UnknownChartException(name);
        };
    }

    private static ChartSeries costPerMonth(CostBreakdown costs, String currency) {
        List<CostBreakdown.Row> months = costs.perMonth();
        return new ChartSeries("cost-per-month", months.stream().map(CostBreakdown.Row::period).toList(),
                Arrays.stream(ExpenseType.values())
                        .map(t -> new ChartSeries.Series(t.name(), currency,
                                months.stream().map(m -> m.byType().get(t)).toList()))
                        .toList());
    }

    private static ChartSeries expensesByType(CostBreakdown costs, Optional<Integer> year, String currency) {
        Map<ExpenseType, BigDecimal> byType = costs.byType(year);
        return new ChartSeries("expenses-by-type", Arrays.stream(ExpenseType.values()).map(Enum::name).toList(),
                List.of(new ChartSeries.Series(year.map(String::valueOf).orElse("all"), currency,
                        Arrays.stream(ExpenseType.values()).map(byType::get).toList())));
    }

    private ChartSeries economyPerMonth(Vehicle vehicle) {
        List<EconomyService.MonthlySeries> fuels = economy.monthly(vehicle);
        TreeSet<YearMonth> months = new TreeSet<>();
        fuels.forEach(f -> f.months().forEach(m -> months.add(m.month())));
        List<ChartSeries.Series> series = new ArrayList<>();
        for (EconomyService.MonthlySeries fuel : fuels) {
            Map<YearMonth, BigDecimal> values = new LinkedHashMap<>();
            fuel.months().forEach(m -> values.put(m.month(), m.economy()));
            series.add(new ChartSeries.Series(fuel.fuelType().name(), fuel.unit() == null ? null : fuel.unit().name(),
                    months.stream().map(values::get).toList()));
        }
        return new ChartSeries("economy", months.stream().map(YearMonth::toString).toList(), series);
    }

    private static ChartSeries distancePerMonth(Loaded v) {
        List<DistancePerMonth.Month> months = v.figures().distance().months();
        return new ChartSeries("distance-per-month", months.stream().map(m -> m.month().toString()).toList(),
                List.of(new ChartSeries.Series("distance", v.vehicle().getOdometerUnit().name(),
                        months.stream().map(DistancePerMonth.Month::distance).toList())));
    }

    private ChartSeries remindersByUrgency(Loaded v) {
        List<ReminderOutlook.Open> open = reminders.open(v.vehicle(), v.currentOdometer(), v.today()).stream()
                .map(j -> new ReminderOutlook.Open(j.reminder().due(), j.thresholds()))
                .toList();
        List<ReminderOutlook.Horizon> outlook = ReminderOutlook.of(open, v.today(), v.currentOdometer(),
                v.figures().distance().dailyAverage(v.today(), PROJECTION_MONTHS));
        return new ChartSeries("reminders-by-urgency",
                outlook.stream().map(h -> String.valueOf(h.days())).toList(),
                Stream.of(Urgency.values())
                        .map(u -> new ChartSeries.Series(u.name(), null,
                                outlook.stream().map(h -> BigDecimal.valueOf(h.counts().get(u))).toList()))
                        .toList());
    }

    private static Map<String, BigDecimal> byTypeName(Map<ExpenseType, BigDecimal> byType) {
        Map<String, BigDecimal> named = new LinkedHashMap<>();
        byType.forEach((type, amount) -> named.put(type.name(), amount));
        return named;
    }
}
