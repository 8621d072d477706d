package org.symqa.prompt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symqa.text.Deadline;
import org.symqa.text.RepairedText;

/**
 * A prompt whose parts are labelled, as other retrieval frameworks write them: "Question:" or "Query:", then or
 * before it "Context:" (or "Context information is below.", {@code <context>}), often between fence lines of dashes,
 * and an "Answer:" to end.
 *
 * <p>Every label starts a line; a part runs from its label to the next label. The question is the part of the last
 * question label. The context is the part of the first context label; without one, the text after the first fence
 * line, or else the text before the question label. Where the context holds fence lines, only what lies between its
 * first and last fence (or after a lone fence) is context: the instruction around it is not. A prompt with no
 * question label, or with no context found, is left to the other parsers.
 */
public final class LabelledParser implements PromptParser {
    private final PromptLayout layout;
    private final ChunkSplitter splitter;
    private final QuestionBlock questions;

    private enum Kind { QUESTION, CONTEXT, END }

    /** A label in the prompt: where it starts, where its part starts, and what it labels. */
    private record Label(Kind kind, int start, int end) {
    }

    public LabelledParser(PromptLayout layout) {
        this.layout = layout;
        this.splitter = new ChunkSplitter(layout.chunkSize(), 1);
        this.questions = new QuestionBlock(layout);
    }

    @Override
    public Optional<Prompt> parse(RepairedText source) throws PromptException {
        String text = source.text();
        List<Label> labels = labels(text);
        Label question = null;
        Label context = null;
        for (Label l : labels) {
            if (l.kind() == Kind.QUESTION) {
                question = l;
            } else if (l.kind() == Kind.CONTEXT && context == null) {
                context = l;
            }
        }
        if (question == null) {
            return Optional.empty();
        }
        String block = text.substring(question.end(), partEnd(labels, question, text));
        int[] span = context != null ? new int[] {context.end(), partEnd(labels, context, text)} : unlabelled(text, labels, question);
        if (span == null) {
            return Optional.empty();
        }
        span = fenced(text, span);
        if (text.substring(span[0], span[1]).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(questions.toPrompt(block, splitter.split(source, span[0], span[1])));
    }

    /** The labels of the prompt in text order. */
    private List<Label> labels(String text) {
        List<Label> out = new ArrayList<>();
        add(out, layout.labelledQuestion(), Kind.QUESTION, text);
        add(out, layout.labelledContext(), Kind.CONTEXT, text);
        add(out, layout.labelledEnd(), Kind.END, text);
        out.sort(Comparator.comparingInt(Label::start));
        return out;
    }

    private static void add(List<Label> out, Pattern pattern, Kind kind, String text) {
        Matcher m = pattern.matcher(Deadline.watched(text));
        while (m.find()) {
            out.add(new Label(kind, m.start(), m.end()));
        }
    }

    /** Where the part of {@code label} ends: at the next label, or at the end of the text. */
    private static int partEnd(List<Label> labels, Label label, String text) {
        for (Label l : labels) {
            if (l.start() >= label.end()) {
                return l.start();
            }
        }
        return text.length();
    }

    /** A context without a label: after the first fence line up to the next label, else the text before the question. */
    private int[] unlabelled(String text, List<Label> labels, Label question) {
        Matcher fence = layout.labelledFence().matcher(Deadline.watched(text));
        if (fence.find()) {
            Label after = new Label(Kind.CONTEXT, fence.start(), fence.end());
            return new int[] {fence.end(), partEnd(labels, after, text)};
        }
        return question.start() > 0 ? new int[] {0, question.start()} : null;
    }

    /** Within {@code span}: what lies between its first and last fence line, or after a lone one. */
    private int[] fenced(String text, int[] span) {
        Matcher fence = layout.labelledFence().matcher(Deadline.watched(text));
        fence.region(span[0], span[1]);
        int first = -1;
        int lastStart = -1;
        while (fence.find()) {
            if (first < 0) {
                first = fence.end();
            }
            lastStart = fence.start();
        }
        if (first < 0) {
            return span;
        }
        return lastStart >= first ? new int[] {first, lastStart} : new int[] {first, span[1]};
    }
}
