/**
 * Evidence findings, guidelines and their recommendations, and the vocabularies they are stated in (direction, size,
 * duration, certainty, strength).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.evidenz.evidence;
