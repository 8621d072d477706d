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
 * <p>Every label starts a line. The question is the part of the last question label, up to the next label or fence
 * line. The context is the part of the context label before it with no question or end label between (else the
 * first after it), up to the next question or end label; when a fence line opens that part, only what lies up to
 * the next fence is context (the instruction after the fences is not). Without a context label, the context is what
 * follows the first fence line (to its partner or the next label), else the text after a blank line in the
 * question's part, else the text before the question label. A prompt whose first paragraph is a
 * question with no label is left to the plain layout, as are prompts with no question label; a labelled context
 * that is empty gives a prompt without chunks.
 */
public final class LabelledParser implements PromptParser {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*+\\n");

    private final PromptLayout layout;
    private final ChunkSplitter splitter;
    private final QuestionBlock questions;

    private enum Kind { QUESTION, CONTEXT, END, FENCE }

    /** A label or fence line in the prompt: where it starts, where its part starts, and what it is. */
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
        for (Label l : labels) {
            question = l.kind() == Kind.QUESTION ? l : question;
        }
        if (question == null || plainQuestionFirst(text, labels)) {
            return Optional.empty();
        }
        int questionEnd = end(labels, question, text, Kind.QUESTION, Kind.CONTEXT, Kind.END, Kind.FENCE);
        String block = text.substring(question.end(), questionEnd);
        Label context = context(labels, question);
        if (context == null) {
            int[] span = unlabelled(text, labels, question);
            Matcher blank = BLANK_LINE.matcher(block);
            if (labels.stream().noneMatch(l -> l.kind() == Kind.FENCE) && blank.find()
                    && !block.substring(blank.end()).isBlank()) {
                // "Question: ..." then a blank line and the context, as in the plain layout
                span = new int[] {question.end() + blank.end(), questionEnd};
                block = block.substring(0, blank.start());
            }
            return span == null || text.substring(span[0], span[1]).isBlank() ? Optional.empty()
                    : Optional.of(questions.toPrompt(block, splitter.split(source, span[0], span[1])));
        }
        int[] span = fenced(text, labels, context, end(labels, context, text, Kind.QUESTION, Kind.END));
        return Optional.of(questions.toPrompt(block, splitter.split(source, span[0], span[1])));
    }

    /** The labels and fence lines of the prompt in text order. */
    private List<Label> labels(String text) {
        List<Label> out = new ArrayList<>();
        add(out, layout.labelledQuestion(), Kind.QUESTION, text);
        add(out, layout.labelledContext(), Kind.CONTEXT, text);
        add(out, layout.labelledEnd(), Kind.END, text);
        add(out, layout.labelledFence(), Kind.FENCE, text);
        out.sort(Comparator.comparingInt(Label::start));
        return out;
    }

    private static void add(List<Label> out, Pattern pattern, Kind kind, String text) {
        Matcher m = pattern.matcher(Deadline.watched(text));
        while (m.find()) {
            out.add(new Label(kind, m.start(), m.end()));
        }
    }

    /** Whether the prompt opens with an unlabelled paragraph that ends in "?": the plain layout's question. */
    private static boolean plainQuestionFirst(String text, List<Label> labels) {
        Matcher blank = BLANK_LINE.matcher(text);
        int end = blank.find() ? blank.start() : text.length();
        return text.substring(0, end).strip().endsWith("?") && labels.get(0).start() >= end;
    }

    /**
     * The context label before the question label with no question or end label between (the first of such a run:
     * later context labels join its part), else the first context label after the question; null when there is none.
     */
    private static Label context(List<Label> labels, Label question) {
        Label before = null;
        boolean broken = true;
        for (Label l : labels) {
            if (l.start() >= question.start()) {
                if (before != null) {
                    return before;
                }
                if (l.kind() == Kind.CONTEXT) {
                    return l;
                }
            } else if (l.kind() == Kind.CONTEXT && broken) {
                before = l;
                broken = false;
            } else if (l.kind() == Kind.QUESTION || l.kind() == Kind.END) {
                broken = true;
            }
        }
        return before;
    }

    /** Where the part of {@code label} ends: at the next label of one of {@code kinds}, or at the end of the text. */
    private static int end(List<Label> labels, Label label, String text, Kind... kinds) {
        for (Label l : labels) {
            if (l.start() >= label.end() && List.of(kinds).contains(l.kind())) {
                return l.start();
            }
        }
        return text.length();
    }

    /**
     * A context without a label: after the first fence line to its partner or the next label, else before the
     * question.
     */
    private static int[] unlabelled(String text, List<Label> labels, Label question) {
        for (Label l : labels) {
            if (l.kind() == Kind.FENCE) {
                return new int[] {l.end(), end(labels, l, text, Kind.FENCE, Kind.QUESTION, Kind.CONTEXT, Kind.END)};
            }
        }
        return question.start() > 0 ? new int[] {0, question.start()} : null;
    }

    /** The context part {@code [context.end, end)}; when a fence line opens it, what lies up to the next fence. */
    private static int[] fenced(String text, List<Label> labels, Label context, int end) {
        for (Label l : labels) {
            if (l.kind() == Kind.FENCE && l.start() >= context.end() && l.end() <= end) {
                if (!text.substring(context.end(), l.start()).isBlank()) {
                    break; // a fence inside the context is text of it
                }
                int close = end(labels, l, text, Kind.FENCE);
                int[] inside = {l.end(), Math.min(close, end)};
                return text.substring(inside[0], inside[1]).isBlank() ? new int[] {context.end(), end} : inside;
            }
        }
        return new int[] {context.end(), end};
    }
}
