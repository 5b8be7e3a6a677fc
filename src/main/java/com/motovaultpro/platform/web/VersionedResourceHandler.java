package com.motovaultpro.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Every page resource's URL names its version: PrimeFaces' carry the library's ({@code v=15.0.13}),
 * the others (ours: css/app.css, js/app.js; Faces' own faces.js) get a hash of their content
 * ({@code h=…}). A changed file is a new URL, so browsers may keep every resource for a year
 * ({@link ResourceCachingFilter}). The hash is computed once per resource (the files never change
 * while the application runs). Registered in faces-config.xml.
 */
public class VersionedResourceHandler extends ResourceHandlerWrapper {

    /** The request parameter with the content hash. */
    public static final String HASH_PARAMETER = "h";
    /** Request attribute: whether the requested hash is the served content's (Boolean). */
    static final String CURRENT = "motovault.resource.current";

    /** A library version in the URL already ({@code v=15.0.13}): nothing to add. */
    private static final Pattern VERSION = Pattern.compile("[?&]v=");

    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    public VersionedResourceHandler(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName), null);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName), libraryName);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType), libraryName);
    }

    /**
     * A resource request: notes whether the content about to be served is the one its URL names
     * ({@link #CURRENT}: its hash, when the URL has one), for {@link ResourceCachingFilter}.
     * During a rolling upgrade an old replica may be asked for a new page's URL: what it serves
     * then must not be kept for a year under that URL.
     */
    @Override
    public void handleResourceRequest(FacesContext context) throws IOException {
        ExternalContext external = context.getExternalContext();
        String requested = external.getRequestParameterMap().get(HASH_PARAMETER);
        if (requested != null) {
            String path = external.getRequestServletPath() + (external.getRequestPathInfo() == null ? "" : external.getRequestPathInfo());
            String prefix = ResourceHandler.RESOURCE_IDENTIFIER + "/";
            String name = path.startsWith(prefix) ? path.substring(prefix.length()).replaceFirst("\\.xhtml$", "") : "";
            String library = external.getRequestParameterMap().get("ln");
            Resource resource = name.isEmpty() ? null : getWrapped().createResource(name, library);
            boolean current = resource != null && requested.equals(hashOf(resource, library));
            ((HttpServletRequest) external.getRequest()).setAttribute(CURRENT, current);
        }
        super.handleResourceRequest(context);
    }

    private Resource versioned(Resource resource, String libraryName) {
        if (resource == null) {
            return null;
        }
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                if (VERSION.matcher(path).find()) {
                    return path;
                }
                return path + (path.contains("?") ? "&" : "?") + HASH_PARAMETER + "=" + hashOf(getWrapped(), libraryName);
            }
        };
    }

    private String hashOf(Resource resource, String libraryName) {
        return hashes.computeIfAbsent(libraryName + ":" + resource.getResourceName(), name -> {
            try (InputStream content = resource.getInputStream()) {
                return ContentHash.of(content);
            } catch (IOException e) {
                throw new FacesException("Cannot read resource " + name, e);
            }
        });
    }
}
