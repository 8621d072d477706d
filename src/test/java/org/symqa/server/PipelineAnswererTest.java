package org.symqa.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.symqa.ResultJson;
import org.symqa.Symqa;
import org.symqa.TestPipeline;
import org.symqa.prompt.Prompt;

/** The server's pipeline entry gives what {@link Symqa#answer(Prompt)} gives, and stops when interrupted. */
class PipelineAnswererTest {
    @Test
    void sameResultAsThePipelineOnEveryTestPrompt() throws Exception {
        Symqa symqa = TestPipeline.get();
        PipelineAnswerer server = new PipelineAnswerer(symqa);
        List<Path> prompts;
        try (Stream<Path> files = Files.list(Path.of("testdata/prompts"))) {
            prompts = files.sorted().toList();
        }
        for (Path file : prompts) {
            Prompt p = symqa.reader().read(Files.readString(file));
            assertEquals(ResultJson.line(ResultJson.of("x", symqa.answer(p), -1)),
                    ResultJson.line(ResultJson.of("x", server.answer(p), -1)), file.toString());
        }
        assertEquals(14, prompts.size());
    }

    @Test
    void anInterruptedWorkerStopsBeforeTheNextStage() throws Exception {
        PipelineAnswerer server = new PipelineAnswerer(TestPipeline.get());
        Prompt p = TestPipeline.get().reader().read(Files.readString(Path.of("testdata/prompts/hardware-answered.txt")));
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> server.answer(p));
        } finally {
            Thread.interrupted();
        }
    }
}
