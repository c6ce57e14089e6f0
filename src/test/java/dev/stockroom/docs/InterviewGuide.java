package dev.stockroom.docs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one interview guide (docs/interview/*.md) in the format its writers follow and
 * lists what breaks the format: numbered {@code ## N. question} headings and no other
 * level-2 or level-3 headings; under each, an answer of 80 to 200 words, an
 * {@code **In Stockroom:**} block with at least one code pointer and one test pointer
 * (under {@code src/test/}), every one resolving through {@link DocPointers}, and a
 * {@code **Follow-up:**} with a short answer of its own. Anything else in the guide
 * (figures, the Django line) is free text.
 */
final class InterviewGuide {

	private static final Pattern QUESTION = Pattern.compile("^## (\\d+)\\. (\\S.*)$");

	private static final Pattern WORD = Pattern.compile("(?U)\\S+");

	private static final String IN_STOCKROOM = "**In Stockroom:**";

	private static final String FOLLOW_UP = "**Follow-up:**";

	private static final String DJANGO = "**Django:**";

	private static final int MIN_ANSWER_WORDS = 80;

	private static final int MAX_ANSWER_WORDS = 200;

	private static final int MIN_FOLLOW_UP_WORDS = 8;

	private InterviewGuide() {
	}

	/** What is wrong with the guide {@code text}, empty when nothing is. */
	static List<String> problems(String text, int expectedQuestions, DocPointers pointers) {
		List<String> lines = Arrays.asList(text.split("\n", -1));
		List<Integer> headings = new ArrayList<>();
		List<Integer> numbers = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Matcher question = QUESTION.matcher(lines.get(i));
			if (question.matches()) {
				headings.add(i);
				numbers.add(Integer.parseInt(question.group(1)));
			}
			else if (lines.get(i).startsWith("## ") || lines.get(i).startsWith("### ")) {
				problems.add("line " + (i + 1) + ": a heading that is not a numbered question: " + lines.get(i));
			}
		}
		for (int n = 0; n < numbers.size(); n++) {
			if (numbers.get(n) != n + 1) {
				problems.add("questions are not numbered 1..N in order: " + numbers);
				break;
			}
		}
		if (headings.size() != expectedQuestions) {
			problems.add(headings.size() + " questions, expected " + expectedQuestions);
		}
		for (int q = 0; q < headings.size(); q++) {
			int end = (q + 1 < headings.size()) ? headings.get(q + 1) : lines.size();
			problems.addAll(questionProblems("Q" + numbers.get(q), lines.subList(headings.get(q) + 1, end), pointers));
		}
		return problems;
	}

	private static List<String> questionProblems(String question, List<String> body, DocPointers pointers) {
		// Any other heading ends the question (the file's title, a stray section).
		for (int j = 0; j < body.size(); j++) {
			if (body.get(j).startsWith("## ") || body.get(j).startsWith("# ")) {
				body = body.subList(0, j);
				break;
			}
		}
		int inStockroom = lineStarting(body, IN_STOCKROOM);
		int followUp = lineStarting(body, FOLLOW_UP);
		if (inStockroom < 0) {
			return List.of(question + ": no " + IN_STOCKROOM + " line");
		}
		if (followUp < inStockroom) {
			return List.of(question + ": no " + FOLLOW_UP + " after In Stockroom");
		}
		List<String> problems = new ArrayList<>();
		int answerWords = words(String.join(" ", body.subList(0, inStockroom)));
		if (answerWords < MIN_ANSWER_WORDS || answerWords > MAX_ANSWER_WORDS) {
			problems.add(question + ": answer has " + answerWords + " words (" + MIN_ANSWER_WORDS + "-"
					+ MAX_ANSWER_WORDS + ")");
		}
		String followUpText = String.join(" ", body.subList(followUp, body.size()))
			.replaceFirst(Pattern.quote(FOLLOW_UP), "");
		if (words(followUpText.split(Pattern.quote(DJANGO), -1)[0]) < MIN_FOLLOW_UP_WORDS) {
			problems.add(question + ": follow-up too short");
		}
		List<String> references = DocPointers.backtickedPaths(String.join("\n", body.subList(inStockroom, followUp)));
		if (references.stream().allMatch((reference) -> reference.startsWith("src/test/"))) {
			problems.add(question + ": no code pointer");
		}
		if (references.stream().noneMatch((reference) -> reference.startsWith("src/test/"))) {
			problems.add(question + ": no test pointer");
		}
		for (String reference : references) {
			pointers.problem(reference).ifPresent((problem) -> problems.add(question + ": " + problem));
		}
		return problems;
	}

	private static int lineStarting(List<String> lines, String prefix) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(prefix)) {
				return i;
			}
		}
		return -1;
	}

	private static int words(String text) {
		return (int) WORD.matcher(text).results().count();
	}

}
