package org.symqa.suggest;

import java.util.Set;
import java.util.TreeSet;

/** What one candidate term showed in one item: whether an answer quoted it, whether it stood near a rule term. */
final class ItemTerm {
    boolean quoted;
    boolean near;
    final Set<String> directCover = new TreeSet<>();
    final Set<String> relatedCover = new TreeSet<>();
    final Set<String> lexicons = new TreeSet<>();
    final Set<String> written = new TreeSet<>();
}
