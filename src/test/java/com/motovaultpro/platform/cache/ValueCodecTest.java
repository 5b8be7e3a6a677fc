package com.motovaultpro.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.motovaultpro.dashboard.ChartSeries;
import com.motovaultpro.dashboard.Dashboard;
import com.motovaultpro.dashboard.RecentRecord;
import com.motovaultpro.fuel.EconomyReport;
import com.motovaultpro.platform.units.DistanceUnit;
import com.motovaultpro.platform.units.EconomyUnit;
import com.motovaultpro.vehicle.FuelType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Second-level values survive the trip through Redis exactly; nothing else is read back. */
class ValueCodecTest {

    static Stream<Serializable> views() {
        Map<String, BigDecimal> byType = new LinkedHashMap<>();
        byType.put("FUEL", new BigDecimal("199.00"));
        byType.put("SERVICE", new BigDecimal("0.50"));
        RecentRecord recent = sample(RecentRecord.class);
        return Stream.of(
                new ChartSeries("cost-per-month", List.of("2024-01", "2024-02"),
                        List.of(new ChartSeries.Series("FUEL", "EUR", java.util.Arrays.asList(new BigDecimal("12.30"), null)))),
                new EconomyReport(7, List.of(new EconomyReport.Series(FuelType.GASOLINE, EconomyUnit.LITRES_PER_100_KM,
                        new BigDecimal("6.75"), null, List.of(new EconomyReport.Point(3, LocalDate.of(2024, 2, 1),
                        new BigDecimal("500"), new BigDecimal("6.80"))))), DistanceUnit.KILOMETERS, new BigDecimal("0.12")),
                dashboard(byType, recent));
    }

    @ParameterizedTest
    @MethodSource("views")
    void aViewComesBackEqual(Serializable view) {
        assertEquals(view, ValueCodec.decode(ValueCodec.encode(view)));
    }

    @Test
    void bytesOfAnyOtherClassAreRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new javax.swing.text.SimpleAttributeSet());
        }
        assertThrows(IllegalArgumentException.class, () -> ValueCodec.decode(bytes.toByteArray()));
    }

    @Test
    void garbageIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ValueCodec.decode(new byte[] {1, 2, 3}));
    }

    private static Dashboard dashboard(Map<String, BigDecimal> byType, RecentRecord recent) {
        return sample(Dashboard.class, () -> byType, () -> recent);
    }

    /** A record with every component filled from its type (so a new component is covered too). */
    @SafeVarargs
    static <T> T sample(Class<T> type, Supplier<?>... special) {
        try {
            var components = type.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = valueOf(components[i].getType(), components[i].getGenericType(), special);
            }
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object valueOf(Class<?> type, java.lang.reflect.Type generic, Supplier<?>... special) {
        if (type == long.class || type == Long.class) {
            return 42L;
        } else if (type == int.class || type == Integer.class) {
            return 2024;
        } else if (type == boolean.class) {
            return true;
        } else if (type == String.class) {
            return "text";
        } else if (type == BigDecimal.class) {
            return new BigDecimal("1234.50");
        } else if (type == LocalDate.class) {
            return LocalDate.of(2024, 3, 1);
        } else if (type.isEnum()) {
            return type.getEnumConstants()[type.getEnumConstants().length - 1];
        } else if (type == Map.class) {
            return special[0].get();
        } else if (type == List.class) {
            var element = (Class<?>) ((java.lang.reflect.ParameterizedType) generic).getActualTypeArguments()[0];
            if (element == RecentRecord.class) {
                return List.of(special[1].get());
            }
            List<Object> list = new ArrayList<>();
            list.add(element.isRecord() ? sample(element, special) : valueOf(element, element, special));
            return List.copyOf(list);
        } else if (type.isRecord()) {
            return sample(type, special);
        }
        throw new IllegalArgumentException("no sample for " + type);
    }
}
