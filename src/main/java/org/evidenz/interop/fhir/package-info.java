/**
 * FHIR R5 (5.0.0), read-only, at {@code /fhir}: the published evidence as Citation, Evidence, EvidenceVariable, Group,
 * ArtifactAssessment and Composition resources, and the CodeSystems and ConceptMap we state them in. Built with HAPI
 * FHIR's structures and RestfulServer; no HAPI type leaves this package (docs/adr/0019).
 */
package org.evidenz.interop.fhir;
