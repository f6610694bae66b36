/**
 * Value types shared by every module: {@link org.evidenz.shared.Language}, {@link org.evidenz.shared.PlannedDate}
 * and the id format; the plain JDBC code the content repositories share ({@link org.evidenz.shared.ContentTable},
 * their base class, {@link org.evidenz.shared.ChildRows}, {@link org.evidenz.shared.DatabaseTime}); and small helpers
 * that modules which must not depend on each other use alike: {@link org.evidenz.shared.SymmetricKey} (AES-GCM and
 * HMAC), {@link org.evidenz.shared.RateLimit}, {@link org.evidenz.shared.Paging}, the {@link
 * org.evidenz.shared.BackgroundJobs} marker, the command-line {@link org.evidenz.shared.ProgressBar}. The only beans
 * here are what several nodes on one database must agree on before any module runs: the first-start lock and the
 * {@link org.evidenz.shared.KeyCheck} that refuses a node whose keys differ.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.evidenz.shared;
