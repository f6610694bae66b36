package org.evidenz.editorial.workflow;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes approved articles whose scheduled time has come; run by the scheduler every minute. Each article is
 * published in a transaction of its own (each call into {@link ReviewWorkflow} is one), so that one that fails
 * neither holds back nor undoes the others. A publication the publisher refuses (its scope changed after review,
 * or it would break references) is not tried again: the refusal and its reason stay on the workflow, in the history
 * and the audit log, and whoever scheduled it is told ({@link ScheduledPublicationRefused}). Any other failure is
 * logged and tried again at the next run.
 */
@Service
public class ScheduledPublications {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublications.class);

    private final Workflows workflows;
    private final ReviewWorkflow workflow;
    private final WorkflowSubjects subjects;

    ScheduledPublications(Workflows workflows, ReviewWorkflow workflow, WorkflowSubjects subjects) {
        this.subjects = subjects;
        this.workflows = workflows;
        this.workflow = workflow;
    }

    /**
     * Never inside a transaction: one around the loop would make one article's failure everybody's.
     *
     * @return how many articles were published
     */
    @Transactional(propagation = Propagation.NEVER)
    public int publishDue(Instant now) {
        int published = 0;
        for (ArticleWorkflow due : workflows.all().stream().filter(w -> w.isDue(now)).toList()) {
            try {
                if (publish(due, now)) {
                    published++;
                }
            } catch (RuntimeException e) {
                log.error("The scheduled publication of {} failed; it is tried again at the next run",
                        subjects.key(due), e);
            }
        }
        return published;
    }

    private boolean publish(ArticleWorkflow due, Instant now) {
        try {
            return workflow.publishScheduled(due.language(), due.articleId(), now);
        } catch (PublicationRefused refused) {
            workflow.refuseScheduled(due.language(), due.articleId(), now, refused.getMessage());
            return false;
        }
    }
}
