/**
 * The people who work in the editor: their accounts and roles, signing in (with throttling), the first
 * administrator and the demo accounts, and the security chain in front of every {@code /editor} path, which applies
 * the access rules that modules contribute to the {@link org.evidenz.shell shell}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shell", "audit", "site"})
package org.evidenz.accounts;
