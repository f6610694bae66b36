package org.evidenz.feedback;

import java.util.List;

import org.evidenz.feedback.FeedbackItems.Note;
import org.evidenz.feedback.FeedbackItems.Task;

/** One piece of feedback with what the feedback team added to it. */
public record FeedbackDetails(Feedback feedback, List<Note> notes, List<Task> tasks) {
}
