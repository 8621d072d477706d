package org.symqa.rules;

/** What a rule's match means for the verdict. */
public enum RuleKind {
    /** The sentence answers the question. */
    DIRECT,
    /** The sentence is near the topic but does not answer: evidence for a "no information" or partial reply. */
    RELATED
}
