package dev.stockroom.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the interview guides in docs/interview true to the code: each has its number of
 * questions in the format {@link InterviewGuide} reads, and every pointer in them (and in
 * the interviewers' WALKTHROUGH.md) names a file that exists and a method it declares, so
 * renaming a method the guides point at fails this test. The format is shown on guide
 * texts built here, a broken one beside each rule.
 */
class InterviewGuidesTests {

	private static final Path GUIDES = Path.of("docs/interview");

	private static final String CODE = "src/main/java/dev/stockroom/stock/StockLedger.java#lockLevel";

	private static final String TEST = "src/test/java/dev/stockroom/stock/StockConcurrencyIntegrationTests.java"
			+ "#concurrentIssuesNeverTakeMoreThanIsOnHand";

	private final DocPointers pointers = DocPointers.ofProject();

	@ParameterizedTest
	@CsvSource({ "framework.md, 50", "java-backend.md, 20", "system-design.md, 10", "rest-api.md, 10",
			"deployment.md, 10" })
	void eachGuideHasItsQuestionsWithAnswersAndPointersThatResolve(String file, int questions) throws IOException {
		Path guide = GUIDES.resolve(file);
		assertThat(guide).isRegularFile();

		assertThat(InterviewGuide.problems(Files.readString(guide), questions, this.pointers)).as(guide.toString())
			.isEmpty();
	}

	@Test
	void theWalkthroughForInterviewersPointsAtCodeThatExists() throws IOException {
		Path walkthrough = GUIDES.resolve("WALKTHROUGH.md");
		assertThat(walkthrough).isRegularFile();
		List<String> paths = this.pointers.projectPaths(Files.readString(walkthrough));

		assertThat(paths).as("pointers in " + walkthrough).isNotEmpty();
		assertThat(paths.stream().flatMap((path) -> this.pointers.problem(path).stream())).isEmpty();
	}

	@Test
	void aGuideInTheFormatHasNoProblems() {
		String guide = guide(question(1, 80, CODE, TEST), question(2, 200, CODE, TEST));

		assertThat(InterviewGuide.problems(guide, 2, this.pointers)).isEmpty();
	}

	@Test
	void aPointerAtARenamedMethodFailsNamingIt() {
		String renamed = CODE.replace("#lockLevel", "#lockStockLevel");
		String guide = guide(question(1, 100, renamed, TEST));

		assertThat(InterviewGuide.problems(guide, 1, this.pointers)).containsExactly(
				"Q1: lockStockLevel is not declared in src/main/java/dev/stockroom/stock/StockLedger.java");
	}

	@Test
	void eachQuestionNeedsACodePointerAndATestPointer() {
		String guide = guide(question(1, 100, CODE, "README.md"), question(2, 100, TEST, TEST));

		assertThat(InterviewGuide.problems(guide, 2, this.pointers)).containsExactly("Q1: no test pointer",
				"Q2: no code pointer");
	}

	@Test
	void answersHaveEightyToTwoHundredWords() {
		String guide = guide(question(1, 79, CODE, TEST), question(2, 201, CODE, TEST));

		assertThat(InterviewGuide.problems(guide, 2, this.pointers)).containsExactly("Q1: answer has 79 words (80-200)",
				"Q2: answer has 201 words (80-200)");
	}

	@Test
	void questionsAreCountedAndNumberedInOrder() {
		String guide = guide(question(1, 100, CODE, TEST), question(3, 100, CODE, TEST));

		assertThat(InterviewGuide.problems(guide, 3, this.pointers))
			.containsExactly("questions are not numbered 1..N in order: [1, 3]", "2 questions, expected 3");
	}

	@Test
	void eachQuestionNeedsInStockroomThenAFollowUpWithItsAnswer() {
		String noFollowUp = question(1, 100, CODE, TEST).replace("**Follow-up:**", "Follow-up:");
		String shortFollowUp = question(2, 100, CODE, TEST).replaceAll("(?s)\\*\\*Follow-up:\\*\\*.*",
				"**Follow-up:** *Why?* Because.\n\n**Django:** The same transaction.atomic and select_for_update pair.\n");
		String noInStockroom = question(3, 100, CODE, TEST).replace("**In Stockroom:**", "In Stockroom:");

		assertThat(InterviewGuide.problems(guide(noFollowUp, shortFollowUp, noInStockroom), 3, this.pointers))
			.containsExactly("Q1: no **Follow-up:** after In Stockroom", "Q2: follow-up too short",
					"Q3: no **In Stockroom:** line");
	}

	@Test
	void headingsOtherThanQuestionsAreRefused() {
		String guide = guide(question(1, 100, CODE, TEST)) + "\n## Further reading\n\n### Books\n";

		assertThat(InterviewGuide.problems(guide, 1, this.pointers)).containsExactly(
				"line 15: a heading that is not a numbered question: ## Further reading",
				"line 17: a heading that is not a numbered question: ### Books");
	}

	private static String guide(String... questions) {
		return "# A guide\n\nFor candidates: read the answer, then the code.\n\n" + String.join("\n", questions);
	}

	private static String question(int number, int answerWords, String code, String test) {
		return """
				## %d. How does Stockroom stop two clerks overselling?

				%s

				**In Stockroom:** the row lock, then the test that races twenty clerks.
				- `%s`
				- `%s`

				**Follow-up:** *Why not optimistic locking?* Retries under contention cost more than a short wait.
				""".formatted(number, "word ".repeat(answerWords).strip(), code, test);
	}

}
