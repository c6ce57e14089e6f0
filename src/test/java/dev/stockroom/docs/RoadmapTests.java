package dev.stockroom.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@code docs/ROADMAP.md} honest: it lists every roadmap item exactly once, and
 * each row marked done names code and a test that exist (a {@code File.java#name}
 * reference must name a method the file declares, as {@link DocPointers} checks), so the
 * map cannot rot as the code moves.
 */
class RoadmapTests {

	private static final Path ROADMAP = Path.of("docs/ROADMAP.md");

	private static final Pattern ROW = Pattern.compile("^\\| ([PFI][0-9]?\\.[0-9]+) \\|(.*)\\|\\s*$");

	private static final Pattern REFERENCE = Pattern.compile("`([^`]+)`");

	// Files at the project's root that rows name without a folder.
	private static final Set<String> ROOT_FILES = Set.of("mvnw", "Dockerfile", ".dockerignore", "docker-compose.yml",
			".env.example");

	// How many items each section of the roadmap has.
	private static final Map<String, Integer> SECTIONS = new LinkedHashMap<>(
			Map.of("P1", 12, "P2", 20, "P3", 17, "P4", 26, "P5", 16, "P6", 23, "F", 8, "I", 5));

	private final DocPointers pointers = DocPointers.ofProject();

	@Test
	void listsEveryRoadmapItemExactlyOnce() throws IOException {
		List<String> expected = SECTIONS.entrySet()
			.stream()
			.flatMap((section) -> IntStream.rangeClosed(1, section.getValue())
				.mapToObj((n) -> section.getKey() + "." + n))
			.toList();

		assertThat(rows().stream().map(Row::id).toList()).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void everyDoneRowNamesCodeAndATestThatExist() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Row row : rows()) {
			if (!row.status().equals("done")) {
				continue;
			}
			List<String> code = references(row.code());
			List<String> tests = references(row.test());
			if (code.isEmpty()) {
				problems.add(row.id() + ": names no code");
			}
			if (tests.stream().noneMatch((test) -> test.startsWith("src/test/"))) {
				problems.add(row.id() + ": names no test under src/test");
			}
			Stream.concat(code.stream(), tests.stream()).forEach((reference) -> check(row.id(), reference, problems));
		}
		assertThat(problems).isEmpty();
	}

	private void check(String id, String reference, List<String> problems) {
		this.pointers.problem(reference).ifPresent((problem) -> problems.add(id + ": " + problem));
	}

	private static List<String> references(String cell) {
		List<String> found = new ArrayList<>();
		Matcher matcher = REFERENCE.matcher(cell);
		while (matcher.find()) {
			String text = matcher.group(1);
			if (text.contains("/") || text.endsWith(".xml") || ROOT_FILES.contains(text)) {
				found.add(text);
			}
		}
		return found;
	}

	private static List<Row> rows() throws IOException {
		List<Row> rows = new ArrayList<>();
		for (String line : Files.readAllLines(ROADMAP)) {
			Matcher matcher = ROW.matcher(line);
			if (matcher.matches()) {
				String[] cells = matcher.group(2).split("\\|", -1);
				assertThat(cells).as("cells of the row of %s", matcher.group(1)).hasSize(5);
				rows.add(new Row(matcher.group(1), cells[2].strip(), cells[3].strip(), cells[4].strip()));
			}
		}
		return rows;
	}

	record Row(String id, String code, String test, String status) {
	}

}
