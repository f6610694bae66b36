/**
 * Value types shared by every module: {@link org.evidenz.shared.Language}, {@link org.evidenz.shared.PlannedDate}
 * and the id format; and the plain JDBC code the content repositories share: {@link org.evidenz.shared.ContentTable}
 * (their base class), {@link org.evidenz.shared.ChildRows}, {@link org.evidenz.shared.DatabaseTime}. No beans live
 * here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.evidenz.shared;
