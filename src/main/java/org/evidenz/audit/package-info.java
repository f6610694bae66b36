/**
 * The audit log: the append-only record of every change, transition, sign-in and permission change, and the
 * administrators' screen to read it. Each module records its own {@link org.evidenz.audit.AuditAction actions} through
 * {@link org.evidenz.audit.AuditLog}, in the transaction of the change.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shell", "bundle", "site"})
package org.evidenz.audit;
