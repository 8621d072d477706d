package org.symqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;

/** A near.TOPIC line: its topics in order, none for a topic without a line, and what is wrong with one. */
class NearTopicsTest {
    private final KeyValueFile file = file();

    private static KeyValueFile file() {
        try {
            return KeyValueFile.parse("answers.txt", "near.tuning: hyperparameters  optimizer\nnear.empty:\n"
                    + "near.twice: a a twice\n");
        } catch (SourceException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theTopicsOfALineInOrderAndNoneWithoutOne() {
        assertEquals(List.of("hyperparameters", "optimizer"), NearTopics.of(file, "tuning"));
        assertEquals(List.of(), NearTopics.of(file, "empty"));
        assertEquals(List.of(), NearTopics.of(file, "nowhere"));
    }

    @Test
    void aTopicNamedTwiceOrAsItsOwnIsReportedOnceEach() {
        List<SourceException> errors = new ArrayList<>();
        NearTopics.check(file, file.find("near.twice").orElseThrow(), null, errors);
        assertEquals(List.of("answers.txt:3:13: 'near.twice' names 'a' twice or as its own near topic",
                "answers.txt:3:13: 'near.twice' names 'twice' twice or as its own near topic"),
                errors.stream().map(SourceException::getMessage).toList());
        List<SourceException> none = new ArrayList<>();
        NearTopics.check(file, file.find("near.tuning").orElseThrow(), List.of("tuning", "hyperparameters",
                "optimizer"), none);
        assertEquals(List.of(), none);
    }
}
