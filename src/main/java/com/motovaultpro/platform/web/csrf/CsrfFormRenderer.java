package com.motovaultpro.platform.web.csrf;

import com.sun.faces.renderkit.html_basic.FormRenderer;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Every {@code h:form} carries the session's anti-forgery token as a hidden field, also when an
 * AJAX update renders the form again (the renderer runs each time). Registered in faces-config.xml
 * in place of Mojarra's form renderer, which does everything else.
 */
public class CsrfFormRenderer extends FormRenderer {

    @Override
    public void encodeBegin(FacesContext context, UIComponent component) throws IOException {
        super.encodeBegin(context, component);
        if (!component.isRendered()) {
            return;
        }
        HttpSession session = (HttpSession) context.getExternalContext().getSession(true);
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("input", null);
        writer.writeAttribute("type", "hidden", null);
        writer.writeAttribute("name", CsrfToken.FIELD, null);
        writer.writeAttribute("value", CsrfToken.masked(session), null);
        writer.endElement("input");
    }
}
