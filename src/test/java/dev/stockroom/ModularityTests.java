package dev.stockroom;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

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

	@Test
	void writesModuleDiagrams() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
