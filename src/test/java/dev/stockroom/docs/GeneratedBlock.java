package dev.stockroom.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A Mermaid picture that a test generates into a Markdown document, between
 * {@code <!-- generated:NAME:begin -->} and {@code <!-- generated:NAME:end -->}. The test
 * compares the committed block with what the code says now and fails, naming the command
 * that regenerates it, when they differ; run with {@code -Dstockroom.docs.write=true}, it
 * rewrites the block instead (and only the block: the prose around it is left as it is).
 */
final class GeneratedBlock {

	static final String WRITE_PROPERTY = "stockroom.docs.write";

	static final Path ARCHITECTURE = Path.of("docs/ARCHITECTURE.md");

	private GeneratedBlock() {
	}

	/**
	 * Checks (or, with {@value #WRITE_PROPERTY}, writes) block {@code name} of
	 * {@code document}: a fenced Mermaid block holding {@code mermaid}.
	 */
	static void check(Path document, String name, String mermaid, String regenerateCommand) throws IOException {
		check(document, name, mermaid, regenerateCommand, Boolean.getBoolean(WRITE_PROPERTY));
	}

	static void check(Path document, String name, String mermaid, String regenerateCommand, boolean write)
			throws IOException {
		String text = Files.readString(document);
		String block = "```mermaid\n" + mermaid + "```\n";
		if (write) {
			Files.writeString(document, replace(text, name, block));
			return;
		}
		assertThat(committed(text, name))
			.as("The generated %s picture in %s no longer matches the code. Regenerate it with%n  %s%n"
					+ "and commit the change.", name, document, regenerateCommand)
			.isEqualTo(block);
	}

	/** What the document holds between the block's markers. */
	static String committed(String document, String name) {
		int begin = document.indexOf(begin(name));
		int end = document.indexOf(end(name));
		if (begin < 0 || end < begin) {
			fail("No %s ... %s in the document: add the markers where the picture goes", begin(name), end(name));
		}
		return document.substring(begin + begin(name).length(), end);
	}

	/** The document with {@code content} between the block's markers. */
	static String replace(String document, String name, String content) {
		String old = committed(document, name);
		int start = document.indexOf(begin(name)) + begin(name).length();
		return document.substring(0, start) + content + document.substring(start + old.length());
	}

	private static String begin(String name) {
		return "<!-- generated:" + name + ":begin -->\n";
	}

	private static String end(String name) {
		return "<!-- generated:" + name + ":end -->";
	}

}
