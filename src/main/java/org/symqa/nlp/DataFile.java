package org.symqa.nlp;

import java.util.ArrayList;
import java.util.List;

/** A data file of the OpenNLP backend: its name as shown in messages and its text. */
record DataFile(String name, String text) {

    /** One meaningful line: its 1-based number and its text, stripped. */
    record Line(int number, String text) {
    }

    /** The lines that are neither blank nor {@code #} comments. */
    List<Line> lines() {
        List<Line> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String s = lines[i].strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                out.add(new Line(i + 1, s));
            }
        }
        return out;
    }
}
