package com.motovaultpro.platform.web;

import jakarta.enterprise.inject.Stereotype;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page's backing bean that lives as long as the page (Faces view scope), named after its
 * class. A stereotype because Liberty's annotated bean discovery does not treat Faces'
 * {@code @ViewScoped} (from the bundled Mojarra) as bean-defining on its own.
 */
@Stereotype
@Named
@ViewScoped
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ViewModel {
}
