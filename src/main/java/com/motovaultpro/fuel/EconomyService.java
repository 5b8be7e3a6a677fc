package com.motovaultpro.fuel;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    Clock clock = Clock.systemDefaultZone();

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
        var display = preferences.display();
        liquidUnit = liquidUnit.or(display::economyUnit);
        electricUnit = electricUnit.or(display::electricEconomyUnit);
        Vehicle vehicle = vehicles.get(vehicleId);
        List<FillUp> fillUps = fillUpRepository.of(vehicleId).stream()
                .map(f -> f.fuelKind() == null ? withFuel(f, vehicle.getFuelType()) : f)
                .toList();
        LocalDate today = LocalDate.now(clock);
        List<EconomyReport.Series> series = new ArrayList<>();
        for (Map.Entry<String, EconomySeries> chain : FuelEconomyCalculator.seriesPerFuel(fillUps).entrySet()) {
            FuelType fuel = FuelType.valueOf(chain.getKey());
            var volume = vehicle.volumeUnitFor(fuel);
            Optional<EconomyUnit> unit = (volume.isElectric() ? electricUnit : liquidUnit)
                    .or(() -> EconomyUnit.defaultFor(vehicle.getOdometerUnit(), volume))
                    .filter(u -> vehicle.getOdometerUnit().isDistance());
            EconomySeries economy = chain.getValue();
            List<EconomyReport.Point> points = economy.points().stream()
                    .map(p -> new EconomyReport.Point(p.fillUpId(), p.date(), p.distance(),
                            p.economy().map(e -> shown(e, unit, vehicle, volume)).orElse(null)))
                    .toList();
            series.add(new EconomyReport.Series(fuel, unit.orElse(null),
                    economy.average().map(e -> shown(e, unit, vehicle, volume)).orElse(null),
                    economy.averageBetween(today.minusMonths(3), today).map(e -> shown(e, unit, vehicle, volume)).orElse(null),
                    points));
        }
        var totals = records.totals(FuelRecord.class, vehicleId, com.motovaultpro.logbook.RecordQuery.all());
        var costUnit = display.distanceUnit().filter(u -> vehicle.getOdometerUnit().isDistance())
                .orElse(vehicle.getOdometerUnit());
        return new EconomyReport(vehicleId, series, costUnit,
                com.motovaultpro.platform.units.CostPerDistance.of(totals.cost(), totals.distance(),
                        vehicle.getOdometerUnit(), Optional.of(costUnit)).orElse(null));
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
