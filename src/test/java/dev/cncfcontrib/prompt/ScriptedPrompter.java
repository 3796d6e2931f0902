package dev.cncfcontrib.prompt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The prompter of tests, after gh's MockPrompter: each expected question is registered with its answer, in order.
 * An unexpected question, a question of another kind or a question after the script ran out fails the test;
 * {@link #assertAllConsumed()} fails when a registered question was never asked. Answers are option texts, not
 * indexes, so tests read like the screen.
 */
public final class ScriptedPrompter implements Prompter {

    private enum Kind { SELECT_ONE, SELECT_MANY, CONFIRM, INPUT, FILTER }

    /** For a {@link Kind#FILTER} question, {@code answers} holds what is typed, then the option chosen. */
    private record Expectation(Kind kind, String questionContains, List<String> answers, boolean cancel) {
    }

    private final Deque<Expectation> script = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();
    private final java.util.Map<String, List<String>> optionsByQuestion = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, List<String>> filteredByQuestion = new java.util.LinkedHashMap<>();

    public ScriptedPrompter expectSelectOne(String questionContains, String answer) {
        script.add(new Expectation(Kind.SELECT_ONE, questionContains, List.of(answer), false));
        return this;
    }

    public ScriptedPrompter expectSelectMany(String questionContains, String... answers) {
        script.add(new Expectation(Kind.SELECT_MANY, questionContains, List.of(answers), false));
        return this;
    }

    /**
     * A long list ({@link Prompter#selectOneOfMany}) where the person types {@code typed} and picks {@code answer}
     * from what the filter leaves on the first screen; it fails when the answer is not there.
     */
    public ScriptedPrompter expectFiltered(String questionContains, String typed, String answer) {
        script.add(new Expectation(Kind.FILTER, questionContains, List.of(typed, answer), false));
        return this;
    }

    public ScriptedPrompter expectConfirm(String questionContains, boolean answer) {
        script.add(new Expectation(Kind.CONFIRM, questionContains, List.of(Boolean.toString(answer)), false));
        return this;
    }

    public ScriptedPrompter expectInput(String questionContains, String answer) {
        script.add(new Expectation(Kind.INPUT, questionContains, List.of(answer), false));
        return this;
    }

    /** The person presses Ctrl-C (or the input ends) at this question. */
    public ScriptedPrompter cancelAt(String questionContains) {
        script.add(new Expectation(null, questionContains, List.of(), true));
        return this;
    }

    /** Every question asked so far, in order. */
    public List<String> asked() {
        return List.copyOf(asked);
    }

    /** The options offered by the last question that contains {@code questionContains}, as the person saw them. */
    public List<String> options(String questionContains) {
        List<String> found = null;
        for (java.util.Map.Entry<String, List<String>> entry : optionsByQuestion.entrySet()) {
            if (entry.getKey().contains(questionContains)) {
                found = entry.getValue();
            }
        }
        if (found == null) {
            throw new AssertionError("no question containing '" + questionContains + "' offered options; asked: " + asked);
        }
        return found;
    }

    public void assertAllConsumed() {
        if (!script.isEmpty()) {
            throw new AssertionError("questions never asked: " + script.stream().map(Expectation::questionContains).toList()
                    + "; asked: " + asked);
        }
    }

    private Expectation next(Kind kind, String question) {
        asked.add(question);
        Expectation expected = script.poll();
        if (expected == null) {
            throw new AssertionError("unexpected question (the script has no more answers): " + question);
        }
        if (!question.contains(expected.questionContains())) {
            throw new AssertionError("expected a question containing '" + expected.questionContains() + "' but was asked: " + question);
        }
        if (expected.cancel()) {
            throw new PromptCancelledException("cancelled");
        }
        if (expected.kind() != kind) {
            throw new AssertionError("expected a " + expected.kind() + " question but got a " + kind + ": " + question);
        }
        return expected;
    }

    private static int indexOf(List<String> options, String answer, String question) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).equals(answer) || options.get(i).startsWith(answer)) {
                return i;
            }
        }
        throw new AssertionError("'" + answer + "' is not an option of '" + question + "': " + options);
    }

    @Override
    public int selectOne(String question, List<String> options, int defaultIndex) {
        optionsByQuestion.put(question, List.copyOf(options));
        return indexOf(options, next(Kind.SELECT_ONE, question).answers().get(0), question);
    }

    /**
     * A long list: answered by an {@link #expectFiltered} expectation (typing, then a choice on the first screen),
     * or by an {@link #expectSelectOne} one (the person scrolled to it).
     */
    @Override
    public int selectOneOfMany(String question, List<String> options) {
        optionsByQuestion.put(question, List.copyOf(options));
        asked.add(question);
        Expectation expected = script.poll();
        if (expected == null) {
            throw new AssertionError("unexpected question (the script has no more answers): " + question);
        }
        if (!question.contains(expected.questionContains())) {
            throw new AssertionError("expected a question containing '" + expected.questionContains() + "' but was asked: " + question);
        }
        if (expected.cancel()) {
            throw new PromptCancelledException("cancelled");
        }
        if (expected.kind() == Kind.SELECT_ONE) {
            return indexOf(options, expected.answers().get(0), question);
        }
        if (expected.kind() != Kind.FILTER) {
            throw new AssertionError("expected a " + expected.kind() + " question but got a long list: " + question);
        }
        List<Integer> matches = OptionFilter.matching(options, expected.answers().get(0));
        List<String> firstScreen = new ArrayList<>();
        for (int index : matches.subList(0, Math.min(OptionFilter.SCREEN, matches.size()))) {
            firstScreen.add(options.get(index));
        }
        filteredByQuestion.put(question, firstScreen);
        return matches.get(indexOf(firstScreen, expected.answers().get(1), question + " (after typing '" + expected.answers().get(0) + "')"));
    }

    /** What the first screen showed after typing, for the last long list whose question contains {@code questionContains}. */
    public List<String> firstScreenAfterTyping(String questionContains) {
        List<String> found = null;
        for (java.util.Map.Entry<String, List<String>> entry : filteredByQuestion.entrySet()) {
            if (entry.getKey().contains(questionContains)) {
                found = entry.getValue();
            }
        }
        if (found == null) {
            throw new AssertionError("no long list containing '" + questionContains + "' was filtered; asked: " + asked);
        }
        return found;
    }

    @Override
    public List<Integer> selectMany(String question, List<String> options) {
        optionsByQuestion.put(question, List.copyOf(options));
        List<Integer> chosen = new ArrayList<>();
        for (String answer : next(Kind.SELECT_MANY, question).answers()) {
            chosen.add(indexOf(options, answer, question));
        }
        return chosen;
    }

    @Override
    public boolean confirm(String question, boolean defaultAnswer) {
        return Boolean.parseBoolean(next(Kind.CONFIRM, question).answers().get(0));
    }

    @Override
    public String input(String question, String defaultValue) {
        return next(Kind.INPUT, question).answers().get(0);
    }
}
