package org.evidenz.editorial.workflow;

/**
 * The publisher refuses a publication because it would not be what it should: its scope changed since review, or it
 * would leave readers with broken references. Unlike a failure, it will be refused again until people act.
 */
class PublicationRefused extends WorkflowException {

    PublicationRefused(String message) {
        super(message);
    }
}
