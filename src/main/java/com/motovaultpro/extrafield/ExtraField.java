package com.motovaultpro.extrafield;

import com.motovaultpro.platform.persistence.AuditedEntity;
import com.motovaultpro.platform.validation.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A field a user added to one record type (e.g. "Octane" on fill-ups). */
@Entity
@Table(name = "extra_field")
public class ExtraField extends AuditedEntity {

    private static final long serialVersionUID = 1L;

    /** The record types fields can be added to (the logbook's record_type values). */
    public static final java.util.List<String> RECORD_TYPES = java.util.List.of("FUEL", "SERVICE", "REPAIR", "UPGRADE",
            "TAX", "SUPPLY", "ODOMETER", "NOTE", "PLAN");

    @Column(name = "owner_id", nullable = false, updatable = false)
    private Long ownerId;

    @NotNull(message = "{extraField.recordType.required}")
    @Pattern(regexp = "FUEL|SERVICE|REPAIR|UPGRADE|TAX|SUPPLY|ODOMETER|NOTE|PLAN", message = "{extraField.recordType.required}")
    @Column(name = "record_type", nullable = false, length = 16)
    private String recordType;

    @NotBlank(message = "{extraField.name.required}")
    @Size(max = 60, message = "{field.maxLength}")
    @PlainText
    @Column(nullable = false, length = 60)
    private String name;

    @NotNull(message = "{extraField.type.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "field_type", nullable = false, length = 8)
    private ExtraFieldType type;

    @Column(nullable = false)
    private boolean required;

    @Column(nullable = false)
    private int position;

    ExtraFieldRules.Definition definition() {
        return new ExtraFieldRules.Definition(name, type, required);
    }

    void belongTo(long owner) {
        this.ownerId = owner;
    }

    void normalize() {
        name = name == null ? null : name.strip();
    }

    void copyFrom(ExtraField other) {
        recordType = other.recordType;
        name = other.name;
        type = other.type;
        required = other.required;
        position = other.position;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ExtraFieldType getType() {
        return type;
    }

    public void setType(ExtraFieldType type) {
        this.type = type;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
