/**
 * Value types shared by every module: {@link org.evidenz.shared.Language}, {@link org.evidenz.shared.PlannedDate}
 * and the id format. No beans live here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.evidenz.shared;
