package org.symqa.evidence;

import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import org.symqa.rules.SentenceView;

/**
 * Says why a direct rule's match speaks of other work than the study's network, in the words {@code explain}
 * prints: the sentence itself speaks of earlier or cited studies, plans, a general remark or asks a question; it goes
 * on about the cited studies of the sentence before; or it speaks of the study's statistical model ({@link
 * OtherModel}). The tests run in that order, and the first that holds gives the reason.
 */
final class OtherWork {
    private OtherWork() {
    }

    /**
     * The reason sentence {@code i} ({@code view}; {@code around} gives its chunk's sentences) is about other work for
     * a direct rule of {@code topic}, or null when it speaks of the study's own network.
     *
     * @param deepInPrompt whether the prompt names deep learning; asked only when the statistical-model test runs
     */
    static String reason(Background background, String topic, int i, SentenceView view,
                         IntFunction<SentenceView> around, BooleanSupplier deepInPrompt) {
        if (background.test(view)) {
            return "other work (" + (background.isQuestion(view) ? "a question"
                    : "earlier or cited studies, plans or a general remark") + ")";
        }
        if (background.continuesOtherWork(i, around)) {
            return "other work (it goes on about the earlier or cited studies of the sentence before)";
        }
        if (background.aboutOtherModel(topic, i, around, deepInPrompt)) {
            return "the study's statistical model, not its network";
        }
        return null;
    }
}
