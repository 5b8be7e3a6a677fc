package com.motovaultpro.fuel;

import com.motovaultpro.platform.cache.CacheName;
import com.motovaultpro.platform.cache.VehicleScoped;
import com.motovaultpro.vehicle.Permission;
import com.motovaultpro.platform.api.InvalidParameterException;
import com.motovaultpro.platform.units.EconomyUnit;
import com.motovaultpro.vehicle.FuelType;
import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.vehicle.VehicleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Builds a vehicle's economy report: three statements (vehicle, fill-ups, cost totals), then pure
 * calculation. Units default to the caller's preferences, then to the vehicle's own.
 */
@ApplicationScoped
public class EconomyService {

    @Inject
    VehicleService vehicles;

    @Inject
    FillUpRepository fillUpRepository;

    @Inject
    com.motovaultpro.logbook.LogbookRepository records;

    @Inject
    com.motovaultpro.account.AccountPreferences preferences;

    @Inject
    com.motovaultpro.platform.cache.TwoLevelCache cache;

    Clock clock = Clock.systemDefaultZone();

    /** One fuel's economy for dashboards and charts: averages and one figure per month, no points. */
    public record MonthlySeries(FuelType fuelType, EconomyUnit unit, BigDecimal average, BigDecimal averageLast3Months,
                                List<Month> months) {
    }

    /** The average economy of the fill-ups in one month. */
    public record Month(YearMonth month, BigDecimal economy) {
    }

    /** One fuel chain of a vehicle with the unit it is shown in and the conversion into it. */
    private record Chain(FuelType fuel, Optional<EconomyUnit> unit, EconomySeries economy,
                         UnaryOperator<BigDecimal> shown) {

        BigDecimal average() {
            return economy.average().map(shown).orElse(null);
        }

        BigDecimal averageLast3Months(LocalDate today) {
            return economy.averageBetween(today.minusMonths(3), today).map(shown).orElse(null);
        }
    }

    /**
     * @param liquidUnit display unit for liquid fuels (default from the vehicle's units)
     * @param electricUnit display unit for charging (default from the vehicle's distance unit)
     */
    public EconomyReport report(long vehicleId, Optional<EconomyUnit> liquidUnit, Optional<EconomyUnit> electricUnit) {
        liquidUnit.filter(EconomyUnit::isElectric).ifPresent(u -> {
            throw new InvalidParameterException("unit", "is for charging; use it as electricUnit");
        });
        electricUnit.filter(u -> !u.isElectric()).ifPresent(u -> {
            throw new InvalidParameterException("electricUnit", "must be MILES_PER_KWH or KWH_PER_100_KM");
        });
        vehicles.check(vehicleId, Permission.READ);
        LocalDate today = LocalDate.now(clock);
        return cache.get(CacheName.ECONOMY, List.of(VehicleScoped.scopeOf(vehicleId)),
                liquidUnit.map(Enum::name).orElse("-") + "|" + electricUnit.map(Enum::name).orElse("-") + "|" + today
                        + "|" + preferences.display(),
                EconomyReport.class, () -> loadReport(vehicleId, liquidUnit, electricUnit, today));
    }

    private EconomyReport loadReport(long vehicleId, Optional<EconomyUnit> liquidUnit, Optional<EconomyUnit> electricUnit,
                                     LocalDate today) {
        Vehicle vehicle = vehicles.get(vehicleId, Permission.READ);
        List<EconomyReport.Series> series = new ArrayList<>();
        for (Chain chain : chains(vehicle, liquidUnit, electricUnit)) {
            List<EconomyReport.Point> points = chain.economy().points().stream()
                    .map(p -> new EconomyReport.Point(p.fillUpId(), p.date(), p.distance(),
                            p.economy().map(chain.shown()).orElse(null)))
                    .toList();
            series.add(new EconomyReport.Series(chain.fuel(), chain.unit().orElse(null), chain.average(),
                    chain.averageLast3Months(today), points));
        }
        var totals = records.totals(FuelRecord.class, vehicleId, com.motovaultpro.logbook.RecordQuery.all());
        var costUnit = preferences.display().distanceUnitFor(vehicle.getOdometerUnit());
        return new EconomyReport(vehicleId, series, costUnit,
                com.motovaultpro.platform.units.CostPerDistance.of(totals.cost(), totals.distance(),
                        vehicle.getOdometerUnit(), Optional.of(costUnit)).orElse(null));
    }

    /**
     * The vehicle's economy per fuel in the caller's units: averages (all time and the last three
     * months) and the average of each month. One statement (the fill-ups' economy columns).
     */
    public List<MonthlySeries> monthly(Vehicle vehicle) {
        LocalDate today = LocalDate.now(clock);
        return chains(vehicle, Optional.empty(), Optional.empty()).stream()
                .map(chain -> new MonthlySeries(chain.fuel(), chain.unit().orElse(null), chain.average(),
                        chain.averageLast3Months(today),
                        chain.economy().perMonth().entrySet().stream()
                                .map(e -> new Month(e.getKey(), chain.shown().apply(e.getValue())))
                                .toList()))
                .toList();
    }

    /** A fill-up's economy as the person sees it ({@code unit} null: the vehicle counts no distance), and in every unit that applies to its fuel. */
    public record Figures(EconomyUnit unit, BigDecimal shown, List<BigDecimal> inEveryUnit) {
    }

    /**
     * The economy each of {@code added} would have were it stored with the vehicle's fill-ups (an
     * import's preview), by the ids the caller gave them (not ids of stored records); fill-ups the
     * rules give no economy are left out. Two statements, then pure calculation.
     */
    public Map<Long, Figures> economyWith(long vehicleId, List<FillUp> added) {
        Vehicle vehicle = vehicles.get(vehicleId, Permission.READ);
        Set<Long> ids = new HashSet<>();
        added.forEach(f -> ids.add(f.id()));
        Map<Long, Figures> figures = new HashMap<>();
        for (Chain chain : chains(vehicle, Optional.empty(), Optional.empty(), added)) {
            var volume = vehicle.volumeUnitFor(chain.fuel());
            for (EconomyPoint point : chain.economy().points()) {
                if (ids.contains(point.fillUpId()) && point.economy().isPresent()) {
                    BigDecimal economy = point.economy().get();
                    List<BigDecimal> everyUnit = new ArrayList<>();
                    if (vehicle.getOdometerUnit().isDistance()) {
                        for (EconomyUnit unit : EconomyUnit.values()) {
                            if (unit.isElectric() == volume.isElectric()) {
                                everyUnit.add(unit.convert(economy, vehicle.getOdometerUnit(), volume));
                            }
                        }
                    }
                    figures.put(point.fillUpId(), new Figures(chain.unit().orElse(null), chain.shown().apply(economy),
                            everyUnit));
                }
            }
        }
        return figures;
    }

    private List<Chain> chains(Vehicle vehicle, Optional<EconomyUnit> liquidUnit, Optional<EconomyUnit> electricUnit) {
        return chains(vehicle, liquidUnit, electricUnit, List.of());
    }

    private List<Chain> chains(Vehicle vehicle, Optional<EconomyUnit> liquidUnit, Optional<EconomyUnit> electricUnit,
                               List<FillUp> added) {
        var display = preferences.display();
        Optional<EconomyUnit> liquid = liquidUnit.or(display::economyUnit);
        Optional<EconomyUnit> electric = electricUnit.or(display::electricEconomyUnit);
        List<FillUp> fillUps = Stream.concat(fillUpRepository.of(vehicle.getId()).stream(), added.stream())
                .map(f -> f.fuelKind() == null ? withFuel(f, vehicle.getFuelType()) : f)
                .toList();
        List<Chain> chains = new ArrayList<>();
        for (Map.Entry<String, EconomySeries> chain : FuelEconomyCalculator.seriesPerFuel(fillUps).entrySet()) {
            FuelType fuel = FuelType.valueOf(chain.getKey());
            var volume = vehicle.volumeUnitFor(fuel);
            Optional<EconomyUnit> unit = (volume.isElectric() ? electric : liquid)
                    .or(() -> EconomyUnit.defaultFor(vehicle.getOdometerUnit(), volume))
                    .filter(u -> vehicle.getOdometerUnit().isDistance());
            chains.add(new Chain(fuel, unit, chain.getValue(), e -> shown(e, unit, vehicle, volume)));
        }
        return chains;
    }

    private static BigDecimal shown(BigDecimal economy, Optional<EconomyUnit> unit, Vehicle vehicle,
                                    com.motovaultpro.platform.units.VolumeUnit volume) {
        return EconomyUnit.round(unit.map(u -> u.convert(economy, vehicle.getOdometerUnit(), volume)).orElse(economy));
    }

    private static FillUp withFuel(FillUp fillUp, FuelType fuel) {
        return new FillUp(fillUp.id(), fillUp.date(), fillUp.odometer(), fillUp.quantity(), fillUp.fullTank(),
                fillUp.missedPrevious(), fuel.name());
    }
}
