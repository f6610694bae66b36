/**
 * Value types shared by every module: {@link org.evidenz.shared.Language}, {@link org.evidenz.shared.PlannedDate}
 * and the id format; and small helpers that modules which must not depend on each other use alike, such as
 * {@link org.evidenz.shared.SymmetricKey} (AES-GCM and HMAC). No beans live here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.evidenz.shared;
