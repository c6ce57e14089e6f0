package dev.stockroom;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The feature modules keep their boundaries: no module reaches into another's internals
 * and no two modules depend on each other. Also writes the module diagrams to
 * {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(StockroomApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	// The admin core is generic: each module registers its own models (in its admin
	// package), so the core needs no feature module, and none can form a cycle with it.
	@Test
	void theAdminCoreDependsOnPlatformOnly() {
		noClasses().that()
			.resideInAPackage("dev.stockroom.admin..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.stockroom.catalog..", "dev.stockroom.stock..", "dev.stockroom.identity..",
					"dev.stockroom.dashboard..", "dev.stockroom.demo..", "dev.stockroom.bench..")
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("dev.stockroom.admin"));
	}

	@Test
	void writesModuleDiagrams() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
