package com.certadvisor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

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

	/**
	 * Writes the diagrams into the build folder, then into {@code docs/architecture} only
	 * where their lines changed: Modulith writes relations in no fixed order, and a build
	 * should not leave the committed files edited for that alone.
	 */
	@Test
	void writesTheModuleDiagramsIntoTheDocs() throws IOException {
		Path built = Path.of("target", "spring-modulith-docs");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(built.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		Path docs = Files.createDirectories(Path.of("docs", "architecture"));
		try (Stream<Path> diagrams = Files.list(built)) {
			for (Path diagram : diagrams.filter((file) -> file.toString().endsWith(".puml")).toList()) {
				Path documented = docs.resolve(diagram.getFileName());
				if (!Files.exists(documented) || !sortedLines(documented).equals(sortedLines(diagram))) {
					Files.copy(diagram, documented, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		assertThat(docs.resolve("components.puml")).exists();
	}

	private static List<String> sortedLines(Path file) throws IOException {
		return Files.readAllLines(file).stream().sorted().toList();
	}

}
