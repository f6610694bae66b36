/**
 * Pictures: images that editors upload, checked by their content, re-encoded on the server without their metadata,
 * stored in the database in a few widths and served at addresses that never change meaning; with an alt text per
 * language (or marked decorative), a caption, a credit and a licence. {@link org.evidenz.picture.Pictures} is the
 * door for the modules that show them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shell", "audit", "shared", "site", "prose",
        "bundle"})
package org.evidenz.picture;
