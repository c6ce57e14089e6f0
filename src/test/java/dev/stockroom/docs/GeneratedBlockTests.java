package dev.stockroom.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GeneratedBlockTests {

	private static final String DOCUMENT = """
			# Architecture

			Prose before.

			<!-- generated:modules:begin -->
			```mermaid
			flowchart TD
			    a["A"]
			```
			<!-- generated:modules:end -->

			Prose after.
			""";

	@Test
	void aCommittedPictureThatMatchesPasses(@TempDir Path folder) throws IOException {
		Path document = Files.writeString(folder.resolve("ARCHITECTURE.md"), DOCUMENT);

		GeneratedBlock.check(document, "modules", "flowchart TD\n    a[\"A\"]\n", "./regenerate", false);
	}

	@Test
	void aCommittedPictureThatDiffersFailsNamingTheCommandThatRegeneratesIt(@TempDir Path folder) throws IOException {
		Path document = Files.writeString(folder.resolve("ARCHITECTURE.md"), DOCUMENT);

		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> GeneratedBlock.check(document, "modules", "flowchart TD\n    b[\"B\"]\n",
					"./regenerate --modules", false))
			.withMessageContaining("The generated modules picture in " + document + " no longer matches the code")
			.withMessageContaining("./regenerate --modules");
		assertThat(document).hasContent(DOCUMENT);
	}

	@Test
	void writingReplacesOnlyTheBlock(@TempDir Path folder) throws IOException {
		Path document = Files.writeString(folder.resolve("ARCHITECTURE.md"), DOCUMENT);

		GeneratedBlock.check(document, "modules", "flowchart TD\n    b[\"B\"]\n", "./regenerate", true);

		assertThat(document).hasContent(DOCUMENT.replace("a[\"A\"]", "b[\"B\"]"));
	}

	@Test
	void aDocumentWithoutTheMarkersFailsSayingWhereThePictureGoes(@TempDir Path folder) throws IOException {
		Path document = Files.writeString(folder.resolve("ARCHITECTURE.md"), "# Architecture\n");

		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> GeneratedBlock.check(document, "schema", "erDiagram\n", "./regenerate", true))
			.withMessageContaining("<!-- generated:schema:begin -->");
	}

}
