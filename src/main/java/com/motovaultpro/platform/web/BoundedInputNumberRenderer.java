package com.motovaultpro.platform.web;

import com.motovaultpro.platform.validation.DecimalText;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputnumber.InputNumberRenderer;

/**
 * PrimeFaces' number input, with {@link DecimalText}'s bound applied to the posted value before
 * PrimeFaces turns it into a {@code BigDecimal}: a hostile post of a million digits is refused as
 * "enter a number" at once instead of keeping a core busy for seconds. The model keeps its value.
 */
public class BoundedInputNumberRenderer extends InputNumberRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        String clientId = component.getClientId(context);
        String submitted = context.getExternalContext().getRequestParameterMap().get(clientId + "_hinput");
        if (submitted != null && !submitted.isBlank() && !DecimalText.bounded(submitted.strip())) {
            ((UIInput) component).setValid(false);
            FacesMessages.error(clientId, "number.invalid");
            context.validationFailed();
            return;
        }
        super.decode(context, component);
    }
}
