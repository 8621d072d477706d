package org.symqa.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.symqa.evidence.Fact;

/**
 * How the roles of two facts of one name compare, for {@link FactList}: whether one gives a value the other does not
 * (another setting, another learning rate), and the fact with the other's values added.
 */
final class FactValues {
    private FactValues() {
    }

    /** The fact with the details of {@code other} that it does not have yet (same role, other value) added. */
    static Fact withValuesOf(Fact fact, Fact other) {
        List<Fact> details = new ArrayList<>(fact.details());
        for (Fact d : other.details()) {
            if (details.stream().noneMatch(e -> e.role().equals(d.role()) && e.text().equalsIgnoreCase(d.text()))) {
                details.add(d);
            }
        }
        return new Fact(fact.text(), fact.chunk(), fact.start(), fact.end(), fact.rule(), fact.role(), fact.negated(),
                details, fact.bare());
    }

    /** True when both facts have a {@code value} role and their values differ (ASCII case aside). */
    static boolean otherValue(Fact a, Fact b) {
        List<String> mine = values(a);
        List<String> theirs = values(b);
        return !mine.isEmpty() && !theirs.isEmpty() && mine.stream().noneMatch(theirs::contains);
    }

    static List<String> values(Fact f) {
        return f.details().stream().filter(d -> d.role().equals(FactList.VALUE)).map(d -> d.text().toLowerCase(Locale.ROOT))
                .toList();
    }

    /**
     * True when both facts have roles and some role of one, other than {@code value}, has a value the other does not
     * give it: a learning rate per network is news, another result of one metric is not.
     */
    static boolean otherValues(Fact a, Fact b) {
        if (a.details().isEmpty() || b.details().isEmpty()) {
            return false;
        }
        for (Fact d : b.details()) {
            for (Fact e : a.details()) {
                if (!d.role().equals(FactList.VALUE) && d.role().equals(e.role()) && !d.text().equalsIgnoreCase(e.text())) {
                    return true;
                }
            }
        }
        return false;
    }
}
