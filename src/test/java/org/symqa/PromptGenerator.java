package org.symqa;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Prompts made at random from a seed, for property tests: a question (one of the study's 28, a rewording of one,
 * or a question outside them) and one to four chunks of sentences drawn from the repository's test paper
 * ({@code testdata/papers/seabird-colonies.txt}, written for the project) and from sentences that name the facts
 * rules look for, joined with the white space PDF text has (line breaks, double spaces, a hyphen broken over a
 * line), with or without a "less than N words" limit. The same seed gives the same prompts on any machine.
 */
public final class PromptGenerator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SENTENCES = sentences();
    private static final List<String> QUESTIONS = questions();
    private static final String[] FACT_SENTENCES = {
        "All models were trained on two NVIDIA Tesla V100 GPUs with 32 GB of memory.",
        "We used the Adam optimizer with a learning rate of 0.001 and a batch size of 32.",
        "The network was implemented in PyTorch 1.12 and trained for 100 epochs.",
        "Data augmentation was not applied, and dropout was not used.",
        "The dataset was split into 70% training, 15% validation and 15% test images.",
        "Performance was measured with precision, recall and the F1 score.",
        "The code is available on GitHub at https://github.com/example/seabirds.",
        "Previous studies have used random forests (Smith et al., 2019).",
        "Images were resized to 512 x 512 pixels and normalised before training.",
        "Early stopping with a patience of 10 epochs was used to prevent overfitting.",
    };
    private static final String[] OTHER_QUESTIONS = {
        "Which colonies were surveyed?", "How many observers counted the birds?", "What is the capital of France?",
        "When were the photographs taken?", "hello",
    };

    private final Random random;

    public PromptGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A prompt as JSON {@code {"question", "contexts"}} (the chunks exactly as given). */
    public ObjectNode json() {
        ObjectNode o = JSON.createObjectNode();
        o.put("question", question());
        ArrayNode contexts = o.putArray("contexts");
        int n = random.nextInt(5); // 0..4 chunks: no context at all happens too
        for (int i = 0; i < n; i++) {
            contexts.add(chunk());
        }
        return o;
    }

    /** A question, with a "less than N words" limit one time in three. */
    public String question() {
        String q = switch (random.nextInt(4)) {
            case 0, 1 -> QUESTIONS.get(random.nextInt(QUESTIONS.size()));
            case 2 -> reworded(QUESTIONS.get(random.nextInt(QUESTIONS.size())));
            default -> OTHER_QUESTIONS[random.nextInt(OTHER_QUESTIONS.length)];
        };
        return random.nextInt(3) == 0 ? q + " Answer in less than " + (2 + random.nextInt(60)) + " words." : q;
    }

    /** A chunk of one to six sentences with PDF-like white space. */
    public String chunk() {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            String s = random.nextInt(3) == 0 ? FACT_SENTENCES[random.nextInt(FACT_SENTENCES.length)]
                    : SENTENCES.get(random.nextInt(SENTENCES.size()));
            if (b.length() > 0) {
                b.append(switch (random.nextInt(6)) {
                    case 0 -> "\n";
                    case 1 -> "  ";
                    case 2 -> "\n\n";
                    default -> " ";
                });
            }
            b.append(random.nextInt(8) == 0 ? hyphenBroken(s) : s);
        }
        return b.toString();
    }

    /** A JSONL batch input line: a prompt, a malformed line, a line without a question, or a blank line. */
    public String batchLine(int i) {
        return switch (random.nextInt(10)) {
            case 0 -> "{\"id\": \"bad" + i + "\", \"prompt\": ";
            case 1 -> "{\"id\": \"noq" + i + "\"}";
            case 2 -> "   ";
            default -> {
                ObjectNode o = json();
                ObjectNode line = JSON.createObjectNode();
                line.put("id", "p" + i);
                line.setAll(o);
                yield line.toString();
            }
        };
    }

    private String reworded(String q) {
        String[] openers = {"In this paper, ", "Briefly: ", "Tell me: ", ""};
        String body = q.replace("What ", "Which ").replace("utilized", "used").replaceAll("\\s*\\(e\\.g\\.[^)]*\\)", "");
        return openers[random.nextInt(openers.length)] + body;
    }

    private String hyphenBroken(String s) {
        String[] words = s.split(" ");
        int at = random.nextInt(words.length);
        String w = words[at];
        if (w.length() > 5 && w.chars().allMatch(Character::isLetter)) {
            int cut = 2 + random.nextInt(w.length() - 4);
            words[at] = w.substring(0, cut) + "-\n" + w.substring(cut);
        }
        return String.join(" ", words);
    }

    private static List<String> sentences() {
        try {
            List<String> out = new ArrayList<>();
            String text = Files.readString(Path.of("testdata/papers/seabird-colonies.txt"));
            for (String para : text.split("\\n\\s*\\n|\\f")) {
                for (String s : para.replace('\n', ' ').split("(?<=[.?!])\\s+")) {
                    if (s.length() > 20) {
                        out.add(s.strip());
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> questions() {
        try {
            return new ArrayList<>(TsvRows.questions().values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
