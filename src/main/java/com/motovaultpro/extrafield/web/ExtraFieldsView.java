package com.motovaultpro.extrafield.web;

import com.motovaultpro.extrafield.ExtraField;
import com.motovaultpro.extrafield.ExtraFieldType;
import com.motovaultpro.extrafield.ExtraFields;
import com.motovaultpro.platform.api.InvalidFieldsException;
import com.motovaultpro.platform.web.FacesMessages;
import com.motovaultpro.platform.web.ViewModel;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;

/** The extra-fields part of settings.xhtml: the caller's fields per record type, add and remove. */
@ViewModel
public class ExtraFieldsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExtraFields fields;

    private ExtraField adding = fresh();
    private transient List<ExtraField> mine;

    public List<ExtraField> getMine() {
        if (mine == null) {
            mine = fields.mine();
        }
        return mine;
    }

    public void add() {
        try {
            adding.setPosition(getMine().size());
            fields.create(adding);
            FacesMessages.info("extraField.added");
            adding = fresh();
        } catch (ConstraintViolationException e) {
            FacesMessages.violations("extraFieldsForm", e.getConstraintViolations());
        } catch (InvalidFieldsException e) {
            FacesMessages.error("extraFieldsForm:name", "extraField.duplicate");
        }
        mine = null;
    }

    public void remove(ExtraField field) {
        try {
            fields.delete(field.getId());
            FacesMessages.info("extraField.removed");
        } catch (com.motovaultpro.extrafield.ExtraFieldNotFoundException gone) {
            FacesMessages.error(null, "record.changedMeanwhile");
        }
        mine = null;
    }

    public ExtraField getAdding() {
        return adding;
    }

    public List<String> getRecordTypes() {
        return ExtraField.RECORD_TYPES;
    }

    public ExtraFieldType[] getTypes() {
        return ExtraFieldType.values();
    }

    private static ExtraField fresh() {
        ExtraField field = new ExtraField();
        field.setRecordType("FUEL");
        field.setType(ExtraFieldType.TEXT);
        return field;
    }
}
