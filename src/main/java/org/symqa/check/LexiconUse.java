package org.symqa.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.symqa.LoadedRules;
import org.symqa.RuleLoader;
import org.symqa.evidence.general.GeneralSettings;
import org.symqa.rules.AnyOf;
import org.symqa.rules.Rule;
import org.symqa.topic.Topic;

/**
 * Which rules, topics and settings use each lexicon: rule ids, {@code topic ID}, {@code general.txt}, and
 * {@code built in} for the lexicons the code reads itself.
 */
public final class LexiconUse {
    /** What marks a lexicon the code itself reads. */
    public static final String BUILT_IN = "built in";

    private LexiconUse() {
    }

    /** The users of each lexicon, by lexicon name; users in name order. */
    public static Map<String, List<String>> of(LoadedRules loaded) {
        Map<String, TreeSet<String>> users = new TreeMap<>();
        for (String name : RuleLoader.BUILT_IN_LEXICONS) {
            use(users, name, BUILT_IN);
        }
        for (Topic t : loaded.topics()) {
            List<AnyOf> conditions = new ArrayList<>(t.keys());
            conditions.addAll(t.cues());
            conditions.addAll(t.need());
            conditions.addAll(t.exclusionLines());
            collect(users, conditions, "topic " + t.id());
        }
        if (loaded.topicScoring() != null) {
            List<AnyOf> lines = new ArrayList<>(loaded.topicScoring().domain());
            lines.addAll(loaded.topicScoring().offDomain());
            collect(users, lines, "topic scoring");
        }
        for (Rule r : loaded.allRules()) {
            r.lexicons().forEach(n -> use(users, n, r.id()));
        }
        loaded.frames().values().forEach(f -> f.lexicons().forEach(n -> use(users, n, "frame " + f.name())));
        if (loaded.about() != null) {
            collect(users, List.of(loaded.about().terms(), loaded.about().deepLearning()), "about.txt");
        }
        if (loaded.negation() != null) {
            loaded.negation().lexicons().forEach(n -> use(users, n, "negation.txt"));
        }
        GeneralSettings general = loaded.general();
        if (general != null) {
            collect(users, general.conditions(), general.file());
            general.types().forEach(t -> t.frameLexicons().forEach(n -> use(users, n, t.file())));
        }
        Map<String, List<String>> out = new TreeMap<>();
        users.forEach((name, set) -> out.put(name, List.copyOf(set)));
        return out;
    }

    private static void collect(Map<String, TreeSet<String>> users, List<AnyOf> conditions, String user) {
        for (AnyOf any : conditions) {
            any.lexicons().forEach(n -> use(users, n, user));
        }
    }

    private static void use(Map<String, TreeSet<String>> users, String lexicon, String user) {
        users.computeIfAbsent(lexicon, k -> new TreeSet<>()).add(user);
    }
}
