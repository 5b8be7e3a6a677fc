package com.motovaultpro.logbook;

import com.motovaultpro.platform.cache.VehicleScoped;
import com.motovaultpro.platform.persistence.TrashableEntity;
import com.motovaultpro.platform.validation.PlainText;
import com.motovaultpro.platform.validation.StorableDate;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;

/**
 * What every logbook record has, written once: the vehicle it belongs to, its date, notes, tags,
 * and who created and last changed it (plus id, timestamps and version from AuditedEntity).
 * Each record type is a subclass stored in the same table, told apart by {@code record_type}.
 */
@Entity
@Table(name = "logbook_record")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "record_type", length = 16)
@SQLRestriction("deleted_at IS NULL")
public abstract class LogbookRecord extends TrashableEntity implements VehicleScoped {

    private static final long serialVersionUID = 1L;

    /** The vehicle; null only for a shop supply, which belongs to {@link #ownerId} instead. */
    @Column(name = "vehicle_id")
    private Long vehicleId;

    @Column(name = "owner_id", updatable = false)
    private Long ownerId;

    @NotNull(message = "{record.date.required}")
    @StorableDate
    @Column(name = "record_date", nullable = false)
    private LocalDate date;

    @PlainText(multiline = true)
    @Size(max = 10000, message = "{field.maxLength}")
    @Column(length = 10000)
    private String notes;

    @Size(max = 20, message = "{record.tags.tooMany}")
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<@Size(max = 40, message = "{record.tag.length}") @Pattern(regexp = "\\S+",
            message = "{record.tag.noSpaces}") @PlainText String> tags = new ArrayList<>();

    /** Values of the owner's extra fields for this record type, by field name (canonical text). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "extra_fields", nullable = false)
    private Map<String, String> extraFields = new LinkedHashMap<>();

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    /** Facts about the vehicle that validation needs; set by the service, never stored. */
    @Transient
    private transient RecordContext context;

    /** Copies what a user edits (never identity, vehicle or audit fields). Subclasses add their own. */
    protected void copyDetailsFrom(LogbookRecord other) {
        date = other.date;
        notes = other.notes;
        tags = new ArrayList<>(other.tags);
        extraFields = new LinkedHashMap<>(other.extraFields);
    }

    /** The record_type value of this record's class (e.g. "FUEL"). */
    public String recordType() {
        return recordTypeOf(getClass());
    }

    /** The record_type value of a record class (e.g. "FUEL"). */
    public static String recordTypeOf(Class<? extends LogbookRecord> type) {
        return type.getAnnotation(DiscriminatorValue.class).value();
    }

    public Map<String, String> getExtraFields() {
        return extraFields;
    }

    public void setExtraFields(Map<String, String> extraFields) {
        this.extraFields = extraFields == null ? new LinkedHashMap<>() : new LinkedHashMap<>(extraFields);
    }

    /**
     * A new, unsaved record of the same type holding this one's editable details (what an edit
     * dialog starts from); identity, vehicle and audit fields stay behind.
     */
    @SuppressWarnings("unchecked")
    public <T extends LogbookRecord> T editableCopy() {
        try {
            T copy = (T) getClass().getDeclaredConstructor().newInstance();
            copy.copyDetailsFrom(this);
            return copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Record type without a public no-argument constructor: " + getClass(), e);
        }
    }

    /** Blank notes become null; tags are trimmed, blanks dropped, duplicates removed (order kept). */
    protected void normalize() {
        notes = notes == null || notes.isBlank() ? null : notes.strip();
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (String tag : tags) {
            if (tag != null && !tag.isBlank()) {
                unique.add(tag.strip());
            }
        }
        tags = new ArrayList<>(unique);
    }

    /** Fills what the user left empty from the vehicle's other records (e.g. a starting odometer). */
    protected void fillDefaults(RecordContext recordContext) {
    }

    void useContext(RecordContext recordContext) {
        this.context = recordContext;
    }

    public Optional<RecordContext> context() {
        return Optional.ofNullable(context);
    }

    void belongTo(long vehicleId, String createdBy) {
        this.vehicleId = vehicleId;
        this.createdBy = createdBy;
        this.updatedBy = createdBy;
    }

    /** A shop supply: the user's, not tied to one vehicle. */
    void belongToOwner(long ownerId, String createdBy) {
        this.vehicleId = null;
        this.ownerId = ownerId;
        this.createdBy = createdBy;
        this.updatedBy = createdBy;
    }

    /** Moves the record to another vehicle (a shop supply stays the user's). */
    void moveTo(long vehicleId) {
        this.vehicleId = vehicleId;
    }

    void changedBy(String username) {
        this.updatedBy = username;
    }

    @Override
    public Long getVehicleId() {
        return vehicleId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<String> getTags() {
        return List.copyOf(tags);
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
