package dev.stockroom.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import dev.stockroom.StockroomApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps docs/ARCHITECTURE.md true to the code: its modules picture is the one
 * {@link ModuleDiagram} draws from what Spring Modulith finds now, and every file it
 * points at exists. The schema picture is checked by
 * {@code ArchitectureSchemaIntegrationTests}, which needs a database.
 */
class ArchitectureDocumentTests {

	static final String REGENERATE_MODULES = "./mvnw -B -ntp -o test -Dtest=ArchitectureDocumentTests -D"
			+ GeneratedBlock.WRITE_PROPERTY + "=true";

	private final ApplicationModules modules = ApplicationModules.of(StockroomApplication.class);

	@Test
	void theModulesPictureShowsEveryModuleAndDependencyModulithFinds() throws IOException {
		GeneratedBlock.check(GeneratedBlock.ARCHITECTURE, "modules", ModuleDiagram.mermaid(this.modules),
				REGENERATE_MODULES);
	}

	@Test
	void theModulesPictureHasANodePerModuleAndAnArrowPerDependency() {
		String diagram = ModuleDiagram.mermaid(this.modules);
		List<String> arrows = diagram.lines().filter((line) -> line.contains("->|")).toList();

		this.modules.forEach((module) -> {
			assertThat(diagram).contains("    " + module.getName() + "[\"" + module.getDisplayName() + "\"]\n");
			module.getDirectDependencies(this.modules)
				.uniqueModules()
				.forEach((target) -> assertThat(arrows)
					.filteredOn((arrow) -> arrow.startsWith("    " + module.getName() + " -")
							&& arrow.endsWith("| " + target.getName()))
					.hasSize(1));
		});
		assertThat(arrows).hasSize((int) this.modules.stream()
			.mapToLong((module) -> module.getDirectDependencies(this.modules).uniqueModules().count())
			.sum());
		assertThat(arrows).as("the base module depends on no other")
			.noneMatch((arrow) -> arrow.startsWith("    platform "));
	}

	@Test
	void everyFileTheDocumentPointsAtExists() throws IOException {
		DocPointers pointers = DocPointers.ofProject();
		String document = Files.readString(GeneratedBlock.ARCHITECTURE);

		assertThat(pointers.projectPaths(document).stream().flatMap((path) -> pointers.problem(path).stream()))
			.isEmpty();
	}

}
