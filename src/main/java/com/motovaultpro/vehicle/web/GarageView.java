package com.motovaultpro.vehicle.web;

import com.motovaultpro.account.AccountPreferences;
import com.motovaultpro.account.DisplayPreferences;
import com.motovaultpro.account.GarageLayout;
import com.motovaultpro.dashboard.DashboardRepository;
import com.motovaultpro.dashboard.GarageFigures;
import com.motovaultpro.platform.units.CostPerDistance;
import com.motovaultpro.reminder.ReminderService;
import com.motovaultpro.vehicle.CurrentOdometer;
import com.motovaultpro.vehicle.GarageTile;
import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.vehicle.VehicleAccess;
import com.motovaultpro.vehicle.VehiclePhotos;
import com.motovaultpro.vehicle.VehicleService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The garage: a tile per vehicle (current odometer, most urgent reminder, total cost or cost per
 * distance), in the order the user chose and filtered by what they type; sold vehicles apart.
 * A fixed number of statements whatever the number of vehicles and records, once each vehicle's
 * totals are cached (then one per vehicle whose records changed).
 */
@Named
@RequestScoped
public class GarageView {

    @Inject
    VehicleService vehicles;

    @Inject
    ReminderService reminders;

    @Inject
    GarageFigures figures;

    @Inject
    AccountPreferences preferences;

    @Inject
    VehiclePhotos photos;

    private String filter;
    private GarageLayout layout;
    private List<GarageTile> tiles;

    private List<GarageTile> tiles() {
        if (tiles == null) {
            List<VehicleAccess> accessible = vehicles.garage();
            List<Vehicle> all = accessible.stream().map(VehicleAccess::vehicle).toList();
            List<Long> ids = all.stream().map(Vehicle::getId).toList();
            Map<Long, DashboardRepository.VehicleTotals> totals = figures.totals(ids);
            Map<Long, BigDecimal> current = new HashMap<>();
            all.forEach(v -> CurrentOdometer.of(Optional.ofNullable(totals.get(v.getId()))
                            .map(DashboardRepository.VehicleTotals::highestReading), v.getOdometerMultiplier(),
                    v.getOdometerOffset()).ifPresent(odometer -> current.put(v.getId(), odometer)));
            Map<Long, ReminderService.MostUrgent> urgent = reminders.mostUrgent(all, current, LocalDate.now());
            DisplayPreferences display = preferences.display();
            Map<Long, Long> photoIds = photos.photoIds(ids);
            tiles = accessible.stream().map(access -> {
                Vehicle v = access.vehicle();
                var total = totals.get(v.getId());
                BigDecimal cost = total == null ? BigDecimal.ZERO : total.cost();
                ReminderService.MostUrgent due = urgent.get(v.getId());
                return new GarageTile(v, access.role(), current.get(v.getId()), due == null ? null : due.urgency(),
                        due == null ? null : due.description(), cost,
                        CostPerDistance.of(cost, total == null ? null : total.distance(), v.getOdometerUnit(),
                                Optional.of(display.distanceUnitFor(v.getOdometerUnit()))).orElse(null),
                        photoIds.get(v.getId()));
            }).sorted(GarageTile.order(getLayout().sort())).toList();
        }
        return tiles;
    }

    private List<GarageTile> shown(boolean sold) {
        return tiles().stream().filter(t -> t.vehicle().isSold() == sold).filter(t -> t.matches(filter)).toList();
    }

    public List<GarageTile> getActive() {
        return shown(false);
    }

    public List<GarageTile> getSold() {
        return shown(true);
    }

    public boolean isGarageEmpty() {
        return tiles().isEmpty();
    }

    /** Nothing matches the filter (but there are vehicles). */
    public boolean isNothingMatches() {
        return !isGarageEmpty() && getActive().isEmpty() && getSold().isEmpty();
    }

    public boolean isCostPerDistance() {
        return getLayout().figure() == GarageLayout.Figure.COST_PER_DISTANCE;
    }

    /** The distance unit cost per distance is shown per on the tile of {@code vehicle}. */
    public String costDistanceUnit(Vehicle vehicle) {
        return preferences.display().distanceUnitFor(vehicle.getOdometerUnit()).name();
    }

    /** After the sort or figure changed: remember it for next time and order the tiles again. */
    public void layoutChanged() {
        preferences.saveGarage(getLayout());
        tiles = null;
    }

    private GarageLayout getLayout() {
        if (layout == null) {
            layout = preferences.garage();
        }
        return layout;
    }

    public List<GarageLayout.Sort> getSorts() {
        return List.of(GarageLayout.Sort.values());
    }

    public List<GarageLayout.Figure> getFigures() {
        return List.of(GarageLayout.Figure.values());
    }

    public GarageLayout.Sort getSort() {
        return getLayout().sort();
    }

    public void setSort(GarageLayout.Sort sort) {
        layout = new GarageLayout(getLayout().figure(), sort);
    }

    public GarageLayout.Figure getFigure() {
        return getLayout().figure();
    }

    public void setFigure(GarageLayout.Figure figure) {
        layout = new GarageLayout(figure, getLayout().sort());
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
