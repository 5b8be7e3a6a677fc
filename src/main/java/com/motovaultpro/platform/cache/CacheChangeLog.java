package com.motovaultpro.platform.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.hibernate.Session;

/**
 * Table {@code cache_change}: the scopes a transaction changed, written in that transaction, so a
 * committed change is known to the database until Redis has heard of it, whoever survives. Plain
 * JDBC on the persistence context's own connection: the insert can run while Hibernate flushes
 * (entity listeners report changes then), where a query through the entity manager would flush
 * again.
 */
@ApplicationScoped
public class CacheChangeLog {

    /** Most rows one drain announces; the rest wait for the next one. */
    static final int DRAIN_LIMIT = 500;

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    /** Records the scopes in the current transaction (one statement); the new rows' ids. */
    public List<Long> record(Collection<String> scopes) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO cache_change (scope) SELECT unnest(?::text[]) RETURNING id")) {
                st.setArray(1, c.createArrayOf("text", scopes.toArray()));
                return ids(st);
            }
        });
    }

    /**
     * In one transaction: deletes the rows in {@code announced} (this replica has bumped them),
     * then takes the rows older than {@code olderThan} (locked: another replica's drain waits
     * for this one and then finds them gone), hands their scopes to {@code announce} and deletes
     * them if it answers true. If it answers false (Redis failed), nothing of the second step
     * happened and the rows stay for the next drain.
     *
     * @return whether every change committed before the drain and older than {@code olderThan} is
     *     announced now (false: announcing failed, or more rows than one drain takes)
     */
    @Transactional
    public boolean drain(Collection<Long> announced, Duration olderThan, Predicate<Collection<String>> announce) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            if (!announced.isEmpty()) {
                delete(c, announced);
            }
            Map<Long, String> rows = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT id, scope FROM cache_change"
                    + " WHERE changed_at <= clock_timestamp() - make_interval(secs => ?) ORDER BY id LIMIT ? FOR UPDATE")) {
                st.setDouble(1, olderThan.toMillis() / 1000.0);
                st.setInt(2, DRAIN_LIMIT);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        rows.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            if (rows.isEmpty()) {
                return true;
            }
            if (!announce.test(new LinkedHashSet<>(rows.values()))) {
                return false;
            }
            delete(c, rows.keySet());
            return rows.size() < DRAIN_LIMIT;
        });
    }

    private static void delete(Connection c, Collection<Long> ids) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM cache_change WHERE id = ANY(?)")) {
            st.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            st.executeUpdate();
        }
    }

    private static List<Long> ids(PreparedStatement st) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
