package dev.stockroom.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one pointer checker for the docs: a pointer is a repository-relative {@code path}
 * (the file must exist) or {@code path#name}, where {@code name} must be a method or
 * constructor the .java file declares, or a function the shell script declares. A call, a
 * field, a comment or a longer name that starts with {@code name} does not count, so a
 * renamed method breaks every pointer at it. A regular expression over the source lines
 * finds declarations (no Java parser is on the test class path): modifiers and
 * annotations, then a return type that is not a keyword such as {@code return} or
 * {@code new} (or none, for a constructor), then the name and its parenthesis.
 */
final class DocPointers {

	// A declaration's return type is never one of these: "return name(" is a call.
	private static final Set<String> KEYWORDS = Set.of("return", "new", "throw", "else", "case", "if", "while", "for",
			"switch", "catch", "assert", "yield", "do", "try");

	private static final String ANNOTATIONS = "(?:@[\\w.]+(?:\\([^)]*\\))?\\s+)*";

	private static final String MODIFIERS = "(?:(?:public|protected|private|static|final|abstract|synchronized|default"
			+ "|native|strictfp)\\s+)*";

	// Type parameters, nested one level deep: <T extends Comparable<T>>.
	private static final String TYPE_PARAMETERS = "(?:<(?:[^<>]|<[^<>]*>)+>\\s+)?";

	// The return type, when there is one (a constructor has none).
	private static final String RETURN_TYPE = "(?:([\\w.$]+(?:<[^;{}()=]*>)?(?:\\[\\])*)\\s+)?";

	private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

	private final Path root;

	private final Map<Path, String> sources = new HashMap<>();

	DocPointers(Path root) {
		this.root = root;
	}

	/** Pointers resolved against the project's root, where the build runs the tests. */
	static DocPointers ofProject() {
		return new DocPointers(Path.of(""));
	}

	/**
	 * The backticked texts in {@code markdown} that read as pointers: a {@code /} in them
	 * and no space (how an interview guide's In Stockroom block is read).
	 */
	static List<String> backtickedPaths(String markdown) {
		List<String> found = new ArrayList<>();
		Matcher matcher = BACKTICKED.matcher(markdown);
		while (matcher.find()) {
			String text = matcher.group(1);
			if (text.contains("/") && !text.contains(" ")) {
				found.add(text);
			}
		}
		return found;
	}

	/**
	 * The backticked paths in prose that also names URLs and media types
	 * ({@code /api/v1/products}, {@code text/csv}): those whose first segment is a file
	 * or folder at the project's root.
	 */
	List<String> projectPaths(String markdown) {
		return backtickedPaths(markdown).stream()
			.filter((path) -> !path.startsWith("/") && Files.exists(this.root.resolve(path.split("/", 2)[0])))
			.toList();
	}

	/** Why {@code pointer} does not resolve, or empty when it does. */
	Optional<String> problem(String pointer) {
		String[] parts = pointer.split("#", 2);
		Path file = this.root.resolve(parts[0]);
		if (parts[0].isEmpty() || !Files.isRegularFile(file)) {
			return Optional.of(parts[0] + " does not exist");
		}
		if (parts.length == 2 && !declares(file, parts[1])) {
			return Optional.of(parts[1] + " is not declared in " + parts[0]);
		}
		return Optional.empty();
	}

	boolean resolves(String pointer) {
		return problem(pointer).isEmpty();
	}

	private boolean declares(Path file, String name) {
		String fileName = file.getFileName().toString();
		if (fileName.endsWith(".sh") || fileName.equals("run")) {
			return Pattern.compile("^\\s*(?:function\\s+)?" + Pattern.quote(name) + "\\s*\\(\\)", Pattern.MULTILINE)
				.matcher(source(file))
				.find();
		}
		if (!fileName.endsWith(".java")) {
			return false;
		}
		String className = fileName.substring(0, fileName.length() - ".java".length());
		Matcher matcher = Pattern
			.compile(
					"^\\s*" + ANNOTATIONS + MODIFIERS + TYPE_PARAMETERS + RETURN_TYPE + Pattern.quote(name) + "\\s*\\(",
					Pattern.MULTILINE)
			.matcher(source(file));
		while (matcher.find()) {
			String returnType = matcher.group(1);
			if (returnType == null ? name.equals(className) : !KEYWORDS.contains(returnType)) {
				return true;
			}
		}
		return false;
	}

	private String source(Path file) {
		return this.sources.computeIfAbsent(file, (path) -> {
			try {
				return Files.readString(path);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

}
