package dev.stockroom.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DocPointersTests {

	private static final String LEDGER = "src/main/java/dev/stockroom/stock/StockLedger.java";

	private final DocPointers project = DocPointers.ofProject();

	@Test
	void aMethodTheFileDeclaresResolves() {
		assertThat(this.project.problem(LEDGER + "#lockLevel")).isEmpty();
		assertThat(this.project.problem(LEDGER)).isEmpty();
	}

	@Test
	void aMisspelledMethodDoesNotResolve() {
		assertThat(this.project.problem(LEDGER + "#lockLevl")).contains("lockLevl is not declared in " + LEDGER);
	}

	@Test
	void aMethodTheFileOnlyCallsDoesNotResolve() throws IOException {
		assertThat(Files.readString(Path.of(LEDGER))).contains(".saveAll(");

		assertThat(this.project.problem(LEDGER + "#saveAll")).contains("saveAll is not declared in " + LEDGER);
	}

	@Test
	void thePrefixOfAMethodNameDoesNotResolve() {
		String tests = "src/test/java/dev/stockroom/platform/error/ApiErrorContractIntegrationTests.java";

		assertThat(this.project.problem(tests + "#capsThePageSizeAt100")).isEmpty();
		assertThat(this.project.problem(tests + "#capsThePageSizeAt"))
			.contains("capsThePageSizeAt is not declared in " + tests);
	}

	@Test
	void aFileThatDoesNotExistDoesNotResolve() {
		assertThat(this.project.problem("src/main/java/dev/stockroom/stock/Nowhere.java"))
			.contains("src/main/java/dev/stockroom/stock/Nowhere.java does not exist");
		assertThat(this.project.problem("src/main/java/dev/stockroom/stock")).as("a folder is not a file").isPresent();
	}

	@Test
	void declarationsOfEveryShapeResolve(@TempDir Path root) throws IOException {
		Files.writeString(root.resolve("Shelf.java"), """
				class Shelf {

					Shelf(int size) {
					}

					@Override
					public String toString() {
						return label();
					}

					@Transactional(readOnly = true)
					static <T extends Comparable<T>> java.util.List<T> sorted(java.util.Collection<T> items) {
						return null;
					}

					private Map<String, List<Integer>>[] grouped() {
						return null;
					}

					abstract void restock ();

				}
				""");
		DocPointers pointers = new DocPointers(root);

		assertThat(pointers.resolves("Shelf.java#Shelf")).as("constructor").isTrue();
		assertThat(pointers.resolves("Shelf.java#toString")).as("annotated public method").isTrue();
		assertThat(pointers.resolves("Shelf.java#sorted")).as("generic static method").isTrue();
		assertThat(pointers.resolves("Shelf.java#grouped")).as("array of a generic type").isTrue();
		assertThat(pointers.resolves("Shelf.java#restock")).as("space before the parenthesis").isTrue();
	}

	@Test
	void callsFieldsCommentsAndTypesDoNotResolve(@TempDir Path root) throws IOException {
		Files.writeString(root.resolve("Shelf.java"), """
				class Shelf {

					// counts the items: count(items) would be slower
					private final int count = 0;

					private final Pattern split = Pattern.compile(",");

					int size() {
						return measure(this.count);
					}

					void fill() {
						stack(new Box());
						this.place(1);
						throw new Overflow("full");
					}

				}
				""");
		DocPointers pointers = new DocPointers(root);

		assertThat(pointers.resolves("Shelf.java#count")).as("a field and a comment").isFalse();
		assertThat(pointers.resolves("Shelf.java#split")).as("a field whose initialiser calls").isFalse();
		assertThat(pointers.resolves("Shelf.java#measure")).as("returned call").isFalse();
		assertThat(pointers.resolves("Shelf.java#stack")).as("statement call").isFalse();
		assertThat(pointers.resolves("Shelf.java#place")).as("call on this").isFalse();
		assertThat(pointers.resolves("Shelf.java#Box")).as("constructor call of another class").isFalse();
		assertThat(pointers.resolves("Shelf.java#Overflow")).as("thrown exception").isFalse();
		assertThat(pointers.resolves("Shelf.java#siz")).as("prefix").isFalse();
	}

	@Test
	void shellScriptsDeclareFunctions(@TempDir Path root) throws IOException {
		Files.writeString(root.resolve("deploy.sh"), """
				#!/usr/bin/env bash
				step() { printf '%s\\n' "$*"; }
				function cleanup () {
				  kill "$PID"
				}
				step start
				cleanup
				""");
		DocPointers pointers = new DocPointers(root);

		assertThat(pointers.resolves("deploy.sh#step")).isTrue();
		assertThat(pointers.resolves("deploy.sh#cleanup")).isTrue();
		assertThat(pointers.resolves("deploy.sh#start")).isFalse();
		assertThat(pointers.resolves("deploy.sh#kill")).isFalse();
		assertThat(this.project.resolves("deploy/scale-test.sh")).isTrue();
	}

	@Test
	void otherFilesHaveNoNamesToPointAt(@TempDir Path root) throws IOException {
		Files.writeString(root.resolve("notes.md"), "## record(\n");

		assertThat(new DocPointers(root).problem("notes.md#record")).contains("record is not declared in notes.md");
	}

	@Test
	void readsPathsInBackticksAsPointers() {
		String markdown = "See `src/main/A.java#run`, `StockLedger`, `GET /api/v1/products` and `bench/run.sh`.";

		assertThat(DocPointers.backtickedPaths(markdown)).containsExactly("src/main/A.java#run", "bench/run.sh");
	}

}
