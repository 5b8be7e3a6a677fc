package com.motovaultpro.platform.web;

import com.motovaultpro.platform.validation.DecimalText;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.BigDecimalConverter;
import jakarta.faces.convert.ConverterException;

/**
 * The converter of every {@code BigDecimal} input on the pages (registered for the class in
 * faces-config.xml): {@link DecimalText}'s bound before the value is parsed.
 */
public class BoundedBigDecimalConverter extends BigDecimalConverter {

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        if (value != null && !value.isBlank() && !DecimalText.bounded(value.strip())) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    FacesMessages.text("number.invalid"), null));
        }
        return super.getAsObject(context, component, value);
    }
}
