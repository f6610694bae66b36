/**
 * Conditions with their lay names and codes (ICD-10-GM, SNOMED CT).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.evidenz.condition;
