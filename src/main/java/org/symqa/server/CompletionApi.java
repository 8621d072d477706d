package org.symqa.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The OpenAI legacy completions shape: a {@code text_completion} object with a choice per prompt, or its events when
 * streaming. The text of a choice is the answer symqa gives for that prompt, capped as {@link ChatApi} caps it.
 */
final class CompletionApi {
    private CompletionApi() {
    }

    /** The reply to a completions request, given the answer to each of its prompts (in order). */
    static Reply reply(CompletionRequest req, List<String> answers, String fingerprint) {
        String id = OpenAiJson.id("cmpl-", req.model(), String.join("\u0000", req.prompts()));
        List<WordCap> capped = answers.stream().map(a -> WordCap.apply(a, req.maxTokens())).toList();
        int promptWords = req.prompts().stream().mapToInt(WordCap::words).sum();
        int answerWords = capped.stream().mapToInt(c -> WordCap.words(c.text())).sum();
        if (!req.stream()) {
            ObjectNode o = OpenAiJson.head(id, "text_completion", req.model(), fingerprint);
            ArrayNode choices = o.putArray("choices");
            for (int i = 0; i < capped.size(); i++) {
                choice(choices, i, capped.get(i).text(), finish(capped.get(i)));
            }
            OpenAiJson.usage(o.putObject("usage"), promptWords, answerWords);
            return Reply.json(o.toString());
        }
        List<String> events = new ArrayList<>();
        for (int i = 0; i < capped.size(); i++) {
            for (String piece : OpenAiJson.pieces(capped.get(i).text())) {
                events.add(event(id, req, fingerprint, i, piece, null));
            }
            events.add(event(id, req, fingerprint, i, "", finish(capped.get(i))));
        }
        if (req.includeUsage()) {
            ObjectNode u = OpenAiJson.head(id, "text_completion", req.model(), fingerprint);
            u.putArray("choices");
            OpenAiJson.usage(u.putObject("usage"), promptWords, answerWords);
            events.add(u.toString());
        }
        events.add("[DONE]");
        return Reply.events(events);
    }

    private static String finish(WordCap c) {
        return c.cut() ? "length" : "stop";
    }

    private static String event(String id, CompletionRequest req, String fingerprint, int index, String text,
                                String finish) {
        ObjectNode o = OpenAiJson.head(id, "text_completion", req.model(), fingerprint);
        choice(o.putArray("choices"), index, text, finish);
        return o.toString();
    }

    private static void choice(ArrayNode choices, int index, String text, String finish) {
        ObjectNode c = choices.addObject();
        c.put("text", text);
        c.put("index", index);
        c.putNull("logprobs");
        if (finish == null) {
            c.putNull("finish_reason");
        } else {
            c.put("finish_reason", finish);
        }
    }
}
