/**
 * The editor's frame, which every module's screens under {@code /editor} share: the layout and its menu, who is signed
 * in and in which {@link org.evidenz.shell.Role roles}, which roles may open which paths, refusals shown as pages, and
 * notifications for editors. Modules contribute their own menu entries ({@link org.evidenz.shell.EditorMenuEntry}) and
 * access rules ({@link org.evidenz.shell.EditorAccessRules}); the shell knows none of them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "site")
package org.evidenz.shell;
