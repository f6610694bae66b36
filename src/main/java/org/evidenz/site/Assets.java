package org.evidenz.site;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * URLs of static assets with a content hash in the name ({@code evidenz-3f2a….css}), so browsers may cache them
 * for a year and still get a new file the moment it changes.
 */
@Component
public class Assets {

    private final ResourceUrlProvider urls;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    Assets(ResourceUrlProvider urls) {
        this.urls = urls;
    }

    public String url(String path) {
        String known = cache.get(path);
        if (known != null) {
            return known;
        }
        // Tomcat takes requests before the URL provider has found the asset handlers (it does so once the context
        // has refreshed); a page rendered in between gets the plain address, and the next one asks again.
        String versioned = urls.getForLookupPath(path);
        if (versioned == null) {
            return path;
        }
        cache.put(path, versioned);
        return versioned;
    }
}
