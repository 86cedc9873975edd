package com.certadvisor;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each top-level package is a module (Spring Modulith): no cycles between them, and none
 * reaching into another's internals. The module diagrams in {@code docs/architecture} are
 * written from the code here, so they cannot drift from it.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(CertAdvisorApplication.class);

	@Test
	void theModulesHaveNoCyclesAndUseOnlyEachOthersPublicSurface() {
		MODULES.verify();
	}

	@Test
	void everyFeatureIsAModuleOfItsOwn() {
		assertThat(MODULES.stream().map((module) -> module.getIdentifier().toString())).contains("catalog",
				"questionnaire", "recommendation", "plan", "links", "codes", "classes", "counselor", "api", "result");
	}

	@Test
	void writesTheModuleDiagramsIntoTheDocs() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/architecture"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
	}

}
