package org.evidenz.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

/** The editor's workflow screen of an article or a page, used as people use it: each step by its own person. */
public final class WorkflowScreen {

    private WorkflowScreen() {
    }

    /**
     * The author sends the item to review, the reviewer approves it and the publisher asks to publish it. Sending and
     * approving must be accepted; whether publishing was is for the caller to check, in the answer returned or in
     * the item's workflow state.
     */
    public static HttpResponse<String> publishThroughReview(EditorClient author, EditorClient reviewer, EditorClient publisher,
            String lang, String id) {
        String workflow = "/editor/articles/" + lang + "/" + id + "/workflow";
        author.page(workflow);
        assertThat(author.post(workflow + "/submit", List.of("message", "Please check")).statusCode()).isEqualTo(302);
        reviewer.page(workflow);
        assertThat(reviewer.post(workflow + "/approve", List.of("message", "Fine")).statusCode()).isEqualTo(302);
        publisher.page(workflow);
        return publisher.post(workflow + "/publish", List.of());
    }
}
