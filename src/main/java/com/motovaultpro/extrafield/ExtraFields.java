package com.motovaultpro.extrafield;

import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.platform.api.InvalidFieldsException;
import com.motovaultpro.platform.persistence.StaleVersionException;
import com.motovaultpro.platform.validation.BeanValidation;
import com.motovaultpro.platform.web.ProblemDetail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The caller's extra-field definitions, and the check of a record's values against its owner's
 * definitions for its type. Renaming or deleting a field never touches values already saved.
 */
@ApplicationScoped
@Transactional
public class ExtraFields {

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    BeanValidation validation;

    /** The owner's fields for one record type, in display order (one statement). */
    public List<ExtraField> of(long ownerId, String recordType) {
        return em.createQuery("SELECT f FROM ExtraField f WHERE f.ownerId = :owner AND f.recordType = :type"
                        + " ORDER BY f.position, f.id", ExtraField.class)
                .setParameter("owner", ownerId)
                .setParameter("type", recordType)
                .getResultList();
    }

    /** The rules of the owner's fields for one record type (one statement). */
    public List<ExtraFieldRules.Definition> definitions(long ownerId, String recordType) {
        return of(ownerId, recordType).stream().map(ExtraField::definition).toList();
    }

    /** All the caller's fields, by record type and position. */
    public List<ExtraField> mine() {
        return em.createQuery("SELECT f FROM ExtraField f WHERE f.ownerId = :owner ORDER BY f.recordType, f.position, f.id",
                        ExtraField.class)
                .setParameter("owner", currentUser.id())
                .getResultList();
    }

    /**
     * The canonical form of {@code values} for a record of {@code recordType} owned by
     * {@code ownerId}; refused field by field ({@code extraFields.<name>}) if they do not fit.
     */
    public Map<String, String> checked(long ownerId, String recordType, Map<String, String> values) {
        ExtraFieldRules.Outcome outcome = outcome(ownerId, recordType, values);
        if (!outcome.valid()) {
            throw new InvalidFieldsException(outcome.problems().stream()
                    .map(p -> new ProblemDetail.FieldError("extraFields." + p.field(), p.message())).toList());
        }
        return outcome.values();
    }

    /**
     * What {@link #checked} would say, without throwing: this bean is transactional, so an
     * exception leaving it would doom the caller's transaction even if the caller carried on.
     */
    public ExtraFieldRules.Outcome outcome(long ownerId, String recordType, Map<String, String> values) {
        List<ExtraFieldRules.Definition> definitions = definitions(ownerId, recordType);
        if (definitions.isEmpty() && (values == null || values.isEmpty())) {
            return new ExtraFieldRules.Outcome(Map.of(), List.of());
        }
        return ExtraFieldRules.check(definitions, values);
    }

    public ExtraField create(ExtraField details) {
        details.normalize();
        validation.check(details);
        refuseDuplicate(details, null);
        details.belongTo(currentUser.id());
        em.persist(details);
        em.flush();
        return details;
    }

    public ExtraField update(long id, ExtraField details, OptionalLong expectedVersion) {
        ExtraField field = get(id);
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != field.getVersion()) {
            throw new StaleVersionException("Extra field", id);
        }
        details.normalize();
        validation.check(details);
        refuseDuplicate(details, id);
        field.copyFrom(details);
        em.flush();
        return field;
    }

    public void delete(long id) {
        em.remove(get(id));
        em.flush();
    }

    public ExtraField get(long id) {
        return em.createQuery("SELECT f FROM ExtraField f WHERE f.id = :id AND f.ownerId = :owner", ExtraField.class)
                .setParameter("id", id)
                .setParameter("owner", currentUser.id())
                .getResultStream().findFirst()
                .orElseThrow(() -> new ExtraFieldNotFoundException(id));
    }

    private void refuseDuplicate(ExtraField details, Long exceptId) {
        boolean taken = mine().stream().anyMatch(f -> !f.getId().equals(exceptId)
                && f.getRecordType().equals(details.getRecordType()) && f.getName().equalsIgnoreCase(details.getName()));
        if (taken) {
            throw new InvalidFieldsException(List.of(new ProblemDetail.FieldError("name",
                    "this record type already has a field with that name")));
        }
    }
}
