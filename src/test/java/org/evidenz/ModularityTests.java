package org.evidenz;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of docs/architecture.md hold: no cycles, no use of another module's internals, and no
 * dependency a module does not declare in its {@code package-info.java}.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(EvidenzApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void moduleDiagramIsWrittenForTheDocs() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
